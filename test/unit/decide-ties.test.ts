// "Two equally plausible records go to review" holds whatever the settings say (issue 13, item 7): the rule
// lives in decide(), not in autoMargin, so a config file (or a library caller) cannot switch it off.
import { describe, expect, it } from 'vitest';
import { MATCH_DEFAULTS, createMatcher, type MatchSettings } from '../../src/match/index.js';
import { decide } from '../../src/match/decide.js';
import { buildNameIndex } from '../../src/match/name-index.js';
import { queryKeys } from '../../src/match/keys.js';
import { scoreCandidates } from '../../src/match/score.js';
import { deriveNames } from '../../src/names/index.js';
import type { MatchContext, PrisonerRecord, RecordId } from '../../src/model/index.js';

const rec = (id: string, zh: string, en: string, born: number): PrisonerRecord => ({
  id: id as RecordId, names: deriveNames({ zh, en, aliases: [] }), sources: [], birth: { value: String(born), precision: 'year' },
});
const records = [rec('A1', '王军', 'Wang Jun', 1970), rec('A2', '王军', 'Wang Jun', 1971), rec('A3', '朱东', 'Zhu Dong', 1968)];
const defaults = Object.fromEntries(Object.entries(MATCH_DEFAULTS).map(([k, v]) => [k, v.value])) as MatchSettings;
const index = buildNameIndex(records);
// Scores and decides with settings as given, without the range check a config file goes through.
const decideRaw = (name: string, settings: Partial<MatchSettings>, context: MatchContext = {}) => {
  const s = { ...defaults, ...settings };
  return decide(scoreCandidates(queryKeys(name), context, index, s), s, { context });
};

describe('namesakes are never auto-accepted, whatever the settings', () => {
  it('with autoMargin 0 or below', () => {
    for (const autoMargin of [0, -1]) {
      for (const name of ['王军', 'Wang Jun']) expect(decideRaw(name, { autoMargin }).decision, `${name} ${autoMargin}`).toBe('review');
    }
  });

  it('with a list bonus larger than the margin: being on the list alone never separates two namesakes', () => {
    const r = decideRaw('王军', { onList: 0.5 }, { preferIds: ['A1' as RecordId] });
    expect(r.candidates[0].id).toBe('A1');
    expect(r.decision).toBe('review');
  });

  it('near-equal scores are equally plausible too', () => {
    // Born 1970 agrees with A1 (+0.04) and is one year from A2 (+0.03 here): 0.01 apart.
    const r = decideRaw('王军', { autoMargin: 0, birthYearNear: 0.03 }, { birthYear: 1970 });
    expect(r.candidates.map((c) => c.id)).toEqual(['A1', 'A2']);
    expect(r.decision).toBe('review');
  });

  it('a clear match is still auto', () => {
    expect(decideRaw('朱东', { autoMargin: 0 }).decision).toBe('auto');
  });

  it('createMatcher refuses settings outside their range', () => {
    expect(() => createMatcher(records, { settings: { autoMargin: 0 } })).toThrow(/autoMargin.*from 0\.05 to/);
  });
});
