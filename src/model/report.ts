/**
 * What the store hands the report stage: the database as it stood on the as-of date, in a few flat tables.
 * Every row here is already cut at the as-of date (see store/report.ts for the rule); IDs are as stored
 * (merged records are resolved by the report stage, through `redirects`).
 */
import type { PartialDate, SentenceKind } from './record.js';

export interface ReportList {
  id: number;
  title: string;
  recipient: string;
  /** The date printed on the list: the day it was handed over (YYYY-MM-DD). */
  date: string;
}

export interface ReportDocument {
  id: number;
  fileName: string;
  /** When it was received (YYYY-MM-DD); the day it was ingested when nobody said. */
  received: string;
  sender: string | null;
  /** The list it answers, if it was ingested with --list. */
  listId: number | null;
}

/** An entry whose match stood accepted (machine `auto` or a person's `accepted`) on the as-of date. */
export interface ReportEntry {
  id: number;
  documentId: number;
  recordId: string;
  /** The entry says something about the person: a status other than unknown/not found, a sentence, a charge, a place, an event. */
  hasFact: boolean;
  /** A term's end stated in the entry ("刑期至2026年3月11日"). */
  termEnds?: PartialDate;
  /** A sentence stated in the entry. */
  sentence?: { kind: SentenceKind; months?: number };
}

/** An event in force, written by an accepted entry. */
export interface ReportEvent {
  entryId: number;
  recordId: string;
  type: string;
  date?: PartialDate;
  /** sentence_reduced: months taken off; commuted: the new fixed term in months. */
  months?: number;
}

/** A live record (not deleted), with what matching on sentence, time served and charge needs. */
export interface ReportPerson {
  id: string;
  name: string;
  detained?: PartialDate;
  sentence?: { kind: SentenceKind; months?: number };
  charge?: string;
  status?: string;
}

export interface ReportFacts {
  asOf: string;
  lists: ReportList[];
  listItems: { listId: number; recordId: string }[];
  documents: ReportDocument[];
  entries: ReportEntry[];
  events: ReportEvent[];
  people: ReportPerson[];
  /** Merged-away record -> the record kept. */
  redirects: { from: string; to: string }[];
  /** What exists in the database but is dated or was recorded after the as-of date. */
  leftOut: { lists: number; documents: number; decisions: number; events: number };
  /** Documents whose received date is not a readable YYYY-MM-DD (counted on the day they were ingested). */
  unreadableReceived?: number;
}

/** Everything about one person for the dossier, cut at the as-of date like ReportFacts. */
export interface DossierFacts {
  asOf: string;
  /** The ID asked for, and the record it resolves to (after merges). */
  asked: string;
  person: ReportPerson & { zh?: string; en?: string; pinyin?: string; prison?: string };
  /** IDs merged into this person (their lists and answers are this person's too). */
  mergedIds: string[];
  lists: (ReportList & { position: number; recordId: string; issuedAt: string | null })[];
  answers: {
    entryId: number;
    recordId: string | null;
    document: ReportDocument;
    nameWritten: string;
    page?: number;
    row?: number;
    paragraph?: number;
    text: string;
    /** Every decision on the entry up to the as-of date, oldest first. */
    decisions: { id: number; decision: string; recordId: string | null; confidence: number; by: string; at: string }[];
    status?: string;
  }[];
  /** The answers whose match stood accepted on the as-of date (the rule of ReportFacts.entries). */
  accepted: ReportEntry[];
  events: (ReportEvent & { documentId: number })[];
}
