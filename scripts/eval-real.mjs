// Measures ingestion on real published texts (test/fixtures/real): people found and matched, entries that are
// real people, status, sentence and dated events, wrong auto matches. Dev and holdout cases are printed apart.
//
// usage: node scripts/eval-real.mjs [--dir test/fixtures/real] [--set dev|holdout|holdout2|...|all] [--case SUBSTRING]
//        [--pad N] [--verbose] [--json]
//   --pad N   adds N synthetic records (no real people) to the database, as a full-size database would have.
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, createListRow, addListItems } from '../dist/store/index.js';
import { importRecords } from '../dist/pipeline/import-records.js';
import { ingestBatch } from '../dist/pipeline/ingest.js';
import { toSimplified } from '../dist/names/index.js';
import { lookupPrison, foldPlaceEn } from '../dist/vocabulary/prisons.js';
import { generateRows, toCsv } from '../bench/generate.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const root = opt('--dir', join(import.meta.dirname, '../test/fixtures/real'));
const set = opt('--set', 'all');
const only = opt('--case');
const pad = Number(opt('--pad', 0));
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');

const work = mkdtempSync(join(tmpdir(), 'dialist-eval-real-'));
const db = openDb(join(work, 'eval.db'));
const recordsDir = join(root, 'records');
for (const f of existsSync(recordsDir) ? readdirSync(recordsDir).filter((f) => /\.(csv|xlsx|json)$/.test(f)).sort() : []) {
  const s = await importRecords(db, join(recordsDir, f), { at: '2000-01-01T00:00:00.000Z' });
  const errors = s.diagnostics.filter((d) => d.severity === 'error');
  if (!s.imported || errors.length) {
    console.error(`records/${f}: not imported (${errors.length} errors), e.g. ${errors[0]?.message}`);
    process.exit(1);
  }
}
if (pad) {
  const path = join(work, 'pad.csv');
  writeFileSync(path, toCsv(generateRows(pad, 7)));
  await importRecords(db, path, { at: '2000-01-01T00:00:00.000Z' });
}
// Every name a record holds, its aliases too: an auto match to a record whose alias is the name written is no wrong match.
const recordNames = new Map(db.prepare('SELECT id, data, name_zh, name_en, pinyin FROM records').all().map((r) => [r.id, [r.name_zh, r.name_en, r.pinyin, ...(JSON.parse(r.data).names?.aliases ?? []).map((a) => a.name)].filter(Boolean)]));

/** Names compared loosely: simplified characters, Latin letters only, lower case, no tone marks. */
const fold = (s) => toSimplified(String(s ?? '')).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z\u4e00-\u9fff]/g, '');
const sameName = (a, b) => { const x = fold(a), y = fold(b); return x.length >= 2 && y.length >= 2 && (x === y || x.includes(y) || y.includes(x)); };
/**
 * The place held as annotated (as written) against the entry's place (canonical zh/en, or as written when the
 * gazetteer does not know it): the same gazetteer place, or the same words folded ("No.1"/"Number One",
 * "Centre"/"Center", simplified characters), one inside the other.
 */
const foldPlace = (s) => (/[\u4e00-\u9fff]/.test(s ?? '') ? toSimplified(s).replace(/[^\u4e00-\u9fff0-9]/g, '') : foldPlaceEn(String(s ?? '')).replace(/centre/g, 'center').replace(/[^a-z0-9]/g, ''));
const samePrison = (written, got) => {
  if (!got) return false;
  const a = lookupPrison(written);
  if (a && (a.zh === got.zh || a.en === got.en)) return true;
  const x = foldPlace(written);
  return [got.zh, got.en].filter(Boolean).map(foldPlace).some((y) => x.length >= 2 && y.length >= 2 && (x === y || x.includes(y) || y.includes(x)));
};
const sameSentence = (a, b) => (a?.kind ?? null) === (b?.kind ?? null) && (a?.months ?? null) === (b?.months ?? null);

