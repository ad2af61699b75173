import { describe, expect, it } from 'vitest';
import { remember } from '../../src/names/chinese.js';

describe('remember: a bounded cache for names, and a small one for long texts', () => {
  it('reads a name once, and keeps only a few long texts so a batch of documents is not held in memory', () => {
    let calls = 0;
    const f = remember((s: string) => { calls++; return s.length; });
    f('王建兵'); f('王建兵');
    expect(calls).toBe(1);
    const text = (i: number) => `${i} ${'长文本'.repeat(40)}`;
    f(text(0)); f(text(0));
    expect(calls).toBe(2);
    // 200 other documents later, the first is no longer kept: the long-text cache holds only a few.
    for (let i = 1; i <= 200; i++) f(text(i));
    calls = 0;
    f(text(0));
    expect(calls).toBe(1);
    // …while a name read before them all is still remembered.
    f('王建兵');
    expect(calls).toBe(1);
  });
});
