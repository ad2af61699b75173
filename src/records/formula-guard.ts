/**
 * The guard against spreadsheet formula injection in exported CSV, and its removal on import, so that
 * export -> import changes nothing. A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage
 * return first) is prefixed with an apostrophe (OWASP's advice on CSV injection). A cell that already starts
 * with apostrophes before such a character gets one more, so that removing exactly one gives back any value.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `neutraliseFormula`: one leading apostrophe before a formula character is removed. */
export function removeFormulaGuard(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell) ? cell.slice(1) : cell;
}
