/**
 * Blocks from HTML (mammoth's output for DOCX, or an HTML response): paragraphs, list items and headings
 * as paragraphs; table rows with their cells. Scripts and styles are dropped.
 */
import { decodeHTMLStrict } from 'entities';
import type { DocumentBlock } from '../../model/index.js';

/** Entities as written, then once more: a page that escaped its own entities ("&amp;mdash;") shows "&mdash;" to a reader who means "—". */
const decodeTwice = (text: string) => decodeHTMLStrict(decodeHTMLStrict(text));

export function htmlText(fragment: string): string {
  return decodeTwice(fragment
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ''))
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

export function htmlBlocks(html: string): DocumentBlock[] {
  const clean = html.replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, '');
  const blocks: DocumentBlock[] = [];
  const re = /<tr[^>]*>([\s\S]*?)<\/tr>|<(p|li|h[1-6]|div)[^>]*>([\s\S]*?)<\/\2>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    if (m[1] !== undefined) {
      const cells = [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => htmlText(c[1]).replace(/\n+/g, ' '));
      if (cells.some(Boolean)) blocks.push({ kind: 'row', index: blocks.length, text: cells.join(' | '), cells });
    } else {
      const text = htmlText(m[3]);
      if (text && !/<(p|li|div|table)/i.test(m[3])) blocks.push({ kind: 'paragraph', index: blocks.length, text });
    }
  }
  if (!blocks.length) {
    const text = htmlText(clean);
    for (const line of text.split('\n')) if (line.trim()) blocks.push({ kind: 'paragraph', index: blocks.length, text: line.trim() });
  }
  return blocks;
}
