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

/**
 * Control characters (terminal escapes, NUL, C1) and text-direction overrides in data would act on the
 * user's terminal or reorder what it shows: printed text shows them as visible escapes (\x1b, \u202e).
 * Tab and line feed stay unless `lines` is false (one table cell, one diagnostic line).
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escapeChar = (c: string) => {
  if (NAMED[c]) return NAMED[c];
  const n = c.codePointAt(0)!;
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};
export const escapeControls = (s: string, { lines = true }: { lines?: boolean } = {}): string => s.replace(lines ? UNSAFE : UNSAFE_IN_LINE, escapeChar);

export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], { max = 50 }: { max?: number } = {}): void {
  diagnostics.slice(0, max).forEach((d) => io.err(escapeControls(formatDiagnostic(d), { lines: false }) + '\n'));
  if (diagnostics.length > max) io.err(`... and ${diagnostics.length - max} more (use --json to see all)\n`);
}

/** JSON escapes C0 controls itself; C1 controls and direction overrides are escaped too (\u009b), still valid JSON. */
export const printJson = (io: Io, value: unknown): void =>
  io.out(JSON.stringify(value).replace(/[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n');

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

/** Fixed-width text table for terminal output; control characters in cells are shown escaped. */
export function table(input: string[][]): string {
  const rows = input.map((r) => r.map((c) => escapeControls(c, { lines: false })));
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd()).join('\n') + '\n';
}
