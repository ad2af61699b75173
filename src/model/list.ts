import type { PrisonerRecord, RecordId } from './record.js';

export type ListStatus = 'draft' | 'issued';

/** A list handed to a recipient at a dialogue session. */
export interface PrisonerList {
  id: number;
  title: string;
  recipient: string;
  /** ISO date (YYYY-MM-DD) printed on the list. */
  date: string;
  template: string;
  status: ListStatus;
  createdAt: string;
  issuedAt?: string;
  recordIds: RecordId[];
}

/** What was handed over, frozen when the list is issued: later edits to records do not change it. */
export interface ListSnapshot {
  issuedAt: string;
  records: PrisonerRecord[];
  files: { format: string; path: string; sha256: string }[];
}
