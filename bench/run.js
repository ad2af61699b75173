// `npm run bench`: each benchmark in its own process (so peak memory is its own), figures printed side by side.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const run = (file, ...args) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(here, file), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());

console.log('dialist benchmarks (2-core machine; figures are measured now, not remembered)\n');
const imp = run('import.mjs', '50000', '5000');
console.log(`import   ${imp.records} records: ${imp.importSeconds} s (${imp.recordsPerSecond}/s, names derived, one transaction), peak ${imp.peakRssMB} MB  [target < 10 s]`);
console.log(`         re-import of the same file: ${imp.reimportSeconds} s, ${imp.reimportUnchanged} unchanged`);
console.log(`         naive (autocommit INSERT per row, no derivation): ${imp.naiveRecords} rows in ${imp.naiveSeconds} s (${imp.naiveRecordsPerSecond}/s)`);
const m = run('match.mjs', '50000', '10000', '200');
console.log(`\nmatch    ${m.queries} names against ${m.records} records: ${m.msPerName} ms/name, index built in ${m.indexBuildSeconds} s, peak ${m.peakRssMB} MB`);
console.log(`         top1 ${m.top1}% (${m.uniqueShare}% of the names have a reading no other record shares; on those top1 ${m.uniqueTop1}%)`);
console.log(`         auto-accepted ${m.autoShare}% with precision ${m.autoPrecision}% (shared names go to review by design)`);
console.log(`         plain fuse.js over the same name fields (first ${m.fuseSample} of the same names): ${m.fuseMsPerName} ms/name, top1 ${m.fuseTop1}%, on unique readings ${m.fuseUniqueTop1}%`);
console.log(`         dialist is ${m.speedup}x faster per name  [target >= 50x]`);
const r = run('render.mjs', '500');
console.log(`\nrender   a ${r.names}-name list: PDF ${r.pdfSeconds} s (first in a process, with font loading: ${r.pdfColdSeconds} s; ${r.pdfKB} KB, font subset embedded), DOCX ${r.docxSeconds} s (${r.docxKB} KB), peak ${r.peakRssMB} MB  [target < 3 s each]`);
console.log(r.libreofficeSeconds !== undefined ? `         LibreOffice converting that DOCX to PDF: ${r.libreofficeSeconds} s` : '         LibreOffice not installed: no conversion time to compare (apt-get install libreoffice-writer)');
const g = run('ingest.mjs', '200', '24');
console.log(`\ningest   ${g.documents} generated responses (${g.entries} entries, ${g.megabytes} MB; letters and tables in Chinese and English; DOCX, PDF, text, HTML): ${g.seconds} s, ${g.documentsPerSecond} documents/s, ${g.failed} failed  [target < 20 s]`);
console.log(`         heap in use after GC at eight points along the batch (MB): ${g.heapAfterGcAlongBatchMB.join(' ')} (flat: nothing accumulates); peak RSS ${g.peakRssMB} MB`);
const o = run('ocr.mjs', '10');
console.log(`\nocr      a ${o.pages}-page scan (300 dpi, Chinese; tesseract.js with the npm chi_sim + eng models from disk): ${o.secondsPerPage} s a page (${o.seconds} s with model loading)`);
console.log(`         memory as each page starts (MB): ${o.rssAtEachPageMB.join(' ')}; peak ${o.peakRssMB} MB (one page image at a time: it does not grow with the pages)`);
const rep = run('report.mjs', '50000', '500', '300');
console.log(`\nreport   ${rep.records} records, ${rep.lists} lists (${rep.listItems} names on them), ${rep.responses} responses (${rep.entries} entries, ${rep.events} events): ${rep.fullSeconds} s in all  [target < 5 s]`);
console.log(`         figures ${rep.computeSeconds} s (a few aggregate queries), text ${rep.textSeconds} s, HTML with 5 charts ${rep.htmlSeconds} s (${rep.htmlKB} KB), XLSX ${rep.xlsxSeconds} s; peak ${rep.peakRssMB} MB`);
console.log(`         naive (3 queries a record): ${rep.naiveSampleSeconds} s for ${rep.naiveSample} records, about ${rep.naiveSecondsForAll} s for all ${rep.records}`);
const v = run('review.mjs', '50000', '1000', '40');
console.log(`\nreview   ${v.entryItems} waiting entries and ${v.duplicatePairs} duplicate pairs (${v.items} items) over ${v.records} records:`);
console.log(`         opening the queue (session, whole queue, first item with namesake counts): ${v.openMs.join(' / ')} ms (three opens)  [target < 1 s]`);
console.log(`         naive (no stored evidence: match every waiting entry again): ${v.naiveOpenMs} ms`);
console.log(`         actions, median of ${v.actions}: describe ${v.describeMs} ms, accept ${v.acceptMs} ms (+ showing it and the next ${v.refreshMs} ms), reject ${v.rejectMs} ms, new record ${v.newRecordMs} ms, unsure ${v.unsureMs} ms, undo ${v.undoMs} ms; slowest ${v.slowestActionMs} ms  [target < 100 ms]`);
console.log(`         naive describe (count namesakes by scanning every record): ${v.naiveDescribeMs} ms; reading the whole queue again (g, undo): ${v.reloadMs} ms`);
console.log(`         search: first ${v.firstSearchMs} ms (builds the name index), then ${v.searchMs} ms; looking for duplicates after an import: ${v.duplicateScanSeconds} s (once; --find-duplicates above 5,000 records)`);
