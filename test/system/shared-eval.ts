// The labelled evaluation data lives in ../shared/eval, next to the checkout, not in the repository. A fresh
// clone does not have it: the tests that need it are then reported as not run, with the reason, instead of failing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const evalDir = resolve(__dirname, '../../../shared/eval');
export const hasSharedEval = existsSync(join(evalDir, 'names', 'registry.csv'));

/** Prints why the tests of `what` are skipped (vitest lists them as skipped): call at the top of the test file. */
export function sayIfSharedEvalMissing(what: string): void {
  if (!hasSharedEval) console.warn(`NOT RUN: ${what}: no evaluation data at ${evalDir} (the labelled set kept next to the checkout as ../shared/eval). Put it there to run these tests.`);
}
