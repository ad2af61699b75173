/**
 * A person named by surname alone, with no full name before it ("Jin was sentenced ..."): the people on the
 * list the response answers who bear that surname are the candidates, for a person to choose. Never auto.
 */
import type { MatchResult, PrisonerRecord, RecordId } from '../model/index.js';
import { foldLatin, readPinyin, surnameLength, wadeGilesToPinyin, hongKongReadings, foldCantonese } from '../names/index.js';

/** Every way the record's surname may be written in Latin letters, folded. */
function surnameSpellings(r: PrisonerRecord): Set<string> {
  const out = new Set<string>();
  const zh = r.names.zhSimplified;
  if (zh && !zh.includes('·')) {
    const n = surnameLength(zh);
    const { plain } = readPinyin(zh);
    out.add(plain.slice(0, n).join(''));
    for (const reading of hongKongReadings(zh.slice(0, n))) out.add(foldCantonese(reading.join('')));
  }
  const words = r.names.en ? foldLatin(r.names.en).split(' ') : [];
  if (words.length >= 2) for (const w of [words[0], words[words.length - 1]]) out.add(w.replace(/-/g, ''));
  return out;
}

export function surnameCandidates(written: string, listIds: readonly RecordId[], getRecord: (id: string) => PrisonerRecord | undefined): MatchResult {
  const w = foldLatin(written).replace(/[^a-z]/g, '');
  const forms = new Set([w, foldCantonese(w), ...(wadeGilesToPinyin([[w]]) ?? []).map((r) => r.join(''))]);
  const matches = listIds.map((id) => getRecord(id)).filter((r): r is PrisonerRecord => Boolean(r))
    .filter((r) => [...surnameSpellings(r)].some((s) => forms.has(s) || forms.has(foldCantonese(s))));
  const confidence = matches.length ? Math.round(1000 / (matches.length + 1)) / 1000 : 0;
  const candidates = matches.slice(0, 5).map((r) => ({
    id: r.id, confidence,
    evidence: [{ feature: 'surname only', score: 0.5, detail: `"${written}" is the surname of ${[r.names.zh, r.names.en ?? r.names.pinyin].filter(Boolean).join(' / ')}, on the list answered` }],
  }));
  return matches.length
    ? { id: matches[0].id, confidence, decision: 'review', reason: `only a surname is written ("${written}") and no full name before it says who: ${matches.length} on the list answered bear it`, candidates }
    : { id: null, confidence: 0, decision: 'none', reason: `only a surname is written ("${written}"), and nobody on the list answered bears it`, candidates: [] };
}