const sets = set === 'all' ? readdirSync(root).filter((d) => d === 'dev' || d.startsWith('holdout')).sort() : [set];
const results = {};
for (const s of sets) {
  const dir = join(root, s);
  if (!existsSync(dir)) continue;
  const tally = {
    cases: 0, people: 0, peopleInRecords: 0, found: 0, foundAuto: 0, notInRecordsFound: 0, notInRecords: 0,
    entries: 0, realEntries: 0, wrongAuto: 0, wrongAutoList: [], status: [0, 0], sentence: [0, 0], prison: [0, 0], events: [0, 0], keyEvents: [0, 0],
    extraEvents: 0, byKind: {},
  };
  const misses = [];
  for (const name of readdirSync(dir).sort()) {
    if (only && !name.includes(only)) continue;
    const caseDir = join(dir, name);
    const casePath = join(caseDir, 'case.json');
    if (!existsSync(casePath)) continue;
    const c = JSON.parse(readFileSync(casePath, 'utf8'));
    const input = readdirSync(caseDir).find((f) => f.startsWith('input.'));
    let listId;
    if (c.list?.length) {
      listId = createListRow(db, { title: name, recipient: 'eval', date: c.received ?? '2020-01-01', template: 'bilingual-table', at: '2000-01-01T00:00:00.000Z' });
      addListItems(db, listId, c.list.filter((id) => recordNames.has(id)));
    }
    const [out] = await ingestBatch(db, [join(caseDir, input)], { listId, received: c.received, at: '2000-01-01T00:00:00.000Z' });
    // Each case is ingested once: forget the document so a rerun in the same database is not a duplicate.
    const entries = out.entries;
    const k = (tally.byKind[c.kind] ??= { people: 0, found: 0, entries: 0, real: 0 });
    tally.cases++;
    const annotated = new Set(c.people.map((p) => p.record).filter(Boolean));
    const aligned = new Map();
    for (const p of c.people) {
      tally.people++;
      k.people++;
      let e;
      if (p.record) {
        tally.peopleInRecords++;
        e = entries.find((x) => (x.decision === 'auto' && x.recordId === p.record) || (x.decision === 'review' && x.candidates[0]?.id === p.record));
        if (e) { tally.found++; k.found++; if (e.decision === 'auto') tally.foundAuto++; }
        else misses.push(`${name}: ${p.name} (${p.record}) not found/matched; entries: ${entries.map((x) => `${x.facts.name}->${x.decision}:${x.candidates[0]?.id ?? '-'}`).join(', ') || 'none'}`);
      } else {
        tally.notInRecords++;
        e = entries.find((x) => sameName(x.facts.name, p.name) && x.decision !== 'auto');
        if (e) { tally.notInRecordsFound++; k.found++; }
        else misses.push(`${name}: ${p.name} (in no record) not found as a none/review entry`);
      }
      e ??= entries.find((x) => sameName(x.facts.name, p.name));
      if (!e) continue;
      aligned.set(e, p);
      if (p.status) {
        tally.status[1]++;
        if (e.facts.status === p.status) tally.status[0]++;
        else misses.push(`${name}: ${p.name} status ${e.facts.status}, expected ${p.status}`);
      }
      if (p.sentence) {
        tally.sentence[1]++;
        if (sameSentence(e.facts.sentence, p.sentence)) tally.sentence[0]++;
        else misses.push(`${name}: ${p.name} sentence ${JSON.stringify(e.facts.sentence)}, expected ${JSON.stringify(p.sentence)}`);
      }
      if (p.prison) {
        tally.prison[1]++;
        if (samePrison(p.prison, e.facts.prison)) tally.prison[0]++;
        else misses.push(`${name}: ${p.name} prison ${JSON.stringify(e.facts.prison ?? null)}, expected ${p.prison}`);
      }
      const got = [...e.facts.events];
      for (const ev of p.events ?? []) {
        if (!ev.date) continue;
        const key = ['sentenced', 'released', 'paroled', 'sentence_reduced'].includes(ev.type);
        tally.events[1]++;
        if (key) tally.keyEvents[1]++;
        // The annotated date, or a more precise one inside it (annotated "2006-05", read "2006-05-29" from "[on May 29]").
        const i = got.findIndex((g) => g.type === ev.type && (g.date?.value === ev.date || g.date?.value.startsWith(`${ev.date}-`)));
        if (i >= 0) { tally.events[0]++; if (key) tally.keyEvents[0]++; got.splice(i, 1); }
        else misses.push(`${name}: ${p.name} event ${ev.type} ${ev.date} missing; got ${e.facts.events.map((g) => `${g.type} ${g.date?.value ?? '-'}`).join(', ') || 'none'}`);
      }
      // Events the text does not give for this person (negated, someone else's, misdated).
      const expectedTypes = new Set((p.events ?? []).map((x) => x.type));
      for (const g of got) if (!expectedTypes.has(g.type) || g.date) { if (!(p.events ?? []).some((x) => x.type === g.type && !x.date && !g.date)) tally.extraEvents++; }
    }
    for (const e of entries) {
      tally.entries++;
      k.entries++;
      const real = aligned.has(e) || (c.others ?? []).some((o) => sameName(e.facts.name, o)) || c.people.some((p) => (p.record && (e.recordId === p.record || e.candidates[0]?.id === p.record)) || sameName(e.facts.name, p.name));
      if (real) { tally.realEntries++; k.real++; }
      else misses.push(`${name}: entry "${e.facts.name}" is no annotated person (${e.decision})`);
      // An auto match to a person the text names without news (an "other" with a record) is the right person.
      const other = (c.others ?? []).some((o) => (recordNames.get(e.recordId) ?? []).some((n) => sameName(n, o)));
      if (e.decision === 'auto' && !annotated.has(e.recordId) && !other) {
        tally.wrongAuto++;
        tally.wrongAutoList.push(`${name}: ${e.facts.name} -> ${e.recordId}`);
        misses.push(`${name}: WRONG AUTO "${e.facts.name}" -> ${e.recordId} (${(recordNames.get(e.recordId) ?? []).join(' / ')})`);
      }
    }
  }
  results[s] = { tally, misses };
}

