/**
 * Problems in the data are diagnostics, not exceptions: a stable code, where it is, what was found,
 * what was expected and what to do. Batches go on; the CLI decides the exit code.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Place {
  file?: string;
  row?: number;
  column?: string;
  page?: number;
  line?: number;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  place: Place;
  message: string;
  found?: string;
  expected?: string;
  hint?: string;
}

export function formatPlace(p: Place): string {
  const parts = [p.file ?? '<input>'];
  if (p.page !== undefined) parts.push(`page ${p.page}`);
  if (p.row !== undefined) parts.push(String(p.row));
  if (p.line !== undefined) parts.push(String(p.line));
  if (p.column !== undefined) parts.push(p.column);
  return parts.join(':');
}

/** One line a person can act on: `file:row:column: error CODE: message (found X; expected Y). hint` */
export function formatDiagnostic(d: Diagnostic): string {
  const bits = [`${formatPlace(d.place)}: ${d.severity} ${d.code}: ${d.message}`];
  const detail: string[] = [];
  if (d.found !== undefined) detail.push(`found ${JSON.stringify(d.found)}`);
  if (d.expected !== undefined) detail.push(`expected ${d.expected}`);
  if (detail.length) bits.push(` (${detail.join('; ')})`);
  if (d.hint) bits.push(`. ${d.hint}`);
  return bits.join('');
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

/** Typed exception for failures that are not about the data (a bug, a missing file, a locked database). */
export class DialistError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DialistError';
  }
}
