// `npm run bench`: each benchmark in its own process (so peak memory is its own), figures printed side by side.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const run = (file, ...args) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(here, file), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());

console.log('dialist benchmarks (2-core machine; figures are measured now, not remembered)\n');
const imp = run('import.mjs', '50000', '5000');
console.log(`import   ${imp.records} records: ${imp.importSeconds} s (${imp.importCpuSeconds} s of CPU; ${imp.recordsPerSecond}/s, names derived, name index written, one transaction), peak ${imp.peakRssMB} MB  [target < 15 s]`);
console.log(`         re-import of the same file: ${imp.reimportSeconds} s, ${imp.reimportUnchanged} unchanged`);
console.log(`         naive (autocommit INSERT per row, no derivation): ${imp.naiveRecords} rows in ${imp.naiveSeconds} s (${imp.naiveRecordsPerSecond}/s)`);
const m = run('match.mjs', '50000', '10000', '200');
console.log(`\nmatch    in process, index built in memory (createMatcher): ${m.queries} names against ${m.records} records: ${m.msPerName} ms/name, index built in ${m.indexBuildSeconds} s, peak ${m.peakRssMB} MB`);
console.log(`         top1 ${m.top1}% (${m.uniqueShare}% of the names have a reading no other record shares; on those top1 ${m.uniqueTop1}%)`);
console.log(`         auto-accepted ${m.autoShare}% with precision ${m.autoPrecision}% (shared names go to review by design)`);
console.log(`         plain fuse.js over the same name fields (first ${m.fuseSample} of the same names): ${m.fuseMsPerName} ms/name, top1 ${m.fuseTop1}%, on unique readings ${m.fuseUniqueTop1}%`);
console.log(`         dialist is ${m.speedup}x faster per name  [target >= 50x]`);
const c = run('cli.mjs', '50000', '2000', '40', '5');
console.log(`\ncommands whole processes, median of ${c.runs} runs interleaved with a bare \`node -e 0\` (${c.nodeSeconds} s in this run):`);
console.log(`         dialist --version ${c.versionSeconds} s (${c.versionX}x node)  [target <= 3x];  dialist --help ${c.helpSeconds} s (${c.helpX}x)`);
console.log(`         with ${c.records} records: dialist match (one romanised name) ${c.matchLatinSeconds} s (${c.matchLatinX}x), (one name in characters) ${c.matchCharactersSeconds} s (${c.matchCharactersX}x), dialist records search ${c.searchSeconds} s (${c.searchX}x)  [target <= 6x]`);
console.log(`         dialist import of the ${c.records} records (with the name index): ${c.importSeconds} s  [target < 15 s]`);
console.log(`         ${c.names} names in one dialist match: ${c.manySeconds} s, ${c.msPerName} ms a name`);
console.log(`         plain fuse.js over the same names, whole process (load ${c.fuseLoadSeconds} s, then ${c.fuseMsPerSearch} ms a search, measured on ${c.fuseSample} of them): ${c.fuseWholeSeconds} s, ${c.fuseMsPerName} ms a name`);
console.log(`         dialist is ${c.speedup}x faster per name, whole process  [target >= 50x]`);
console.log(`         in-process: stored index ${c.storedMsPerName} ms a name (ready in ${c.storedOpenSeconds} s); index built in memory ${c.memoryMsPerName} ms a name after ${c.memoryBuildSeconds} s building it`);
console.log(`         knownKeys: ${c.knownKeys} keys (names in a long document) answered in ${c.knownKeysSeconds} s, ${c.knownKeysFound} known`);
const r = run('render.mjs', '500');
console.log(`\nrender   a ${r.names}-name list: PDF ${r.pdfSeconds} s (first in a process, with font loading: ${r.pdfColdSeconds} s; ${r.pdfKB} KB, font subset embedded), DOCX ${r.docxSeconds} s (${r.docxKB} KB), peak ${r.peakRssMB} MB  [target < 3 s each]`);
console.log(r.libreofficeSeconds !== undefined ? `         LibreOffice converting that DOCX to PDF: ${r.libreofficeSeconds} s` : '         LibreOffice not installed: no conversion time to compare (apt-get install libreoffice-writer)');
const g = run('ingest.mjs', '200', '24');
console.log(`\ningest   ${g.documents} generated responses (${g.entries} entries, ${g.megabytes} MB; letters and tables in Chinese and English; DOCX, PDF, text, HTML): ${g.seconds} s, ${g.documentsPerSecond} documents/s, ${g.failed} failed  [target < 20 s]`);
console.log(`         heap in use after GC at eight points along the batch (MB): ${g.heapAfterGcAlongBatchMB.join(' ')} (flat: nothing accumulates); peak RSS ${g.peakRssMB} MB`);
const o = run('ocr.mjs', '10');
console.log(`\nocr      a ${o.pages}-page scan (300 dpi, Chinese; tesseract.js with the npm chi_sim + eng models from disk): ${o.secondsPerPage} s a page (${o.seconds} s with model loading)`);
console.log(`         memory as each page starts (MB): ${o.rssAtEachPageMB.join(' ')}; peak ${o.peakRssMB} MB (one page image at a time: it does not grow with the pages)`);
