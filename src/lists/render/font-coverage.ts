/**
 * Characters a list would print that the embedded font (Noto Sans Hans) cannot draw: pdf-lib draws them as
 * empty boxes without an error, and Word may fall back to another font or a box. Found before rendering, so
 * that the person sees which record and which character, and can correct the record.
 */
import type { Diagnostic } from '../../model/index.js';
import type { ListLayout } from '../layout.js';
import { missingGlyphs } from './cjk-font.js';

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const describe = (chars: string[]) => chars.map((c) => `${codePoint(c)} ${/\p{L}|\p{N}|\p{P}|\p{S}/u.test(c) ? c : ''}`.trim()).join(', ');

/**
 * One warning per row (naming the record by `ids[i]`) and one for the heading and letter, listing the
 * characters the font lacks.
 */
export function findUnprintable(layout: ListLayout, { ids, list }: { ids: readonly string[]; list: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (where: string, row: number | undefined, chars: string[]) => out.push({
    code: 'UNPRINTABLE_CHARACTER', severity: 'warning', place: { file: `list ${list}`, row },
    message: `${where}: ${chars.length} character(s) the embedded font cannot print (empty boxes in the PDF)`,
    found: describe(chars),
    hint: 'Correct the record if the character is a mistake (a stray symbol, a control character); otherwise check the printed list by eye.',
  });
  const frame = missingGlyphs([...layout.heading, ...layout.subheading, ...layout.letter.zh, ...layout.letter.en, layout.footer, ...layout.columns.flatMap((c) => c.header)].join('\n'));
  if (frame.length) warn('title, letter or headers', undefined, frame);
  layout.rows.forEach((cells, i) => {
    const missing = missingGlyphs(cells.flat().join('\n'));
    if (missing.length) warn(`record ${ids[i] ?? '?'} (row ${i + 1})`, i + 1, missing);
  });
  return out;
}
