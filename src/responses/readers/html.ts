/**
 * Blocks from HTML (mammoth's output for DOCX, or an HTML response): paragraphs, list items and headings
 * as paragraphs; table rows with their cells. Scripts and styles are dropped.
 */
import { decodeHTMLStrict } from 'entities';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
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

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'header',
  'footer', 'main', 'aside', 'nav', 'dd', 'dt', 'figcaption', 'caption', 'address', 'center', 'ul', 'ol', 'dl', 'form', 'fieldset', 'table', 'tbody', 'thead', 'tfoot']);
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'title']);
const isElement = (n: Node): n is Element => 'tagName' in n;
const childrenOf = (n: Node): Node[] => (n.nodeName === 'template' ? [] : ('childNodes' in n ? n.childNodes : []));
const hasBlock = (n: Node): boolean => childrenOf(n).some((c) => isElement(c) && (BLOCK.has(c.tagName) || c.tagName === 'tr' || hasBlock(c)));

/**
 * Blocks in reading order, from a parsed page (parse5, as a browser parses it): paragraphs, list items and headings as
 * paragraphs; the rows of a data table with their cells. A table used for layout (a court's page holds the whole
 * ruling in one cell, paragraph by paragraph) is read as the paragraphs it holds.
 */
export function htmlBlocks(html: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let inline = '';
  const flush = () => {
    // One paragraph, its line breaks (a <br>, or hard breaks in the source) kept as the text has them.
    const text = htmlText(inline.replace(/</g, '&lt;'));
    inline = '';
    if (text) blocks.push({ kind: 'paragraph', index: blocks.length, text });
  };
  const textOf = (n: Node): string => {
    if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
    if (!isElement(n) || SKIP.has(n.tagName)) return '';
    if (n.tagName === 'br') return '\n';
    const inner = childrenOf(n).map(textOf).join('');
    return BLOCK.has(n.tagName) || n.tagName === 'tr' ? `\n${inner}\n` : inner;
  };
  const walk = (n: Node) => {
    if (n.nodeName === '#text') { inline += (n as DefaultTreeAdapterMap['textNode']).value; return; }
    if (!isElement(n) && n.nodeName !== '#document' && n.nodeName !== '#document-fragment') return;
    if (isElement(n)) {
      if (SKIP.has(n.tagName)) return;
      if (n.tagName === 'br') { inline += '\n'; return; }
      if (n.tagName === 'tr') {
        const cells = childrenOf(n).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
        if (!(cells.length === 1 && hasBlock(cells[0]))) {
          flush();
          const texts = cells.map((c) => htmlText(textOf(c).replace(/</g, '&lt;')).replace(/\n+/g, ' '));
          if (texts.some(Boolean)) blocks.push({ kind: 'row', index: blocks.length, text: texts.join(' | '), cells: texts });
          return;
        }
      }
      if (BLOCK.has(n.tagName) || n.tagName === 'tr' || n.tagName === 'td' || n.tagName === 'th') {
        flush();
        for (const c of childrenOf(n)) walk(c);
        flush();
        return;
      }
    }
    for (const c of childrenOf(n)) walk(c);
  };
  walk(parse(html));
  flush();
  return blocks;
}
