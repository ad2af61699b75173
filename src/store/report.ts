/**
 * The database as it stood on an as-of date, in a few aggregate queries (no query per record).
 *
 * What "as of" keeps (everything else is left out and counted in `leftOut`):
 * - lists marked issued, dated (the date printed on them) on or before the day, and marked issued by then;
 * - documents received on or before the day (the day ingested when no received date was given), and
 *   ingested by then;
 * - an entry's match as it stood that day: its latest decision made by then, if that decision accepts a
 *   record (`auto` or `accepted`) and no later decision has taken it back (a later undo or rejection is a
 *   correction and applies to old reports too; a later acceptance does not);
 * - events written by such entries, dated on or before the day (a year or month that begins by then counts).
 */
import type { Db } from './db.js';
import type {
  DossierFacts, PartialDate, ReportDocument, ReportEntry, ReportEvent, ReportFacts, ReportList, ReportPerson, SentenceKind,
} from '../model/index.js';

const ACCEPTING = `('auto','accepted')`;

/** The day a document was received; the day it was ingested when no readable YYYY-MM-DD was given. */
const RECEIVED = `CASE WHEN received GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' THEN received ELSE substr(ingested_at, 1, 10) END`;

const KNOWN_DOCUMENT = `known_document AS (
    SELECT id, ${RECEIVED} AS received FROM documents
    WHERE ${RECEIVED} <= @asOf AND substr(ingested_at, 1, 10) <= @asOf)`;

/**
 * Entries whose match stood accepted on @asOf and still does, on documents known by @asOf. Each entry's
 * decisions are found through the (entry_id, id) index: a couple of rows an entry, whatever the table's size.
 */
const ACCEPTED_CTE = `
  ${KNOWN_DOCUMENT},
  accepted AS (
    SELECT n.id AS entry_id, n.document_id, then_.record_id
    FROM entries n
    JOIN known_document k ON k.id = n.document_id
    JOIN match_decisions then_ ON then_.id = (
      SELECT max(id) FROM match_decisions WHERE entry_id = n.id AND substr(at, 1, 10) <= @asOf)
    JOIN match_decisions now_ ON now_.id = (SELECT max(id) FROM match_decisions WHERE entry_id = n.id)
    WHERE then_.decision IN ${ACCEPTING} AND now_.decision IN ${ACCEPTING} AND now_.record_id = then_.record_id)`;

const ISSUED_BY = `l.status = 'issued' AND l.date <= @asOf AND substr(coalesce(l.issued_at, l.date), 1, 10) <= @asOf`;

interface EntryRow {
  id: number; documentId: number; recordId: string; status: string | null; nEvents: number | null;
  sKind: string | null; sMonths: number | null; teValue: string | null; tePrecision: string | null; other: number;
}
interface EventRow {
  entryId: number; recordId: string; type: string; date: string | null; precision: string | null; months: number | null;
}
/** `fields`: a JSON array of detention date and precision, sentence kind and months, charge, status. */
interface PersonRow { id: string; nameZh: string | null; nameEn: string | null; pinyin: string | null; fields: string }
type PersonFields = [string | null, string | null, string | null, number | null, string | null, string | null];

