/** The review queue: items a person decides, what a decision is, and what the screens show. Pure data. */
import type { Decision, Evidence } from './match.js';
import type { EntryFacts, ResponseEvent } from './response.js';
import type { Status } from './record.js';

/**
 * A person's decision, stored as a further row of match_decisions (never an overwrite):
 * `accepted` this record is the person (also for a record created from the entry); `rejected` this candidate is
 * not the person (the item stays open); `no_match` no record is this person; `not_person` the entry names no
 * person; `unsure` deferred; `merged` / `distinct` a probable duplicate pair is one person / two people.
 */
export const PERSON_DECISIONS = ['accepted', 'rejected', 'no_match', 'not_person', 'unsure', 'merged', 'distinct'] as const;
export type PersonDecision = (typeof PERSON_DECISIONS)[number];
export type DecisionValue = Decision | PersonDecision;

/** States in which an item waits in the queue (`unsure` only with --unsure). */
export const OPEN_STATES: readonly DecisionValue[] = ['review', 'none', 'rejected', 'unsure'];

export type ReviewAction =
  | 'accept' | 'reject' | 'none' | 'new-record' | 'not-person' | 'unsure' | 'same' | 'not-same' | 'confirm' | 'undo';

export type ItemKind = 'entry' | 'duplicate';

/** Fields of a record created from an entry: prefilled from what the entry says, editable before saving. */
export interface NewRecordFields {
  id?: string;
  name_zh?: string;
  name_en?: string;
  gender?: 'M' | 'F' | 'X';
  birth_year?: string;
  ethnicity?: string;
  province?: string;
  status?: Status;
  prison?: string;
  charge?: string;
  notes?: string;
}

/** What a person asks for: one key on screen, one option of `dialist review decide`. */
export type DecisionRequest =
  | { action: 'accept'; recordId: string; via?: string }
  | { action: 'reject'; recordId: string }
  | { action: 'none' }
  | { action: 'not-person' }
  | { action: 'unsure' }
  | { action: 'new-record'; fields?: NewRecordFields }
  | { action: 'same'; keep?: string }
  | { action: 'not-same' };

export interface FieldChange {
  field: 'status' | 'prison';
  before?: string;
  after: string;
}

/** What accepting a candidate would write: the entry's events always; status and place only for newer news. */
export interface AcceptPlan {
  events: ResponseEvent[];
  changes: FieldChange[];
  /** The rule that applied, in words: "news of 2024-05 is newer than the record's latest (2019-11)". */
  reason: string;
  newsDate?: string;
}

export interface DocumentPlace {
  id: number;
  file: string;
  page?: number;
  row?: number;
  paragraph?: number;
  received?: string;
  sender?: string;
  listId?: number;
}

/** One line of the queue: enough to list, order and filter without describing the item. */
export interface QueueItem {
  item: string;
  kind: ItemKind;
  name: string;
  document?: DocumentPlace;
  state: DecisionValue;
  /** The id of the item's newest decision row (0 for a pair nobody decided): a decision must name it. */
  seen: number;
  candidates: { id: string; confidence: number; evidence: Evidence[] }[];
  rejected: string[];
  reason?: string;
  text: string;
  facts?: EntryFacts;
  /** Best minus second candidate's confidence (the clearest first with --order margin). */
  margin: number;
  /** How much news accepting would bring (dated events, a status, a place). */
  impact: number;
  /** For --stale: the decision whose record changed since, and what changed. */
  stale?: { decision: number; recordId: string; changed: string[] };
}

export interface RecordCard {
  id: string;
  zh?: string;
  zhTraditional?: string;
  pinyin?: string;
  en?: string;
  aliases: string[];
  birth?: string;
  gender?: string;
  province?: string;
  ethnicity?: string;
  prison?: string;
  status?: string;
  lists: { id: number; title: string; date: string }[];
  /** The record this ID was merged into, when it was. */
  mergedInto?: string;
  deleted?: boolean;
}

export interface CandidateView {
  id: string;
  confidence: number;
  evidence: Evidence[];
  record?: RecordCard;
  /** How common the name is: "3 records read Wang Jun", "2 records written 王军". */
  commonness: string[];
  rejected?: { decision: number; by: string; at: string };
  plan?: AcceptPlan;
}

export interface DecisionSummary {
  id: number;
  decision: DecisionValue;
  action?: ReviewAction;
  recordId?: string;
  by: string;
  at: string;
  note?: string;
  undoes?: number;
  batch?: number;
  /** In words: "alice accepted DEMO0008 at 2027-03-21T10:00:00Z (decision 31)". */
  summary: string;
}

/** Everything one screen (terminal or web) shows about an item. */
export interface ItemView extends QueueItem {
  /** The name as written and its other forms: characters, pinyin, other romanisations. */
  forms: { label: string; value: string }[];
  factLines: string[];
  candidateViews: CandidateView[];
  history: DecisionSummary[];
  /** For a new record from this entry. */
  prefill?: NewRecordFields;
}

export interface DecisionOutcome {
  decision: number;
  item: string;
  action: ReviewAction;
  value: DecisionValue;
  recordId?: string;
  created?: string;
  events: number;
  changes: FieldChange[];
  batch?: number;
  message: string;
}

export interface UndoOutcome {
  undone: number[];
  undoRows: number[];
  items: string[];
  /** Record fields put back; fields left as they are because something changed them since. */
  reverted: string[];
  left: string[];
  message: string;
}
