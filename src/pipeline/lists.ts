import { createHash } from 'node:crypto';
import { stableJson } from '../store/index.js';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic, PrisonerList, PrisonerRecord } from '../model/index.js';
import { DialistError, isCalendarDate } from '../model/index.js';
import { findUnprintable, layoutList, loadTemplate, renderDocx, renderPdf, type ListLayout } from '../lists/index.js';
import { lookupCharge, lookupEthnicity, lookupProvince, lookupStatus } from '../vocabulary/index.js';
import {
  type Db, addListItems, createListRow, findRecord, freezeList, getList, inTransaction, iterateRecords, listFiles, listSnapshot,
  newsOlderThan, recordListFile, unansweredForRecipient,
} from '../store/index.js';

export interface Selection {
  ids?: string[];
  /** "province=Sichuan,status=serving": every condition must hold. */
  filter?: string;
  /** People on earlier lists to the same recipient with no news yet. */
  carryForward?: boolean;
  /** People whose latest news is older than this many years (or who have none). */
  staleYears?: number;
}

const conditionsOf = (filter: string) => filter.split(',').map((c) => c.trim()).filter(Boolean);

function matchesCondition(r: PrisonerRecord, cond: string): boolean {
  const [k, v = ''] = cond.split('=').map((x) => x.trim());
  switch (k) {
    case 'province': return r.province === (lookupProvince(v)?.en ?? v);
    case 'ethnicity': return r.ethnicity === (lookupEthnicity(v)?.en ?? v);
    case 'status': return r.status === (lookupStatus(v) ?? v);
    case 'charge': return Boolean(r.charge) && (lookupCharge(r.charge!)?.zh ?? r.charge) === (lookupCharge(v)?.zh ?? v);
    case 'gender': return r.gender === ({ 男: 'M', 女: 'F' }[v] ?? v.toUpperCase().charAt(0));
    default: throw new DialistError('BAD_FILTER', `unknown filter "${k}": use province, ethnicity, status, charge or gender (e.g. --filter "province=Sichuan,status=serving")`);
  }
}

/** Records matching every condition; a condition that matches no record at all is reported (a typo selects nobody). */
function filterRecords(db: Db, filter: string, diagnostics: Diagnostic[]): string[] {
  const conditions = conditionsOf(filter);
  const hits = new Map(conditions.map((c) => [c, 0]));
  const ids: string[] = [];
  for (const r of iterateRecords(db)) {
    const each = conditions.map((c) => matchesCondition(r, c));
    each.forEach((ok, i) => ok && hits.set(conditions[i], hits.get(conditions[i])! + 1));
    if (each.every(Boolean)) ids.push(r.id);
  }
  for (const [cond, n] of hits) {
    const [k, v = ''] = cond.split('=').map((x) => x.trim());
    const read = k === 'status' && lookupStatus(v) !== v ? ` (${lookupStatus(v)})` : '';
    if (!n) diagnostics.push({ code: 'FILTER_MATCHES_NOBODY', severity: 'warning', place: { file: 'selection' }, message: `${cond}${read} matches no record`, found: cond, hint: 'Check the spelling; `dialist records list` shows the values records have.' });
  }
  return ids;
}

/** Record IDs chosen by IDs, filters and carry-forward rules, in a stable order, with diagnostics for unknown IDs. */
export function selectRecords(db: Db, recipient: string, sel: Selection, { today = new Date().toISOString().slice(0, 10) } = {}): { ids: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ids: string[] = [];
  for (const id of sel.ids ?? []) {
    const found = findRecord(db, id);
    if (found && !found.deletedAt) ids.push(id);
    else if (found) diagnostics.push({ code: 'RECORD_DELETED', severity: 'error', place: { file: 'selection' }, message: `record ${id} was deleted (${found.deletedAt}): a deleted record is not put on lists`, found: id, hint: `Leave it out, or bring it back first with \`dialist records restore ${id}\`.` });
    else diagnostics.push({ code: 'UNKNOWN_ID', severity: 'error', place: { file: 'selection' }, message: `no record with ID ${id}`, found: id, hint: 'Check the ID with `dialist records search NAME`.' });
  }
  if (sel.filter) ids.push(...filterRecords(db, sel.filter, diagnostics));
  if (sel.carryForward) ids.push(...unansweredForRecipient(db, recipient));
  if (sel.staleYears !== undefined) {
    const cutoff = `${Number(today.slice(0, 4)) - sel.staleYears}${today.slice(4)}`;
    const stale = new Set<string>(newsOlderThan(db, cutoff));
    // Among the chosen people if something chose them, else among everyone.
    if (ids.length) return { ids: [...new Set(ids)].filter((id) => stale.has(id)), diagnostics };
    ids.push(...stale);
  }
  return { ids: [...new Set(ids)], diagnostics };
}

/** Creates a list, or none (list undefined) when the selection has errors, which the diagnostics name. */
export function createList(db: Db, opts: { title: string; recipient: string; date: string; template?: string; selection: Selection; at?: string }): { list: PrisonerList | undefined; diagnostics: Diagnostic[] } {
  if (!isCalendarDate(opts.date)) throw new DialistError('BAD_DATE', `list date "${opts.date}" must be a calendar date written YYYY-MM-DD, e.g. 2026-11-27`);
  const template = opts.template ?? 'bilingual-table';
  loadTemplate(template);
  const { ids, diagnostics } = selectRecords(db, opts.recipient, opts.selection, { today: opts.date });
  if (diagnostics.some((d) => d.severity === 'error')) return { list: undefined, diagnostics };
  const id = inTransaction(db, () => {
    const listId = createListRow(db, { title: opts.title, recipient: opts.recipient, date: opts.date, template, at: opts.at ?? new Date().toISOString() });
    addListItems(db, listId, ids);
    return listId;
  });
  return { list: getList(db, id)!, diagnostics };
}

