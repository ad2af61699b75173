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
  ethnicity?: string;
  nativePlace?: string;
  charge?: Bilingual;
  sentence?: Sentence;
  court?: string;
  status: Status;
  prison?: Bilingual;
  events: ResponseEvent[];
  termEnds?: PartialDate;
}

/** Where an entry came from in its document. */
export interface EntrySource {
  page?: number;
  row?: number;
  paragraph?: number;
  text: string;
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
