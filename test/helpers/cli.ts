import { runCli } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** Runs the CLI in-process and captures what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string; lines: () => any[] }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), tty: false };
  const code = await runCli(argv, io);
  return { code, out, err, lines: () => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}
