import type { PartialDate, Sentence, Status, RecordId } from './record.js';
import type { Decision, MatchCandidate } from './match.js';

export const EVENT_TYPES = ['detained', 'sentenced', 'sentence_reduced', 'commuted', 'paroled', 'medical_parole', 'released', 'died'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface ResponseEvent {
  type: EventType;
  date?: PartialDate;
  /** For sentence_reduced: the months taken off. For commuted: the new term in months, if a fixed term. */
  months?: number;
  /** For commuted: what the sentence became. */
  to?: Sentence;
}

export interface Bilingual { zh?: string; en?: string }

/** What one entry of a response says about one person. */
export interface EntryFacts {
  name: string;
  gender?: 'M' | 'F';
  birth?: PartialDate;
  /** The age the text gives right by the name ("Lobsang Tenzin, aged 28", 现年26岁的陈右津), with the year it was told. */
  age?: { years: number; in: number };
  ethnicity?: string;
  nativePlace?: string;
  charge?: Bilingual;
  sentence?: Sentence;
  court?: string;
  status: Status;
  prison?: Bilingual;
  events: ResponseEvent[];
  termEnds?: PartialDate;
  /** Events read in the text but not written, and why: negated, denied, hypothetical, or someone else's. */
  omitted?: { type: EventType; why: string; text: string }[];
}

/** Where an entry came from in its document. */
export interface EntrySource {
  page?: number;
  row?: number;
  paragraph?: number;
  /** The row, numbered paragraph, or (for prose) the sentences and clauses that speak of this person. */
  text: string;
  /** Why these words were given to this person (prose only): one line per mention and clause. */
  why?: string[];
  /** Present when the text was recognised from a scan. */
  ocr?: { confidence: number };
}

export interface ResponseEntry {
  seq: number;
  facts: EntryFacts;
  source: EntrySource;
}

export interface MatchedEntry extends ResponseEntry {
  recordId: RecordId | null;
  decision: Decision;
  confidence: number;
  reason: string;
  candidates: MatchCandidate[];
}

/** A piece of a document in reading order: a paragraph or line, or a table row with its cells. */
export interface DocumentBlock {
  kind: 'paragraph' | 'row';
  index: number;
  page?: number;
  text: string;
  cells?: string[];
  /** For text recognised from a scan: OCR's confidence in this line, 0-100. */
  ocrConfidence?: number;
  /** A blank line stood before this line: it starts a paragraph. */
  breakBefore?: boolean;
}

export type DocumentKind = 'pdf' | 'docx' | 'text' | 'html' | 'image';

/** Text in a file that a reader cannot see (hidden, 1-pt, white on white, display:none): skipped, never news. */
export interface HiddenText {
  /** Characters skipped. */
  chars: number;
  /** How it was hidden, e.g. "hidden (w:vanish)", "white on white", "under 3 pt". */
  how: string[];
  /** The start of what was skipped, for the person checking the warning. */
  sample: string;
}

export interface ReadDocument {
  kind: DocumentKind;
  /** True when the text was recognised from page images. */
  ocr?: boolean;
  encoding?: string;
  blocks: DocumentBlock[];
  /** What was skipped as invisible to a reader, if anything. */
  hidden?: HiddenText;
}

/** A stretch of one block's text: the block's index and character offsets in its text (never a copy). */
export interface TextRange {
  block: number;
  start: number;
  end: number;
}

/**
 * How a person is mentioned: `known` a name some record has; `introduced` a name a pattern introduces
 * (罪犯X, "Pastor X", "X (汉字)", "X was sentenced"); `surname`/`given` part of a name met before;
 * `pronoun` he, she, 其, 该犯.
 */
export type MentionKind = 'known' | 'introduced' | 'surname' | 'given' | 'pronoun';

export interface Mention extends TextRange {
  text: string;
  kind: MentionKind;
  /** Why this is a mention of this person, for the reviewer: "罪犯 before the name", "surname of Zhou Shifeng". */
  why: string;
}

/** Officials, lawyers and relatives are named but are not the people a response gives news of. */
export type PersonRole = 'subject' | 'official' | 'other';

/** One person a document speaks of, with every mention, in reading order. */
export interface PersonInText {
  /** The fullest name as written, with its characters when the text gives them: "Zhou Shifeng (周世峰)". */
  name: string;
  role: PersonRole;
  /** Only a surname was written and nothing before it says who is meant ("Jin was sentenced ..."). */
  surnameOnly?: boolean;
  /** Some record has a name written for this person. */
  known?: boolean;
  mentions: Mention[];
}

/** The clauses of a document that speak of one person, with why each was given to them. */
export interface PersonSpan {
  person: PersonInText;
  clauses: (TextRange & { why: string })[];
}
