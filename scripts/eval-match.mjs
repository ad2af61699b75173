// Runs the matcher on ../shared/eval (or a folder given as argument) and prints the scorer's figures and a
// calibration table: for each confidence band, how many top candidates were right.
// usage: node scripts/eval-match.mjs [evalDir]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const evalDir = resolve(process.argv[2] ?? '../shared/eval');
const names = join(evalDir, 'names');
const tmp = mkdtempSync(join(tmpdir(), 'dialist-eval-'));
const cli = (...args) => execFileSync(process.execPath, ['bin/dialist.js', '--db', join(tmp, 'dev.db'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
try {
  cli('import', join(names, 'registry.csv'));
  const t0 = performance.now();
  const out = cli('match', join(names, 'queries.csv'), '--json');
  const ms = performance.now() - t0;
  writeFileSync(join(tmp, 'out.jsonl'), out);
  const score = execFileSync(process.execPath, [join(evalDir, 'score-match.mjs'), join(names, 'truth.csv'), join(tmp, 'out.jsonl')], { encoding: 'utf8' });
  console.log(score.trim());
  const truth = readFileSync(join(names, 'truth.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const rows = out.trim().split('\n').map((l) => JSON.parse(l));
  const bands = Array.from({ length: 10 }, (_, i) => ({ lo: i / 10, n: 0, right: 0 }));
  rows.forEach((o, i) => {
    const c = o.candidates[0];
    if (!c) return;
    const b = bands[Math.min(9, Math.floor(c.confidence * 10))];
    b.n++;
    if (c.id === truth[i][1]) b.right++;
  });
  console.log(`\nmatch command: ${rows.length} queries in ${(ms / 1000).toFixed(1)} s (with start-up)`);
  console.log('\ncalibration of the best candidate\'s confidence (ambiguous queries count as right when the pick is the labelled one):');
  console.log('confidence   candidates   right   share right');
  for (const b of bands) if (b.n) console.log(`${b.lo.toFixed(1)}-${(b.lo + 0.1).toFixed(1)}      ${String(b.n).padStart(6)}   ${String(b.right).padStart(6)}   ${(b.right / b.n).toFixed(3)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
