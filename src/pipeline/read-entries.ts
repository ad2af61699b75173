/**
 * One document's entries: segments (one per person) -> facts -> a match with the segment's own context and
 * the list the document answers. Two segments auto-matched to one record (a bilingual letter names 王建兵
 * and Wang Jianbing; "Yang Maodong (pen-name Guo Feixiong)") are one person: their words are read together.
 */
import type { Diagnostic, EntryFacts, MatchCandidate, MatchedEntry, MatchResult, Place, PrisonerList, PrisonerRecord, ReadDocument } from '../model/index.js';
import { MAX_NAME_LENGTH, cleanName, hanOnly, nameLength } from '../names/index.js';
import type { Matcher } from '../match/index.js';
import { extractFacts, segmentDocument, type Segment } from '../responses/index.js';
import { lookupCharge, lookupPrison, lookupProvince, parseDate } from '../vocabulary/index.js';
import { nameFinder } from './name-finder.js';
import { recordTerms, termsInText } from './record-terms.js';
import { surnameCandidates } from './surname-candidates.js';

export interface ReadEntriesOptions {
  file: string;
  /** Problems found while reading entries are added here. */
  diagnostics: Diagnostic[];
  list?: PrisonerList;
  received?: string;
  getRecord: (id: string) => PrisonerRecord | undefined;
}

function tooLong(name: string, place: Place, diagnostics: Diagnostic[]): MatchResult {
  const reason = `name of ${nameLength(name)} characters, over the ${MAX_NAME_LENGTH} a name may have: not matched`;
  diagnostics.push({
    code: 'NAME_TOO_LONG', severity: 'warning', place, message: reason, found: `${name.slice(0, 40)}...`,
    hint: 'The document was probably split in the wrong place here: check it, and match the person by hand if needed.',
  });
  return { id: null, decision: 'none', confidence: 0, reason, candidates: [] };
}

function matchSegment(seg: Segment, facts: ReturnType<typeof extractFacts>, doc: ReadDocument, matcher: Matcher, o: ReadEntriesOptions): MatchResult {
  // A "name" longer than any real one is a pasted paragraph: not matched, so that it cannot attach news.
  if (nameLength(facts.name) > MAX_NAME_LENGTH) return tooLong(facts.name, { file: o.file, page: seg.page, row: seg.row, line: seg.paragraph }, o.diagnostics);
  if (seg.surnameOnly) return surnameCandidates(facts.name, o.list?.recordIds ?? [], o.getRecord);
  return matcher.matchName(facts.name, {
    birthYear: facts.birth ? Number(facts.birth.value.slice(0, 4)) : undefined,
    approxBirthYear: facts.age ? facts.age.in - facts.age.years : undefined,
    gender: facts.gender,
    province: facts.nativePlace ? lookupProvince(facts.nativePlace.replace(/(省|市|自治区).*$/, ''))?.en : undefined,
    ethnicity: facts.ethnicity,
    preferIds: o.list?.recordIds,
    ocr: doc.ocr,
    ocrConfidence: seg.ocrConfidence,
  });
}

/** Segments auto-matched to the same record, joined in reading order under the first name that has characters. */
function joinSegments(group: Segment[]): Segment {
  const named = group.find((s) => s.name && /[\u4e00-\u9fff]/.test(s.name) && /[A-Za-z]/.test(s.name)) ?? group[0];
  return {
    ...group[0], name: named.name,
    text: group.map((s) => s.text).join('\n\n'),
    why: [...group.flatMap((s) => s.why ?? []), `one person under ${group.length} names: ${group.map((s) => s.name).join(', ')} (the same record)`],
    ocrConfidence: group.reduce<number | undefined>((m, s) => (s.ocrConfidence === undefined ? m : Math.min(m ?? 100, s.ocrConfidence)), undefined),
  };
}

/** Name evidence that is the name as recorded, not only the same sound. */
const EXACT_NAME = new Set(['same characters', 'same romanised spelling', 'same as an alias']);
const CONFIRMING = new Set(['birth year agrees', 'province agrees', 'on the list answered']);

