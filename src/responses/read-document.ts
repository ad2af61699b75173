/**
 * Reads a response document of any supported kind into blocks in reading order. The kind is decided by
 * the bytes, not the file name (an HTML page named .pdf is read as HTML). Every failure is a typed result
 * with a code and a message saying what to do; nothing here throws for bad input.
 */
import { readPdfText, renderPdfPage } from './readers/pdf.js';
import { recognise } from './readers/ocr.js';
import { mendOcrText } from './ocr-text.js';
import { readDocx } from './readers/docx.js';
import { htmlBlocks } from './readers/html.js';
import { dropHiddenHtml } from './readers/html-visible.js';
import { zipEntries } from './readers/zip-guard.js';
import { decodeText } from '../records/index.js';
import { removeControlCharacters, unifyPunctuation, unifyRadicals } from '../names/index.js';
import type { DocumentBlock, ReadDocument } from '../model/index.js';

export type ReadFailure = { code: string; message: string };
export type ReadResult = { ok: true; document: ReadDocument } | { ok: false; error: ReadFailure };

export const READ_LIMITS = {
  /** Largest file read at all. */
  maxBytes: 100 * 1024 * 1024,
  /** Largest total a DOCX may inflate to, and the largest inflation ratio over 10 MB. */
  maxInflated: 200 * 1024 * 1024,
  maxRatio: 200,
};

const fail = (code: string, message: string): ReadResult => ({ ok: false, error: { code, message } });
const startsWith = (b: Uint8Array, s: string) => s.split('').every((c, i) => b[i] === c.charCodeAt(0));

function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'image' | 'text' {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\x03\x04')) return 'zip';
  if (startsWith(bytes, '\x89PNG') || (bytes[0] === 0xff && bytes[1] === 0xd8) || startsWith(bytes, 'II*\x00') || startsWith(bytes, 'MM\x00*')) return 'image';
  return 'text';
}

/** Lines as blocks; a line after a blank line is marked, since a blank line ends a paragraph. */
function lineBlocks(text: string, page?: number, start = 0): DocumentBlock[] {
  const out: DocumentBlock[] = [];
  let blank = false;
  for (const raw of text.split(/\r?\n/)) {
    const t = raw.trim();
    if (!t) { blank = out.length > 0; continue; }
    out.push({ kind: 'paragraph', index: start + out.length, page, text: t, ...(blank ? { breakBefore: true } : {}) });
    blank = false;
  }
  return out;
}

export interface ReadOptions {
  /** Recognise scans and images with OCR (default true). */
  ocr?: boolean;
  /** Called before each page is recognised. */
  onOcrPage?: (page: number, total: number) => void;
}

/** OCR of page images produced one at a time: only the current page's image is held in memory. */
async function ocrPages(total: number, pageImage: (page: number) => Promise<Uint8Array>, onPage?: ReadOptions['onOcrPage']): Promise<DocumentBlock[]> {
  const blocks: DocumentBlock[] = [];
  for (let page = 1; page <= total; page++) {
    onPage?.(page, total);
    const result = await recognise(await pageImage(page));
    for (const line of result.lines) {
      const text = mendOcrText(line.text);
      if (text) blocks.push({ kind: 'paragraph', index: blocks.length, page, text, ocrConfidence: Math.round(line.confidence) });
    }
  }
  return blocks;
}

/**
 * Reads a document into blocks of visible text. Control characters and direction overrides leave every
 * block here (the same `removeControlCharacters` import uses), so no name read from a response carries them;
 * small and vertical forms of punctuation (﹐ ﹔) become the ordinary marks.
 */
const clean = (s: string) => unifyPunctuation(unifyRadicals(removeControlCharacters(s)));

export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const read = await readAnyDocument(bytes, options);
  if (!read.ok) return read;
  const blocks = read.document.blocks
    .map((b) => ({ ...b, text: clean(b.text), ...(b.cells ? { cells: b.cells.map(clean) } : {}) }))
    .filter((b) => b.text.trim() || b.cells?.some((c) => c.trim()));
  return { ok: true, document: { ...read.document, blocks } };
}