const precisionOf = (value: string): PartialDate['precision'] => (value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year');
const partial = (value: string | null, precision: string | null): PartialDate | undefined =>
  (value ? { value, precision: (precision as PartialDate['precision'] | null) ?? precisionOf(value) } : undefined);

function toEntry(r: EntryRow): ReportEntry {
  const statusSays = r.status !== null && r.status !== 'unknown' && r.status !== 'not_found';
  const hasFact = statusSays || (r.nEvents ?? 0) > 0 || r.sKind !== null || r.teValue !== null || r.other === 1;
  return {
    id: r.id, documentId: r.documentId, recordId: r.recordId, hasFact,
    ...(r.teValue ? { termEnds: partial(r.teValue, r.tePrecision) } : {}),
    ...(r.sKind ? { sentence: { kind: r.sKind as SentenceKind, ...(r.sMonths ? { months: r.sMonths } : {}) } } : {}),
  };
}

const toEvent = (r: EventRow): ReportEvent => ({
  entryId: r.entryId, recordId: r.recordId, type: r.type,
  ...(r.date ? { date: partial(r.date, r.precision) } : {}), ...(r.months !== null ? { months: r.months } : {}),
});

function toPerson(r: PersonRow): ReportPerson {
  const [dv, dp, sk, sm, charge, status] = JSON.parse(r.fields) as PersonFields;
  const person: ReportPerson = { id: r.id, name: [r.nameZh, r.nameEn ?? r.pinyin].filter(Boolean).join(' ') };
  if (dv) person.detained = partial(dv, dp);
  if (sk) person.sentence = sm ? { kind: sk as SentenceKind, months: sm } : { kind: sk as SentenceKind };
  if (charge) person.charge = charge;
  if (status) person.status = status;
  return person;
}

const ENTRY_COLUMNS = `n.id, n.document_id AS documentId, a.record_id AS recordId,
  json_extract(n.facts, '$.status') AS status, json_array_length(n.facts, '$.events') AS nEvents,
  json_extract(n.facts, '$.sentence.kind') AS sKind, json_extract(n.facts, '$.sentence.months') AS sMonths,
  json_extract(n.facts, '$.termEnds.value') AS teValue, json_extract(n.facts, '$.termEnds.precision') AS tePrecision,
  (json_extract(n.facts, '$.charge') IS NOT NULL OR json_extract(n.facts, '$.prison') IS NOT NULL) AS other`;

// One json_extract with several paths reads each record's JSON once (measured faster than one call a field).
const PERSON_COLUMNS = `id, name_zh AS nameZh, name_en AS nameEn, pinyin, json_extract(data,
  '$.detained.value', '$.detained.precision', '$.sentence.kind', '$.sentence.months', '$.charge', '$.status') AS fields`;

/** Everything the report counts, as it stood on `asOf` (YYYY-MM-DD). */
export function loadReportFacts(db: Db, asOf: string): ReportFacts {
  const p = { asOf };
  const lists = db.prepare(`SELECT l.id, l.title, l.recipient, l.date FROM lists l WHERE ${ISSUED_BY}
    ORDER BY l.date, l.id`).all(p) as ReportList[];
  const listItems = db.prepare(`SELECT li.list_id AS listId, li.record_id AS recordId FROM list_items li JOIN lists l ON l.id = li.list_id
    WHERE ${ISSUED_BY} ORDER BY li.list_id, li.position`).all(p) as { listId: number; recordId: string }[];
  const documents = (db.prepare(`WITH ${KNOWN_DOCUMENT} SELECT d.id, d.file_name AS fileName, k.received, d.sender, d.list_id AS listId
    FROM documents d JOIN known_document k ON k.id = d.id ORDER BY k.received, d.id`).all(p) as ReportDocument[]);
  const entries = (db.prepare(`WITH ${ACCEPTED_CTE}
    SELECT ${ENTRY_COLUMNS} FROM accepted a JOIN entries n ON n.id = a.entry_id ORDER BY n.id`).all(p) as EntryRow[]).map(toEntry);
  const events = (db.prepare(`WITH ${ACCEPTED_CTE}
    SELECT e.entry_id AS entryId, e.record_id AS recordId, e.type, e.date, e.precision, e.months
    FROM events e JOIN accepted a ON a.entry_id = e.entry_id AND a.record_id = e.record_id
    WHERE e.date IS NULL OR e.date <= @asOf ORDER BY e.id`).all(p) as EventRow[]).map(toEvent);
  const people = (db.prepare(`SELECT ${PERSON_COLUMNS} FROM records WHERE deleted_at IS NULL ORDER BY id`).all() as PersonRow[])
    .map(toPerson);
  const redirects = recordRedirects(db);
  const count = (sql: string) => (db.prepare(sql).get(p) as { n: number }).n;
  const leftOut = {
    lists: count(`SELECT count(*) AS n FROM lists l WHERE l.status = 'issued'`) - lists.length,
    documents: count('SELECT count(*) AS n FROM documents') - documents.length,
    decisions: count('SELECT count(*) AS n FROM match_decisions WHERE substr(at, 1, 10) > @asOf'),
    events: count('SELECT count(*) AS n FROM events') - events.length,
  };
  const unreadableReceived = count(`SELECT count(*) AS n FROM documents WHERE received IS NOT NULL AND ${RECEIVED} <> received`);
  return { asOf, lists, listItems, documents, entries, events, people, redirects, leftOut, unreadableReceived };
}

/** Merged-away record -> the record kept. */
export function recordRedirects(db: Db): { from: string; to: string }[] {
  const sql = 'SELECT from_id AS "from", to_id AS "to" FROM record_redirects ORDER BY from_id';
  return db.prepare(sql).all() as { from: string; to: string }[];
}

/**
 * One person's lists, answers (with every decision made by `asOf`) and events, for the dossier. `ids` are
 * the person's record and the records merged into it; the first is the person.
 */
export function loadDossierFacts(db: Db, ids: readonly string[], asked: string, asOf: string): DossierFacts | undefined {
  const p = { asOf, ids: JSON.stringify(ids) };
  const IDS = `(SELECT value FROM json_each(@ids))`;
  const row = db.prepare(`SELECT ${PERSON_COLUMNS}, json_extract(data, '$.prison') AS prison FROM records WHERE id = ?`)
    .get(ids[0]) as (PersonRow & { prison: string | null }) | undefined;
  if (!row) return undefined;
  const person = {
    ...toPerson(row), zh: row.nameZh ?? undefined, en: row.nameEn ?? undefined, pinyin: row.pinyin ?? undefined, prison: row.prison ?? undefined,
  };
  const lists = db.prepare(`SELECT l.id, l.title, l.recipient, l.date, l.issued_at AS issuedAt, li.position, li.record_id AS recordId
    FROM list_items li JOIN lists l ON l.id = li.list_id
    WHERE li.record_id IN ${IDS} AND ${ISSUED_BY} ORDER BY l.date, l.id`).all(p) as DossierFacts['lists'];
  const entryRows = db.prepare(`WITH ${ACCEPTED_CTE}
    SELECT n.id AS entryId, n.name_written AS nameWritten, n.page, n.row, n.paragraph, n.text,
      json_extract(n.facts, '$.status') AS status, d.id AS documentId, d.file_name AS fileName, k.received, d.sender, d.list_id AS listId
    FROM entries n JOIN documents d ON d.id = n.document_id JOIN known_document k ON k.id = d.id
    WHERE n.id IN (SELECT entry_id FROM match_decisions WHERE record_id IN ${IDS} AND substr(at, 1, 10) <= @asOf)
    ORDER BY k.received, n.document_id, n.seq`).all(p) as {
      entryId: number; nameWritten: string; page: number | null; row: number | null; paragraph: number | null; text: string;
      status: string | null; documentId: number; fileName: string; received: string; sender: string | null; listId: number | null;
    }[];
  const decisions = db.prepare(`SELECT id, decision, record_id AS recordId, confidence, by, at FROM match_decisions
    WHERE entry_id = ? AND substr(at, 1, 10) <= @asOf ORDER BY id`);
  const answers = entryRows.map((r) => {
    const decided = decisions.all(r.entryId, p) as DossierFacts['answers'][number]['decisions'];
    return {
      entryId: r.entryId, recordId: decided[decided.length - 1]?.recordId ?? null,
      document: { id: r.documentId, fileName: r.fileName, received: r.received, sender: r.sender, listId: r.listId },
      nameWritten: r.nameWritten, text: r.text, decisions: decided,
      ...(r.page !== null ? { page: r.page } : {}),
      ...(r.row !== null ? { row: r.row } : {}),
      ...(r.paragraph !== null ? { paragraph: r.paragraph } : {}),
      ...(r.status ? { status: r.status } : {}),
    };
  });
  const accepted = (db.prepare(`WITH ${ACCEPTED_CTE} SELECT ${ENTRY_COLUMNS} FROM accepted a JOIN entries n ON n.id = a.entry_id
    WHERE a.record_id IN ${IDS} ORDER BY n.id`).all(p) as EntryRow[]).map(toEntry);
  const events = (db.prepare(`WITH ${ACCEPTED_CTE}
    SELECT e.entry_id AS entryId, e.record_id AS recordId, e.type, e.date, e.precision, e.months, a.document_id AS documentId
    FROM events e JOIN accepted a ON a.entry_id = e.entry_id AND a.record_id = e.record_id
    WHERE e.record_id IN ${IDS} AND (e.date IS NULL OR e.date <= @asOf)
    ORDER BY e.date, e.id`).all(p) as (EventRow & { documentId: number })[]).map((r) => ({ ...toEvent(r), documentId: r.documentId }));
  return { asOf, asked, person, mergedIds: ids.slice(1), lists, answers, accepted, events };
}