/**
 * A name many people share: two characters (刘辉), the romanised form of a two-character name (Liu Hui), or one
 * word alone (Memetjan, Gendun). A database holds one such person while the text may mean another.
 */
function isShortName(written: string, rec: PrisonerRecord | undefined): boolean {
  const han = hanOnly(written);
  if (han) return han.length <= 2;
  // (A title is no part of the name: "Lama Tsultrim" is one word, a name many monks bear.)
  const words = (cleanName(written).core || written).replace(/[(（][^)）]*[)）]/g, ' ').trim().split(/[\s-]+/).filter(Boolean);
  if (words.length <= 1) return true;
  const recordHan = hanOnly(rec?.names.zh ?? '');
  return words.length === 2 && recordHan.length === 2 && !(rec?.names.zh ?? '').includes('·');
}

const SHORT_NAME = 'a short name';

/** What the text says that the record says too: the charge, the place held, the term. */
function factsAgree(facts: EntryFacts, rec: PrisonerRecord | undefined): string | undefined {
  if (!rec) return undefined;
  const said = facts.charge && lookupCharge(facts.charge.zh ?? facts.charge.en ?? '');
  if (said && rec.charge && lookupCharge(rec.charge)?.zh === said.zh) return `the charge (${said.zh})`;
  const place = facts.prison && rec.prison ? lookupPrison(rec.prison) : undefined;
  if (place && facts.prison && (place.zh === facts.prison.zh || place.zhFull === facts.prison.zh)) return `the place held (${facts.prison.zh})`;
  if (facts.sentence && rec.sentence && facts.sentence.kind === rec.sentence.kind && facts.sentence.months === rec.sentence.months && facts.sentence.months) return 'the term';
  return undefined;
}

/**
 * In running text a romanised name meets a record through its reading alone (Liu Haitao, 刘海涛): in a large
 * database other people read the same, and the text may mean someone not in it at all. Without the recorded
 * spelling, and without anything else that agrees (birth year, province, the list answered), a person decides.
 * So too a short name (刘辉, Memetjan) met exactly: the record is one of the many people of that name, and only
 * something more the text and the record share (the list, a birth year, the charge, the place held, the term)
 * says it is the one meant ("这些人包括…廣州的黃敏鵬、劉輝等人" names a Guangzhou activist, not the recorded 刘辉).
 */
function cautiousInProse(m: MatchResult, facts: EntryFacts, getRecord: (id: string) => PrisonerRecord | undefined): MatchResult {
  if (m.decision !== 'auto') return m;
  const ev = m.candidates[0]?.evidence ?? [];
  if (ev.some((e) => CONFIRMING.has(e.feature))) return m;
  if (!EXACT_NAME.has(ev[0]?.feature ?? '')) {
    return { ...m, decision: 'review', reason: `the name in the text agrees with ${m.id} by its reading only (${ev[0]?.feature ?? 'no evidence'}), and nothing else confirms it: other people may read the same` };
  }
  const rec = m.id ? getRecord(m.id) : undefined;
  if (!isShortName(facts.name, rec) || factsAgree(facts, rec)) return m;
  return { ...m, decision: 'review', reason: `${SHORT_NAME}: "${facts.name}" is a name many people share, and nothing else the text says (the list answered, a birth year, the charge, the place held, the term) confirms that ${m.id} is the one meant` };
}

/**
 * Namesakes sent to review are ranked by what the text says of the person, as a reader tells them apart: a
 * candidate whose recorded charge is the charge the text names, or whose notes and place held name places and
 * institutions the text names too ("Kirti monastery administrator" in a report on Kirti's monks), goes first among
 * those about as plausible by name. The decision stays review: such things are shared by many, so they order the
 * candidates a person compares and never decide. What agreed is shown as evidence on every candidate it agreed for.
 */
