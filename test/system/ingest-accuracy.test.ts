// Ingestion accuracy on generated response documents with ground truth (every kind and format), held to the
// thresholds of the ingestion issue: >= 95% right record and status; >= 90% on the other facts.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

describe('ingestion accuracy', () => {
  it('meets the thresholds on 64 generated documents with a seed the code was not tuned on', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'eval-ingest.mjs'), '64', '31337'], { encoding: 'utf8', cwd: root });
    console.log(out);
    const share = (field: string) => Number(new RegExp(`^${field}\\s+([\\d.]+)%`, 'm').exec(out)![1]);
    expect(share('record')).toBeGreaterThanOrEqual(95);
    expect(share('status')).toBeGreaterThanOrEqual(95);
    for (const f of ['sentence', 'reductions', 'release', 'place', 'charge']) expect(share(f), f).toBeGreaterThanOrEqual(90);
  });
});
