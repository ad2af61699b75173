/** Where a command writes. Tests pass buffers; the launcher passes the process streams. */
import { formatDiagnostic, type Diagnostic } from '../model/index.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  tty: boolean;
}

export const processIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  tty: Boolean(process.stderr.isTTY),
});

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], { max = 50 }: { max?: number } = {}): void {
  diagnostics.slice(0, max).forEach((d) => io.err(formatDiagnostic(d) + '\n'));
  if (diagnostics.length > max) io.err(`... and ${diagnostics.length - max} more (use --json to see all)\n`);
}

export const printJson = (io: Io, value: unknown): void => io.out(JSON.stringify(value) + '\n');

/** A progress line on stderr, redrawn in place; silent when stderr is not a terminal. */
export function progress(io: Io, label: string) {
  let last = -1;
  return (done: number, total: number) => {
    if (!io.tty || total === 0) return;
    const pct = Math.floor((100 * done) / total);
    if (pct === last && done !== total) return;
    last = pct;
    const width = 30;
    const filled = Math.round((width * done) / total);
    io.err(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

/** Fixed-width text table for terminal output. */
export function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd()).join('\n') + '\n';
}
