// Measures ingestion of scans: generated letters and tables (Chinese by default; OCR_KINDS=letter-en,table-en for English) rendered to PDF, rasterised at 300 dpi,
// skewed and noised like a fax (poppler's pdftoppm and ImageMagick's convert), then ingested from JPEG.
// Prints the share of entries matched to the right record with the right status, and wrong auto-accepts.
// usage: node scripts/eval-ocr.mjs [documents] [seed]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestStream } from '../dist/pipeline/ingest.js';
import { generateResponse, responseWorld } from '../bench/generate-responses.mjs';

const n = Number(process.argv[2] ?? 6);
const seed = Number(process.argv[3] ?? 424242);
const { dir, db, records } = await responseWorld('dialist-eval-ocr-');

const truths = new Map();
const files = [];
for (let i = 0; i < n; i++) {
  const kind = (process.env.OCR_KINDS ?? 'letter-zh,table-zh').split(',')[i % (process.env.OCR_KINDS ?? 'letter-zh,table-zh').split(',').length];
  const doc = await generateResponse(records, { seed: seed + i, entries: 6, kind, format: 'pdf' });
  const pdf = join(dir, `${i}.pdf`);
  writeFileSync(pdf, doc.bytes);
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, join(dir, `${i}`)]);
  const jpg = join(dir, `scan-${kind}-${i}.jpg`);
  execFileSync('convert', [join(dir, `${i}.png`), '-background', 'white', '-rotate', String(i % 2 ? 1.1 : -0.9), '-attenuate', '0.7', '+noise', 'Gaussian', '-blur', '0x0.6', '-quality', '70', jpg]);
  truths.set(`scan-${kind}-${i}.jpg`, doc.truth);
  files.push(jpg);
}
let entries = 0, right = 0, wrongAuto = 0, auto = 0, pages = 0;
const t0 = performance.now();
await ingestStream(db, files, {
  onOcrPage: () => pages++,
  onDocument: (r) => {
    // Entries are aligned to the truth by person, not by position: OCR may merge or split an entry, which
    // would shift every later one. An auto-accept is wrong when it names someone this document is not about.
    const truth = truths.get(r.file);
    const ids = new Set(truth.map((t) => t.recordId));
    for (const t of truth) {
      entries++;
      const e = r.entries.find((x) => x.candidates[0]?.id === t.recordId);
      if (e && e.facts.status === t.status) right++;
      else if (process.env.VERBOSE) console.error(`miss ${r.file}: expected ${t.recordId} ${t.status}; got ${e ? e.facts.status : 'no entry for this person'}`);
    }
    for (const e of r.entries) {
      if (e.decision !== 'auto') continue;
      auto++;
      if (!ids.has(e.recordId)) {
        wrongAuto++;
        if (process.env.VERBOSE) console.error(`WRONG AUTO ${r.file}: ${e.recordId} from ${JSON.stringify(e.source.text)}`);
      }
    }
  },
});
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ documents: n, pages, entries, rightRecordAndStatus: +(100 * right / entries).toFixed(1), autoAccepted: auto, wrongAuto, secondsPerPage: +(seconds / pages).toFixed(1) }));
