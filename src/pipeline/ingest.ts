import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic, MatchedEntry, PrisonerList } from '../model/index.js';
import { DialistError } from '../model/index.js';
import type { Matcher, MatchSettings } from '../match/index.js';
import { readDocument, stopOcr } from '../responses/index.js';
import { toSimplified } from '../names/index.js';
import { type Db, documentByContent, documentBySha, getList, getRecord, inTransaction, insertDocument, insertMatchedEntry } from '../store/index.js';
import { loadMatcher } from './load-matcher.js';
import { readEntries } from './read-entries.js';

export interface IngestOutcome {
  file: string;
  sha256: string;
  outcome: 'ingested' | 'duplicate' | 'failed';
  error?: { code: string; message: string };
  entries: MatchedEntry[];
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  listId?: number;
  received?: string;
  sender?: string;
  at?: string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Matching settings (from the config file); defaults otherwise. */
  settings?: Partial<MatchSettings>;
  /** Called before each page of a scan is recognised. */
  onOcrPage?: (page: number, total: number, file: string) => void;
  /** Called with each document's outcome as soon as it is stored; nothing is kept after that. */
  onDocument?: (outcome: IngestOutcome) => void;
}

export interface BatchSummary {
  documents: number;
  ingested: number;
  duplicate: number;
  failed: number;
  entries: number;
  auto: number;
  review: number;
  none: number;
  failures: { file: string; code: string; message: string }[];
}

/** Reads, splits, extracts and matches one document; stores it in one transaction. */
export async function ingestDocument(db: Db, path: string, matcher: Matcher, { list, received, sender, at = new Date().toISOString(), onOcrPage }: { list?: PrisonerList; received?: string; sender?: string; at?: string; onOcrPage?: (page: number, total: number, file: string) => void }): Promise<IngestOutcome> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    if (statSync(path).size > 100 * 1024 * 1024) return { file, sha256: '', outcome: 'failed', error: { code: 'TOO_LARGE', message: 'over 100 MB: split the document' }, entries: [], diagnostics: [] };
    bytes = readFileSync(path);
  } catch (e) {
    return { file, sha256: '', outcome: 'failed', error: { code: 'UNREADABLE', message: `cannot read the file: ${(e as Error).message}` }, entries: [], diagnostics: [] };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const duplicate = (seen: { id: number; file_name: string }): IngestOutcome => ({
    file, sha256, outcome: 'duplicate', entries: [],
    diagnostics: [{ code: 'DUPLICATE_DOCUMENT', severity: 'info', place: { file }, message: `already ingested as ${seen.file_name} (document ${seen.id}): nothing changed` }],
  });
  const seen = documentBySha(db, sha256);
  if (seen) return duplicate(seen);

  const read = await readDocument(bytes, { onOcrPage: onOcrPage && ((p, t) => onOcrPage(p, t, file)) });
  if (!read.ok) return { file, sha256, outcome: 'failed', error: read.error, entries: [], diagnostics: [{ code: read.error.code, severity: 'error', place: { file }, message: read.error.message }] };
  const diagnostics: Diagnostic[] = [];
  const entries: MatchedEntry[] = readEntries(read.document, matcher, { file, diagnostics, list, received, getRecord: (id) => getRecord(db, id) });
  const hidden = read.document.hidden;
  if (hidden) {
    diagnostics.push({
      code: 'HIDDEN_TEXT', severity: 'warning', place: { file },
      message: `${hidden.chars} characters of text a reader cannot see were skipped (${hidden.how.join('; ')}): never read as news`,
      found: hidden.sample,
      hint: 'Open the document to check; if that text is meant to count, ask the sender for a copy with it visible.',
    });
  }
  const text = read.document.blocks.map((b) => b.text).join('\n');
  const contentSha = createHash('sha256').update(toSimplified(text).replace(/[\s\p{P}]/gu, '')).digest('hex');
  const twin = documentByContent(db, contentSha);
  if (twin) diagnostics.push({ code: 'NEAR_DUPLICATE', severity: 'warning', place: { file }, message: `same text as ${twin.file_name} (document ${twin.id}), perhaps in another format: its news is already on the records and is counted once`, hint: 'Nothing to do unless this is a different letter.' });
  if (!entries.length) diagnostics.push({ code: 'NO_ENTRIES', severity: 'warning', place: { file }, message: 'no entries found (a letter with no news of anyone?): stored with zero entries', hint: 'Check the document; if it does name people, send it to the developers as a sample.' });
  const storedMeanwhile = inTransaction(db, () => {
    // Another ingest (a second process on the same database) may have stored this document while it was read.
    const again = documentBySha(db, sha256);
    if (again) return again;
    const docId = insertDocument(db, { sha256, contentSha, fileName: file, kind: read.document.kind, received, sender, listId: list?.id, at, text });
    for (const e of entries) insertMatchedEntry(db, docId, e, at);
    return undefined;
  });
  if (storedMeanwhile) return duplicate(storedMeanwhile);
  return { file, sha256, outcome: 'ingested', entries, diagnostics };
}

/**
 * Ingests a batch, each document alone (one bad file does not stop the others) and streamed: outcomes go
 * to `onDocument` and only counts are kept, so memory stays flat however long the batch.
 */
export async function ingestStream(db: Db, paths: string[], opts: IngestOptions = {}): Promise<BatchSummary> {
  const list = opts.listId !== undefined ? getList(db, opts.listId) : undefined;
  if (opts.listId !== undefined && !list) throw new DialistError('LIST_NOT_FOUND', `no list ${opts.listId}; see \`dialist list ls\``);
  const matcher = loadMatcher(db, opts.settings);
  const s: BatchSummary = { documents: 0, ingested: 0, duplicate: 0, failed: 0, entries: 0, auto: 0, review: 0, none: 0, failures: [] };
  for (const [i, path] of paths.entries()) {
    const r = await ingestDocument(db, path, matcher, { list, received: opts.received, sender: opts.sender, at: opts.at, onOcrPage: opts.onOcrPage });
    s.documents++;
    s[r.outcome]++;
    s.entries += r.entries.length;
    for (const e of r.entries) s[e.decision]++;
    if (r.error) s.failures.push({ file: r.file, ...r.error });
    opts.onDocument?.(r);
    opts.onProgress?.(i + 1, paths.length, path);
  }
  await stopOcr();
  return s;
}

/** The same, collecting every outcome (for tests and small batches). */
export async function ingestBatch(db: Db, paths: string[], opts: IngestOptions = {}): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  await ingestStream(db, paths, { ...opts, onDocument: (r) => { out.push(r); opts.onDocument?.(r); } });
  return out;
}