const pct = (a, b) => (b ? `${(100 * a / b).toFixed(1)}%` : '-');
if (asJson) console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.tally]))));
else for (const [s, { tally: t, misses }] of Object.entries(results)) {
  console.log(`\n== ${s}: ${t.cases} texts, ${t.people} people (${t.peopleInRecords} in records), ${t.entries} entries${pad ? `, ${pad} padding records` : ''}`);
  console.log(`people found and matched   ${pct(t.found + t.notInRecordsFound, t.people)}  (in records: ${t.found}/${t.peopleInRecords}, ${t.foundAuto} auto; in no record: ${t.notInRecordsFound}/${t.notInRecords})`);
  console.log(`entries that are people    ${pct(t.realEntries, t.entries)}  (${t.realEntries}/${t.entries})`);
  console.log(`status right               ${pct(...t.status)}  (${t.status.join('/')})`);
  console.log(`sentence right             ${pct(...t.sentence)}  (${t.sentence.join('/')})`);
 console.log(`place held right           ${pct(...t.prison)}  (${t.prison.join('/')}; reported, no target)`);
  console.log(`dated events right         ${pct(...t.keyEvents)}  sentenced/released/paroled/reduced (${t.keyEvents.join('/')}); all types ${pct(...t.events)}`);
  console.log(`events not in the text     ${t.extraEvents}`);
  console.log(`wrong auto matches         ${t.wrongAuto}`);
  console.log('by kind: ' + Object.entries(t.byKind).map(([kind, v]) => `${kind} people ${v.found}/${v.people}, entries ${v.real}/${v.entries}`).join('; '));
  if (verbose && misses.length) console.log('\n  ' + misses.join('\n  '));
}
