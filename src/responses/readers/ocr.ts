/**
 * OCR with tesseract.js and the Chinese (simplified) and English models from npm (@tesseract.js-data/*),
 * loaded from local files only: no network, no cache files left in the working directory. The only file
 * that imports tesseract.js.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);
/** Models used, from @tesseract.js-data packages: DIALIST_OCR_LANGS overrides (e.g. "chi_sim+chi_tra+eng"). */
export const OCR_LANGS: readonly string[] = (process.env.DIALIST_OCR_LANGS ?? 'chi_sim+eng').split('+').filter(Boolean);

/** tesseract.js reads every language from one folder: link the npm packages' model files into one. */
function languageFolder(): string {
  const dir = join(tmpdir(), 'dialist-tessdata-4.0.0');
  mkdirSync(dir, { recursive: true });
  for (const lang of OCR_LANGS) {
    const { langPath } = require(`@tesseract.js-data/${lang}`) as { langPath: string };
    const target = join(dir, `${lang}.traineddata.gz`);
    if (!existsSync(target)) {
      try {
        symlinkSync(join(langPath, `${lang}.traineddata.gz`), target);
      } catch {
        copyFileSync(join(langPath, `${lang}.traineddata.gz`), target);
      }
    }
  }
  return dir;
}

export interface OcrLine { text: string; confidence: number }
export interface OcrPage { text: string; confidence: number; lines: OcrLine[] }

let worker: Promise<Worker> | undefined;
function getWorker(): Promise<Worker> {
  worker ??= createWorker([...OCR_LANGS], 1, { langPath: languageFolder(), gzip: true, cacheMethod: 'none', logger: () => undefined, errorHandler: () => undefined });
  return worker;
}

/** Stops the OCR worker (a batch calls this at its end; the next OCR starts a new one). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await (await w).terminate();
}

/** Recognises one page image (PNG, JPEG, BMP). */
export async function recognise(image: Uint8Array): Promise<OcrPage> {
  const w = await getWorker();
  const { data } = await w.recognize(Buffer.from(image), {}, { text: true, blocks: true });
  const lines: OcrLine[] = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text.trim(), confidence: l.confidence }))));
  return { text: data.text, confidence: data.confidence, lines: lines.filter((l) => l.text) };
}
