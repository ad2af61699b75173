import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const entry = join(root, 'test', 'helpers', 'cli-entry.ts');

export interface ProcessResult { code: number | null; out: string; err: string }

/**
 * Runs the CLI from source in a separate process (tsx), for what an in-process run cannot show: two writers
 * at once, or a user who may not write a file. `asOtherUser` runs it as `nobody` when the tests run as root
 * (root may write read-only files, so a read-only database would not be read-only to it).
 */
export function cliProcess(argv: string[], { asOtherUser = false, cwd = root }: { asOtherUser?: boolean; cwd?: string } = {}): Promise<ProcessResult> {
  const other = asOtherUser && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return new Promise((done, fail) => {
    // `--import tsx` is resolved from the working folder: the repository root has it in node_modules.
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...argv], { cwd: root, env: { ...process.env, DIALIST_CWD: cwd }, ...other });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}
