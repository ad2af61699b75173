// Ingestion of real published texts (test/fixtures/real): UN reports quoting China's replies, WGAD opinions,
// foreign-ministry answers, court rulings as published, accounts of officials' answers. Held to the thresholds
// of issue 9 on the development cases; the held-out cases are printed beside them (their misses were read after
// the first measurement, so they are a check against regressions now, not an unseen test: see the README).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const evalReal = (set: string) => {
  const out = execFileSync(process.execPath, [join(root, 'scripts', 'eval-real.mjs'), '--set', set, '--json'], { encoding: 'utf8', cwd: root });
  return JSON.parse(out)[set] as Record<string, number> & { status: [number, number]; sentence: [number, number]; keyEvents: [number, number]; wrongAutoList: string[] };
};
const pct = (a: number, b: number) => (100 * a) / Math.max(1, b);

describe('real published texts', () => {
  it('development cases: people found and matched, real entries, status, sentence, dated events, no wrong auto match', () => {
    const t = evalReal('dev');
    const figures = {
      people: pct(t.found + t.notInRecordsFound, t.people), entries: pct(t.realEntries, t.entries),
      status: pct(...t.status), sentence: pct(...t.sentence), events: pct(...t.keyEvents), wrongAuto: t.wrongAuto,
    };
    console.log(`dev (${t.cases} texts, ${t.people} people):`, JSON.stringify(figures));
    expect(t.cases).toBeGreaterThanOrEqual(20);
    expect(figures.people).toBeGreaterThanOrEqual(90);
    expect(figures.entries).toBeGreaterThanOrEqual(90);
    expect(figures.status).toBeGreaterThanOrEqual(85);
    expect(figures.sentence).toBeGreaterThanOrEqual(85);
    expect(figures.events).toBeGreaterThanOrEqual(75);
    expect(figures.wrongAuto).toBe(0);
  });

  // Wrong auto matches known and left, each with the reason nothing can tell (README, "What it cannot do"): any other
  // fails the test.
  const KNOWN_WRONG_AUTO: Record<string, string[]> = {
    // A student the text names, in no record, whose full name is the one record's name (a distractor born 1961); the
    // text gives no age, place or list that could part them.
    holdout7: ['en-news-globaltimes-tohti-students-2014: Akbar Imin -> H7A0008'],
  };
  // holdout/, holdout2/, …: each batch was measured once unseen, then its misses were read (see the README).
  const heldOut = readdirSync(join(root, 'test/fixtures/real')).filter((d) => d.startsWith('holdout')).sort();
  it.each(heldOut)('held-out cases (%s): no wrong auto match but the known ones (the other figures are printed)', (set) => {
    const t = evalReal(set);
    console.log(`${set} (${t.cases} texts, ${t.people} people): people ${pct(t.found + t.notInRecordsFound, t.people).toFixed(1)}%, entries ${pct(t.realEntries, t.entries).toFixed(1)}%, status ${pct(...t.status).toFixed(1)}%, sentence ${pct(...t.sentence).toFixed(1)}%, events ${pct(...t.keyEvents).toFixed(1)}%`);
    expect(t.cases).toBeGreaterThan(0);
    expect(t.wrongAutoList).toEqual(KNOWN_WRONG_AUTO[set] ?? []);
  });
});
