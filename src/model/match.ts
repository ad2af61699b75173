import type { RecordId } from './record.js';

/** One piece of evidence for or against a candidate: never a bare number. */
export interface Evidence {
  feature: string;
  /** Contribution in [-1, 1]: positive supports the match, negative speaks against it. */
  score: number;
  detail: string;
}

export type Decision = 'auto' | 'review' | 'none';

export interface MatchCandidate {
  id: RecordId;
  /** Calibrated probability that this record is the person named. */
  confidence: number;
  evidence: Evidence[];
}

export interface MatchContext {
  birthYear?: number;
  /** A birth year worked out from an age the text gives ("aged 28" in a 2018 report): it orders namesakes, never confirms one. */
  approxBirthYear?: number;
  gender?: string;
  province?: string;
  ethnicity?: string;
  /** Records on the list the text answers: preferred among equals. */
  preferIds?: readonly RecordId[];
  /** Text came from OCR: be more cautious before auto-accepting. */
  ocr?: boolean;
  /** OCR's confidence (0-100) in the text the name was read from. */
  ocrConfidence?: number;
}

export interface MatchResult {
  id: RecordId | null;
  confidence: number;
  decision: Decision;
  /** Why this decision: e.g. "two records equally plausible". */
  reason: string;
  candidates: MatchCandidate[];
}
