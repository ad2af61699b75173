// Measures extraction and matching on generated response documents with ground truth (every kind and
// format), and prints the share right per field. usage: node scripts/eval-ingest.mjs [documents] [seed]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBatch } from '../dist/pipeline/ingest.js';
import { generateResponse, responseWorld, KINDS, FORMATS } from '../bench/generate-responses.mjs';

const nDocs = Number(process.argv[2] ?? 64);
const seed = Number(process.argv[3] ?? 1000);
const { dir, db, records } = await responseWorld('dialist-eval-ingest-');

const fields = ['record', 'status', 'sentence', 'reductions', 'release', 'place', 'charge'];
const score = Object.fromEntries(fields.map((f) => [f, { n: 0, right: 0 }]));
const byKind = {};
const misses = [];
for (let i = 0; i < nDocs; i++) {
  const kind = KINDS[i % KINDS.length];
  const format = FORMATS[Math.floor(i / KINDS.length) % FORMATS.length];
  const doc = await generateResponse(records, { seed: seed + i, entries: 6, kind, format });
  const path = join(dir, doc.name);
  writeFileSync(path, doc.bytes);
  const [out] = await ingestBatch(db, [path]);
  doc.truth.forEach((t, k) => {
    // Aligned by person where the matcher found them, else by position.
    const e = out.entries.find((x) => x.candidates[0]?.id === t.recordId) ?? out.entries[k];
    const f = e?.facts;
    const check = (field, ok, applies = true) => {
      if (!applies) return;
      score[field].n++;
      const key = `${kind}/${format}`;
      (byKind[key] ??= { n: 0, right: 0 }).n++;
      if (ok) { score[field].right++; byKind[key].right++; } else if (misses.length < 40) misses.push(`${doc.name}#${k + 1} ${field}: expected ${JSON.stringify(field === 'record' ? t.recordId : t[field === 'place' ? 'prison' : field])}, got ${JSON.stringify(field === 'record' ? e?.candidates[0]?.id : field === 'place' ? f?.prison : field === 'status' ? f?.status : field === 'sentence' ? f?.sentence : field === 'charge' ? f?.charge : field === 'reductions' ? f?.events : f?.events)}`);
    };
    // A "no such person" answer about someone on the list is news about that person: it must match them too.
    check('record', e?.candidates[0]?.id === t.recordId);
    check('status', f?.status === t.status);
    check('sentence', f?.sentence?.months === t.sentence, t.sentence !== undefined);
    check('reductions', JSON.stringify((f?.events ?? []).filter((x) => x.type === 'sentence_reduced').map((x) => x.months)) === JSON.stringify(t.reductions), t.reductions.length > 0);
    check('release', (f?.events ?? []).some((x) => ['released', 'paroled'].includes(x.type) && x.date?.value.startsWith(t.release)), t.release !== undefined);
    check('place', f?.prison && (f.prison.zh === t.prison || (f.prison.en && t.prison && f.prison.en.length > 3)), t.prison !== undefined);
    check('charge', f?.charge?.zh === t.charge, t.charge !== undefined);
  });
}
console.log(`${nDocs} documents (${KINDS.join(', ')} x ${FORMATS.join(', ')}), ${score.record.n} entries`);
for (const f of fields) console.log(`${f.padEnd(11)} ${(100 * score[f].right / Math.max(1, score[f].n)).toFixed(1).padStart(5)}%  (${score[f].right}/${score[f].n})`);
console.log('\nby kind/format (all fields):');
for (const [k, v] of Object.entries(byKind).sort()) console.log(`  ${k.padEnd(16)} ${(100 * v.right / v.n).toFixed(1)}%`);
if (misses.length) console.log('\nfirst misses:\n  ' + misses.join('\n  '));
