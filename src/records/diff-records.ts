/** What one change did to a record, field by field: the history a person reads and restores from. */
import type { PrisonerRecord } from '../model/index.js';
import { recordToRow } from './export.js';
import { DERIVED_FIELDS, RECORD_FIELDS, fieldValue, type DerivedField, type RecordField } from './record-fields.js';

export interface FieldChange {
  field: RecordField | DerivedField;
  /** The value as the export writes it; absent when the field was empty. */
  before?: string;
  after?: string;
}

/** A field's value as a person reads it (the export's wording), or undefined when empty. */
export function describeField(r: PrisonerRecord, field: RecordField | DerivedField): string | undefined {
  const text = field === 'birth' ? (r.birth?.value ?? '') : recordToRow(r)[field];
  return text === '' ? undefined : text;
}

/** JSON with object keys sorted and undefined left out, so that the order a value was built in does not count. */
const canonical = (v: unknown) => JSON.stringify(v, (_k, x: unknown) =>
  x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
    : x);
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * The fields that differ between two versions of a record, in a fixed order (the fields a person edits,
 * then the derived name forms). `before` null (a creation) lists every field that has a value.
 *
 * @example diffRecords(v1, v2) // [{ field: 'status', before: 'serving', after: 'released' }]
 */
export function diffRecords(before: PrisonerRecord | null, after: PrisonerRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of [...RECORD_FIELDS, ...DERIVED_FIELDS]) {
    const a = before ? fieldValue(before, field) : undefined;
    const b = fieldValue(after, field);
    if (same(a, b)) continue;
    const change: FieldChange = { field };
    const was = before ? describeField(before, field) : undefined;
    const now = describeField(after, field);
    if (was !== undefined) change.before = was;
    if (now !== undefined) change.after = now;
    changes.push(change);
  }
  return changes;
}