async function readAnyDocument(bytes: Uint8Array, { ocr = true, onOcrPage }: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.byteLength === 0) return fail('EMPTY', 'the file is empty: check that it was saved or copied completely');
  if (bytes.byteLength > READ_LIMITS.maxBytes) return fail('TOO_LARGE', `the file is ${Math.round(bytes.byteLength / 1048576)} MB, over the ${READ_LIMITS.maxBytes / 1048576} MB limit: split it into smaller documents`);
  const kind = sniff(bytes);

  if (kind === 'image') {
    if (!ocr) return fail('NEEDS_OCR', 'this is an image (a scan or photo) and OCR was switched off (--no-ocr)');
    try {
      const blocks = await ocrPages(1, async () => bytes, onOcrPage);
      return blocks.length ? { ok: true, document: { kind: 'image', blocks, ocr: true } } : fail('OCR_EMPTY', 'OCR found no text in the image: check that it is the right way up and readable, or scan it again at 300 dpi');
    } catch (e) {
      return fail('BAD_IMAGE', `the image cannot be read (${(e as Error).message}): it may be damaged or in a format other than PNG, JPEG or BMP`);
    }
  }

  if (kind === 'pdf') {
    let pages;
    let hidden;
    try {
      ({ pages, hidden } = await readPdfText(bytes));
    } catch (e) {
      const err = e as Error;
      if (/password/i.test(err.name + err.message)) return fail('ENCRYPTED', 'the PDF is encrypted: open it with its password and save an unprotected copy (or run `qpdf --decrypt in.pdf out.pdf`), then ingest that');
      return fail('BAD_PDF', `the PDF cannot be read (${err.message}): it may be truncated or damaged; ask for the file again`);
    }
    const blocks: DocumentBlock[] = [];
    for (const p of pages) blocks.push(...lineBlocks(p.text, p.page, blocks.length));
    if (!blocks.length) {
      if (!ocr) return fail('NEEDS_OCR', `the PDF has ${pages.length} page(s) but no text layer (a scan) and OCR was switched off (--no-ocr)`);
      const scanned = await ocrPages(pages.length, (page) => renderPdfPage(bytes, page), onOcrPage);
      return scanned.length ? { ok: true, document: { kind: 'pdf', blocks: scanned, ocr: true } } : fail('OCR_EMPTY', `OCR found no text on the ${pages.length} page(s) of this scan: scan it again at 300 dpi`);
    }
    return { ok: true, document: { kind: 'pdf', blocks, ...(hidden ? { hidden } : {}) } };
  }

  if (kind === 'zip') {
    const entries = zipEntries(bytes);
    if (!entries) return fail('BAD_DOCX', 'the file looks like a ZIP/DOCX but its directory is damaged (truncated?): ask for the file again');
    if (!entries.some((e) => e.name === 'word/document.xml')) return fail('NOT_DOCX', 'this ZIP file is not a Word document (no word/document.xml): only .docx is read');
    const inflated = entries.reduce((s, e) => s + e.uncompressed, 0);
    const packed = entries.reduce((s, e) => s + e.compressed, 0);
    if (entries.some((e) => e.uncompressed === 0xffffffff) || inflated > READ_LIMITS.maxInflated || (inflated > 10 * 1048576 && inflated / Math.max(1, packed) > READ_LIMITS.maxRatio)) {
      return fail('DOCX_TOO_LARGE', `the DOCX would inflate to ${Math.round(inflated / 1048576)} MB (from ${Math.round(packed / 1024)} KB): refused as unsafe; open it in Word and save a copy`);
    }
    try {
      const { html, hidden } = await readDocx(bytes);
      return { ok: true, document: { kind: 'docx', blocks: htmlBlocks(html), ...(hidden ? { hidden } : {}) } };
    } catch (e) {
      return fail('BAD_DOCX', `the DOCX cannot be read (${(e as Error).message}): it may be damaged; open and re-save it in Word`);
    }
  }

  const { text, encoding } = decodeText(bytes);
  const chars = [...text.slice(0, 20000)];
  const junk = chars.filter((c) => c === '\uFFFD' || (c < ' ' && !'\n\r\t\f'.includes(c))).length;
  if (chars.length && junk / chars.length > 0.05) return fail('NOT_TEXT', `the file is not a document dialist can read (${Math.round((100 * junk) / chars.length)}% unreadable characters): it may be a binary file with the wrong name`);
  // A page, or a fragment of one (a court's ruling copied as <div style=…> blocks with no <html> around them).
  const tags = text.slice(0, 5000).match(/<\/?(?:p|table|body|div|br|span|h[1-6]|li|td|tr)\b[^>]*>/gi)?.length ?? 0;
  if (/^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(text) || /<(p|table|body)[\s>]/i.test(text.slice(0, 5000)) || tags >= 3) {
    const { html, hidden } = dropHiddenHtml(text);
    return { ok: true, document: { kind: 'html', encoding, blocks: htmlBlocks(html), ...(hidden ? { hidden } : {}) } };
  }
  return { ok: true, document: { kind: 'text', encoding, blocks: lineBlocks(text) } };
}
