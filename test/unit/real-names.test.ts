import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createMatcher, type Matcher } from '../../src/match/index.js';
import { deriveNames } from '../../src/names/index.js';
import type { PrisonerRecord, RecordId } from '../../src/model/index.js';
// @ts-expect-error: plain JavaScript shared with the benchmarks (deterministic synthetic records, no real people)
import { generateRows } from '../../bench/generate.mjs';

interface RealName { id: string; name_zh: string; name_en: string; region: string; source: string }
const people = parse(readFileSync(join(__dirname, '../fixtures/match/real-names.csv')), { columns: true }) as RealName[];
const ethnicity = (p: RealName) => ({ tibet: 'Tibetan', uyghur: 'Uyghur' } as Record<string, string>)[p.region] ?? 'Han';
const rec = (id: string, zh: string, en: string, eth?: string): PrisonerRecord => ({
  id: id as RecordId, names: deriveNames({ zh, en, aliases: [], ethnicity: eth }), ethnicity: eth, sources: [],
});
/** 2,000 synthetic people beside the real ones, so that ranking first means something (none of them a namesake). */
const realCharacters = new Set(people.map((p) => deriveNames({ zh: p.name_zh, aliases: [] }).zhSimplified));
const others = (generateRows(2000, 3) as string[][])
  .map(([id, zh, en, , , , eth]) => rec(id, zh, en, eth))
  .filter((r) => !realCharacters.has(r.names.zhSimplified));

interface Figures { top1: number; top5: number; autoWrong: string[]; misses: string[] }
function measure(m: Matcher, query: (p: RealName) => string): Figures {
  let top1 = 0;
  let top5 = 0;
  const autoWrong: string[] = [];
  const misses: string[] = [];
  for (const p of people) {
    const r = m.matchName(query(p));
    const rank = r.candidates.findIndex((c) => c.id === p.id);
    if (rank === 0) top1++;
    else misses.push(`${query(p)} (${rank < 0 ? 'not found' : `rank ${rank + 1}`})`);
    if (rank >= 0 && rank < 5) top5++;
    if (r.decision === 'auto' && r.id !== p.id) autoWrong.push(`${query(p)} -> ${r.id}`);
  }
  return { top1: top1 / people.length, top5: top5 / people.length, autoWrong, misses };
}

describe(`real people as they write their names (${people.length}: Hong Kong and Taiwan legislators, dissidents, Tibetans, Uyghurs)`, () => {
  it('has at least 60 people, each with characters, a romanised name and a source', () => {
    expect(people.length).toBeGreaterThanOrEqual(60);
    for (const p of people) expect(p.name_zh && p.name_en && p.source, p.id).toBeTruthy();
  });

  it.each([
    ['romanised names find a characters-only database', (p: RealName) => rec(p.id, p.name_zh, '', ethnicity(p)), (p: RealName) => p.name_en],
    ['characters find a romanised-only database', (p: RealName) => rec(p.id, '', p.name_en, ethnicity(p)), (p: RealName) => p.name_zh],
  ])('%s: right record first >= 97% (>= 93% among 2,000 others), in the top five >= 97% (95%), no wrong auto', (_label, build, query) => {
    const alone = measure(createMatcher(people.map(build)), query);
    expect(alone.autoWrong).toEqual([]);
    expect(alone.top1, alone.misses.join('; ')).toBeGreaterThanOrEqual(0.97);
    expect(alone.top5, alone.misses.join('; ')).toBeGreaterThanOrEqual(0.97);
    // Among many others with the same surnames, a given name spelled in no system (Bi-khim) cannot rank first.
    const crowd = measure(createMatcher([...people.map(build), ...others]), query);
    expect(crowd.autoWrong).toEqual([]);
    expect(crowd.top1, crowd.misses.join('; ')).toBeGreaterThanOrEqual(0.93);
    expect(crowd.top5, crowd.misses.join('; ')).toBeGreaterThanOrEqual(0.95);
  });

  it('never auto-accepts a real person who is in no record (half of them left out)', () => {
    const known = people.filter((_, i) => i % 2 === 0);
    const m = createMatcher([...known.map((p) => rec(p.id, p.name_zh, p.name_en, ethnicity(p))), ...others]);
    const auto = people.filter((_, i) => i % 2 === 1).flatMap((p) => [p.name_zh, p.name_en]).filter((n) => m.matchName(n).decision === 'auto');
    expect(auto).toEqual([]);
  });
});

describe('the spellings the issue names', () => {
  const byId = new Map(people.map((p) => [p.id, p]));
  const chars = createMatcher([...people.map((p) => rec(p.id, p.name_zh, '', ethnicity(p))), ...others]);
  const first = (name: string) => chars.matchName(name).candidates[0]?.id;

  it('reads Cantonese from every form of a character: 何啓明 (stored) is Ho Kai Ming, as 何啟明 is', () => {
    const m = createMatcher([rec('A', '何啓明', ''), ...others]);
    for (const q of ['Ho Kai Ming', 'HO Kai-ming', 'Kai-ming Ho']) expect(m.matchName(q).candidates[0]?.id, q).toBe('A');
    expect(m.matchName('Ho Kai-ming').decision).toBe('auto');
  });

  it('derives Hong Kong government spellings from Jyutping: 冠 Kwun, 聰 Chung, 周 Chow, 單 Sin (as a surname), 司徒 Szeto', () => {
    expect(first('Nathan Law Kwun-chung')).toBe('HK07');
    expect(chars.matchName('Law Kwun-chung').decision).toBe('auto');
    expect(first('Agnes Chow Ting')).toBe('HK08');
    expect(first('Sin Chung-kai')).toBe('HK44');
    expect(first('Szeto Wah')).toBe('HK52');
    expect(first('Joshua Wong Chi-fung')).toBe('HK06');
  });

  it('offers the records with the surname for a Western given name, never auto unless the record has that English name', () => {
    for (const [q, id] of [['Albert Ho', 'HK01'], ['Emily Lau', 'HK02'], ['Jimmy Lai', 'HK03']] as const) {
      const r = chars.matchName(q);
      expect(r.decision, q).toBe('review');
      expect(r.candidates.map((c) => c.id), q).toContain(id);
    }
    const named = createMatcher([rec('E', '劉慧卿', 'Emily Lau Wai-hing'), rec('F', '劉德華', ''), ...others]);
    expect(named.matchName('Emily Lau')).toMatchObject({ decision: 'auto', id: 'E' });
    // Another English name on the record speaks against it.
    expect(named.matchName('Joyce Lau Wai-hing').decision).not.toBe('auto');
  });

  it('reads Taiwan spellings: Wade-Giles without apostrophes, given name first, MPS-II, Tongyong, own spellings in the top five', () => {
    expect(first('Li-Chiun Cheng')).toBe('TW10');
    expect(first('Chien-Ming Ker')).toBe('TW09');
    expect(first('Ko Wen-je')).toBe('TW11');
    expect(first('You Si-kun')).toBe('TW16');
    const real = createMatcher(people.map((p) => rec(p.id, p.name_zh, '', ethnicity(p))));
    for (const id of ['TW08', 'TW07', 'TW09', 'TW25']) {
      const name = byId.get(id)!.name_en;
      expect(real.matchName(name).candidates.slice(0, 5).map((c) => c.id), name).toContain(id);
    }
  });
});
