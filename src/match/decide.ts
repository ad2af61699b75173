/**
 * Decision: auto only when the best candidate is clearly right and no other record is plausible;
 * near ties go to review with the evidence; nothing plausible is none.
 * Confidence is a softmax over the candidates and a "none of these" alternative, calibrated on the
 * labelled development set (see `npm run eval`).
 */
import type { MatchCandidate, MatchContext, MatchResult } from '../model/index.js';
import type { MatchSettings } from './config.js';
import type { ScoredCandidate } from './score.js';

/**
 * Two records whose scores, leaving the list bonus aside, are this close are equally plausible: review,
 * whatever autoMargin and onList say. A fixed rule, not a setting, so that no config file can switch it off.
 */
export const EQUALLY_PLAUSIBLE = 0.02;
const LIST_FEATURE = 'on the list answered';
/** Evidence that ranks namesakes and never separates them: being on the list answered, an age that fits a birth year. */
const RANKING_ONLY = new Set([LIST_FEATURE, 'age fits birth year']);
/** The score without the ranking-only evidence. */
const withoutRankingOnly = (c: ScoredCandidate) => c.score - c.evidence.filter((e) => RANKING_ONLY.has(e.feature)).reduce((a, e) => a + e.score, 0);

export function decide(scored: ScoredCandidate[], s: MatchSettings, { limit = 5, context = {} }: { limit?: number; context?: MatchContext } = {}): MatchResult {
  const top = scored.slice(0, Math.max(limit, 2));
  const weights = top.map((c) => Math.exp(s.sharpness * (c.score - s.noneScore)));
  const total = weights.reduce((a, b) => a + b, 0) + 1;
  const candidates: MatchCandidate[] = top.slice(0, limit).map((c, i) => ({
    id: c.record.id,
    confidence: Math.round((1000 * weights[i]) / total) / 1000,
    evidence: c.evidence,
  }));
  const best = scored[0];
  if (!best || best.score < s.reviewMinimum) {
    return { id: null, confidence: candidates[0]?.confidence ?? 0, decision: 'none', reason: best ? 'no plausible record' : 'no candidate', candidates };
  }
  const second = scored[1];
  const margin = second ? withoutRankingOnly(best) - withoutRankingOnly(second) : Infinity;
  // Signed: the list bonus never lifts a record above one whose name and context agree as well or better.
  const rival = scored.slice(1).find((c) => withoutRankingOnly(best) - withoutRankingOnly(c) < EQUALLY_PLAUSIBLE);
  let reason: string;
  if (best.score < s.autoMinimum) reason = `best score ${best.score} is below the auto-accept minimum ${s.autoMinimum}`;
  else if (margin < s.autoMargin) reason = `another record is as plausible (${second!.record.id} scores ${second!.score})`;
  else if (rival) reason = `another record is as plausible (${rival.record.id} scores ${rival.score}${rival.score < best.score ? ', the difference being only the list answered' : ''})`;
  else if (best.contradicted) reason = 'context speaks against the best candidate';
  else if (best.readingOnly && scored.some((c) => c !== best && c.sameReadingOtherCharacters && c.score >= s.reviewMinimum)) {
    reason = `the best record is known only by a romanised name, and another record has the same reading in other characters (${scored.find((c) => c !== best && c.sameReadingOtherCharacters)!.record.id})`;
  }
  else if (context.ocr && (context.ocrConfidence ?? 0) < s.ocrAutoConfidence) reason = `recognised from a scan with confidence ${context.ocrConfidence ?? 'unknown'} (below ${s.ocrAutoConfidence}): a person should compare it with the image`;
  else return { id: best.record.id, confidence: candidates[0].confidence, decision: 'auto', reason: 'clear best match', candidates };
  return { id: best.record.id, confidence: candidates[0].confidence, decision: 'review', reason, candidates };
}