function rankNamesakes(m: MatchResult, facts: EntryFacts, docText: string, getRecord: (id: string) => PrisonerRecord | undefined): MatchResult {
  if (m.decision !== 'review' || m.candidates.length < 2) return m;
  const said = facts.charge && lookupCharge(facts.charge.zh ?? facts.charge.en ?? '');
  const top = m.candidates[0];
  const near = m.candidates.map((c, i) => ({ c, i })).filter(({ c, i }) => i === 0 || c.confidence >= top.confidence * 0.8);
  if (near.length < 2) return m;
  const agreed = near.map(({ c, i }) => {
    const rec = getRecord(c.id);
    const charge = Boolean(said && rec?.charge && lookupCharge(rec.charge)?.zh === said.zh);
    const terms = rec ? termsInText(recordTerms(rec), docText) : [];
    return { c, i, charge, terms, weight: (charge ? 1 : 0) + terms.length };
  });
  // (The reason says which was put first and why; each candidate's evidence says what agreed for it.)
  const evidence = (a: (typeof agreed)[number]): MatchCandidate => {
    const ev = [...a.c.evidence];
    if (a.charge) ev.push({ feature: 'charge agrees', score: 0, detail: `${said!.zh}${said!.en ? ` (${said!.en})` : ''}` });
    if (a.terms.length) ev.push({ feature: 'the text names what the record notes', score: 0, detail: a.terms.join(', ') });
    return { ...a.c, evidence: ev };
  };
  const best = agreed.reduce((x, y) => (y.weight > x.weight ? y : x));
  const moved = best.weight > agreed[0].weight;
  const shown = m.candidates.map((c, i) => { const a = agreed.find((x) => x.i === i); return a ? evidence(a) : c; });
  if (!moved) return { ...m, candidates: shown };
  const candidates = [shown[best.i], ...shown.filter((_, j) => j !== best.i)];
  const what = [best.charge ? `its recorded charge is the one the text names (${said!.zh})` : '', best.terms.length ? `its record names ${best.terms.join(', ')}, as the text does` : ''].filter(Boolean).join('; ');
  return { ...m, id: best.c.id, candidates, reason: `${m.reason}; ${best.c.id} is shown first: ${what}` };
}

export function readEntries(doc: ReadDocument, matcher: Matcher, o: ReadEntriesOptions): MatchedEntry[] {
  const segments = segmentDocument(doc, { finder: nameFinder(matcher), received: o.received ? parseDate(o.received) : undefined });
  const docText = doc.blocks.map((b) => b.text).join('\n');
  let read = segments.map((seg) => {
    const facts = extractFacts(seg);
    const m = matchSegment(seg, facts, doc, matcher, o);
    return { seg, facts, m: rankNamesakes(seg.why ? cautiousInProse(m, facts, o.getRecord) : m, facts, docText, o.getRecord) };
  });
  // Only prose is joined: a table's two rows for one record are two answers, and stay two.
  const byRecord = new Map<string, typeof read>();
  for (const r of read) if (r.m.decision === 'auto' && r.m.id && r.seg.why) byRecord.set(r.m.id, [...(byRecord.get(r.m.id) ?? []), r]);
  // A short name sent to review for want of confirmation is confirmed by the person's other name in the same text
  // (方竹笋 … 方洪, both names of one record): it joins that person.
  for (const r of read) if (r.m.decision === 'review' && r.m.id && r.seg.why && r.m.reason?.startsWith(SHORT_NAME) && byRecord.has(r.m.id)) byRecord.get(r.m.id)!.push(r);
  for (const group of byRecord.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => read.indexOf(a) - read.indexOf(b));
    const seg = joinSegments(group.map((g) => g.seg));
    const facts = extractFacts(seg);
    const best = group.filter((g) => g.m.decision === 'auto').reduce((a, b) => (b.m.confidence > a.m.confidence ? b : a));
    read = read.filter((r) => !group.includes(r) || r === group[0]).map((r) => (r === group[0] ? { seg, facts, m: best.m } : r));
  }
  return read.map(({ seg, facts, m }, i) => ({
    seq: i + 1, facts,
    source: { page: seg.page, row: seg.row, paragraph: seg.paragraph, text: seg.text, ...(seg.why ? { why: seg.why } : {}), ...(doc.ocr ? { ocr: { confidence: seg.ocrConfidence ?? 0 } } : {}) },
    recordId: m.id, decision: m.decision, confidence: m.confidence, reason: m.reason, candidates: m.candidates,
  }));
}