/**
 * The records as they are to be printed: the frozen snapshot for an issued list (deleted records included:
 * they were handed over), else the live records now (a record deleted since it was added is left out).
 */
export function listRecords(db: Db, list: PrisonerList): PrisonerRecord[] {
  if (list.status === 'issued') return listSnapshot(db, list.id)!.records;
  return list.recordIds.map((id) => findRecord(db, id)).filter((f) => f && !f.deletedAt).map((f) => f!.record);
}

/** Warnings for records on a draft list that have been deleted since: they are not printed. */
function deletedOnDraft(db: Db, list: PrisonerList): Diagnostic[] {
  if (list.status === 'issued') return [];
  return list.recordIds.filter((id) => findRecord(db, id)?.deletedAt).map((id) => ({
    code: 'RECORD_DELETED', severity: 'warning' as const, place: { file: `list ${list.id}` }, found: id,
    message: `record ${id} on this draft list has been deleted: it is not printed`,
    hint: `Remove it with \`dialist list remove ${list.id} --ids ${id}\`, or bring it back with \`dialist records restore ${id}\`.`,
  }));
}

export function layoutForList(db: Db, listId: number, { template }: { template?: string } = {}): { list: PrisonerList; layout: ListLayout } {
  const list = getList(db, listId);
  if (!list) throw new DialistError('LIST_NOT_FOUND', `no list ${listId}; see \`dialist list ls\``);
  const layout = layoutList({ list, records: listRecords(db, list), template: loadTemplate(template ?? list.template) });
  layout.diagnostics.push(...deletedOnDraft(db, list));
  return { list, layout };
}

export type ListFormat = 'pdf' | 'docx';

/**
 * The file name of a rendered list, from safe parts only: the list number and the template's name reduced to
 * letters, digits, "-" and "_" (a template is a file anyone can hand over: its name must not steer the path).
 */
export function listFileName(listId: number, template: string, format: ListFormat): string {
  const safe = template.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'template';
  return `list-${listId}-${safe}.${format}`;
}

/** Renders a list to files in `outDir` and records their hashes. */
export async function renderList(db: Db, listId: number, { formats, outDir, template, at }: { formats: ListFormat[]; outDir: string; template?: string; at?: string }): Promise<{ files: { format: ListFormat; path: string; sha256: string; bytes: number; ms: number }[]; diagnostics: Diagnostic[] }> {
  const list = getList(db, listId);
  if (!list) throw new DialistError('LIST_NOT_FOUND', `no list ${listId}; see \`dialist list ls\``);
  const records = listRecords(db, list);
  const layout = layoutList({ list, records, template: loadTemplate(template ?? list.template) });
  const printed = stableJson(records);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new DialistError('OUT_NOT_A_FOLDER', `${outDir} is a file: --out takes a folder for the PDF and DOCX (it is created if missing)`);
  }
  mkdirSync(outDir, { recursive: true });
  const folder = resolve(outDir);
  const files = [];
  for (const format of formats) {
    const t0 = performance.now();
    const bytes = format === 'pdf' ? await renderPdf(layout, { date: list.date }) : await renderDocx(layout, { date: list.date });
    const path = resolve(folder, listFileName(list.id, layout.template, format));
    // Every write stays inside --out, whatever the name was made of.
    if (dirname(path) !== folder) throw new DialistError('UNSAFE_FILE_NAME', `refused to write ${path}: outside ${folder}`);
    writeFileSync(path, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    recordListFile(db, { listId, format, path, sha256, at: at ?? new Date().toISOString(), records: printed });
    files.push({ format, path, sha256, bytes: bytes.byteLength, ms: Math.round(performance.now() - t0) });
  }
  const checks = [...deletedOnDraft(db, list), ...findUnprintable(layout, { ids: records.map((r) => r.id), list: list.id })];
  return { files, diagnostics: [...layout.diagnostics, ...checks] };
}

/** Marks a rendered list as handed over: the records as printed and the file hashes are frozen. */
export function issueList(db: Db, listId: number, { at = new Date().toISOString() }: { at?: string } = {}): PrisonerList {
  const list = getList(db, listId);
  if (!list) throw new DialistError('LIST_NOT_FOUND', `no list ${listId}; see \`dialist list ls\``);
  const files = listFiles(db, listId);
  if (!files.length) throw new DialistError('LIST_NOT_RENDERED', `list ${listId} has not been rendered: run \`dialist list render ${listId}\` first, so that what is frozen is what was printed`);
  if (new Set(files.map((f) => f.records)).size > 1 || files[0].records !== stableJson(listRecords(db, list))) {
    throw new DialistError('LIST_CHANGED_SINCE_RENDER', `list ${listId}'s records changed since it was rendered: render it again (all formats) before marking it handed over`);
  }
  freezeList(db, listId, { issuedAt: at, records: JSON.parse(files[0].records), files: files.map(({ format, path, sha256 }) => ({ format, path, sha256 })) });
  return getList(db, listId)!;
}
