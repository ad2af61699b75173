import { spawn } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
  if ('uid' in other) assertReadableByOthers();
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

/** The user `nobody` must be able to read the checkout and its node_modules; say so plainly when it cannot. */
function assertReadableByOthers(): void {
  for (const start of [root, realpathSync(join(root, 'node_modules'))]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (!(statSync(dir).mode & 0o001)) {
        throw new Error(`${dir} is not readable by other users: tests of a read-only database run as root switch to the user nobody, who must read ${start}. Run the tests as an ordinary user, or from a folder others can read.`);
      }
      if (dirname(dir) === dir) break;
    }
  }
}
