/** The report as computed: what every renderer (text, HTML, XLSX, JSON) shows. */
import type { Estimate, KaplanMeierStep } from './stats.js';
import type { ClemencyType, TermBasis } from './clemency.js';

/** Text in both languages: every sentence the report writes for people to read. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface YearFigures {
  /** Lists handed over. */
  lists: number;
  /** People on those lists (each counted once). */
  namesListed: number;
  /** People listed for the first time. */
  newNames: number;
  /** Response documents received. */
  responses: number;
  /** People an accepted answer said something about. */
  namesWithNews: number;
  clemencyActs: number;
  namesWithClemency: number;
}

export interface YearRow extends YearFigures {
  year: number;
}

export interface RecipientRow {
  /** The dialogue partner (the recipient without its session). */
  recipient: string;
  /** The recipients as written on the lists. */
  writtenAs: string[];
  lists: number;
  namesListed: number;
  responses: number;
  listsAnswered: number;
  answerRate: Estimate;
  /** Among the lists answered: the median of days from handing over to the first answer. */
  medianDaysToAnswer: number | null;
  /** People on this partner's lists about whom no answer to those lists said anything. */
  namesNeverAnswered: number;
}

export interface SenderRow {
  sender: string;
  responses: number;
  listsAnswered: number;
  /** Accepted entries in those responses. */
  entries: number;
  namesWithNews: number;
  firstReceived: string;
  lastReceived: string;
}

export interface Curve {
  lists: number;
  answered: number;
  /** Lists still without an answer on the as-of date (censored: counted until then, not dropped). */
  waiting: number;
  /** Days by which half the lists were answered (Kaplan–Meier); null while more than half still wait. */
  medianDays: number | null;
  steps: KaplanMeierStep[];
}

export interface Responsiveness extends Curve {
  byRecipient: (Curve & { recipient: string })[];
}

export interface GroupRisk {
  people: number;
  withClemency: number;
  risk: Estimate;
  /** People any accepted answer said anything about (how much is known about the group at all). */
  withNews: number;
}

export interface MatchedComparison {
  /** Characteristics matched on. */
  on: string[];
  /** Characteristics left out, with the share of people for whom they are known, and why. */
  notOn: { covariate: string; known: number; reason: 'unrecorded' | 'too_few_to_match' }[];
  /** Share of the listed (with the characteristics known) who found never-listed people like them. */
  matchedShare: number;
  /** Strata holding both listed and never-listed people. */
  strata: number;
  listed: { people: number; withClemency: number };
  neverListed: { people: number; withClemency: number };
  riskRatio: Estimate;
}

export type Verdict = 'too_few' | 'no_difference_shown' | 'more_when_listed' | 'less_when_listed';

export interface Impact {
  period: { from: string; to: string } | null;
  listed: GroupRisk;
  neverListed: GroupRisk;
  riskRatio: Estimate;
  matched: MatchedComparison | null;
  /** Why there is no matched comparison, when there is none. */
  matchedNote?: Bilingual;
  verdict: Verdict;
  verdictText: Bilingual;
  /** Clemency acts with no date, which cannot be placed in the period. */
  undatedActs: number;
  /** What biases this comparison: always shown beside it. */
  biases: Bilingual[];
}

export interface OverdueList {
  id: number;
  recipient: string;
  title: string;
  date: string;
  days: number;
}

export interface OverduePerson {
  id: string;
  name: string;
  timesListed: number;
  lastListed: string;
}

export interface Report {
  asOf: string;
  from: number | null;
  to: number | null;
  recipientFilter: string | null;
  years: YearRow[];
  total: YearFigures & { undatedClemencyActs: number };
  recipients: RecipientRow[];
  senders: SenderRow[];
  responsiveness: Responsiveness;
  impact: Impact;
  overdue: { days: number; minListed: number; lists: OverdueList[]; people: OverduePerson[] };
  /** What the database holds that is dated, or was recorded, after the as-of date (left out). */
  leftOut: { lists: number; documents: number; decisions: number; events: number };
  notes: Bilingual[];
}

export interface DossierItem {
  /** The day it happened, to the precision known (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
  date: string | null;
  kind: 'list' | 'answer' | 'event';
  text: string;
  /** Lists: the list; answers: the document and where in it; events: the answer that told it. */
  source?: string;
}

export interface Dossier {
  asOf: string;
  id: string;
  /** When the ID asked for was merged into another, the ID asked for. */
  askedAs?: string;
  mergedIds: string[];
  name: string;
  sentence?: string;
  detained?: string;
  status?: string;
  timesListed: number;
  answers: number;
  timeline: DossierItem[];
  clemency: { type: ClemencyType; date: string | null; months?: number }[];
  term: { end: string | null; basis: TermBasis | null; reducedMonths: number; explanation: Bilingual };
  releaseDue: 'due' | 'maybe' | null;
  flags: Bilingual[];
}
