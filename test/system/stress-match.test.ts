// Variations beyond the development set (tone numbers, titles, brackets, mistaken characters ...):
// the right person stays among the candidates, and nobody is auto-accepted wrongly.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { evalDir, hasSharedEval, sayIfSharedEvalMissing } from './shared-eval.js';

const root = resolve(__dirname, '../..');

sayIfSharedEvalMissing('matching under variations (scripts/stress-match.mjs on ../shared/eval)');

describe.skipIf(!hasSharedEval)('matching under variations the development set lacks', () => {
  it('never auto-accepts a wrong record, and keeps the right one in the top five', () => {
    const out = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts', 'stress-match.mjs'), evalDir], { encoding: 'utf8', cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }));
    console.log(out);
    for (const [variant, s] of Object.entries(out) as [string, { top5: number; autoWrong: number }][]) {
      expect(s.autoWrong, variant).toBe(0);
      if (variant !== 'otherCharacterMistake') expect(s.top5, variant).toBeGreaterThanOrEqual(99);
    }
    expect((out as Record<string, { top5: number }>).otherCharacterMistake.top5).toBeGreaterThanOrEqual(80);
  });
});
