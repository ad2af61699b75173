/** Draws a list layout as PDF with pdf-lib and an embedded, subsetted CJK font. The only file that imports pdf-lib. */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ListLayout } from '../layout.js';
import { cjkFontBytes, fontkitAdapter } from './cjk-font.js';

const SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;

const CJK = '\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F';
const HAN = '\u3400-\u9FFF\uF900-\uFAFF';
const NAME_DOTS = '\u00B7\u30FB\u2027\u2022';
/**
 * Pieces a line may break before: a part of a dotted name in characters (努尔买买提· | 阿不都热依木), any other
 * Chinese character, a run of spaces, or a romanised word up to and including "·", "-" or "/" (Nurmemet· | Abdurehim).
 */
const PIECES = new RegExp(`[${HAN}]{1,10}[${NAME_DOTS}](?=[${HAN}])|(?<=[${NAME_DOTS}])[${HAN}]{1,10}|[${CJK}]|[^\\s${CJK}]+?(?:[${NAME_DOTS}\\-/](?=[^\\s${CJK}])|(?=[\\s${CJK}])|$)|\\s+`, 'gu');
const isHan = (s: string) => new RegExp(`^[${CJK}${NAME_DOTS}]+$`, 'u').test(s);
const baseLetter = (c: string) => c.normalize('NFD').charAt(0).toLowerCase();
const isVowel = (c: string) => 'aeiouü'.includes(baseLetter(c)) || c.normalize('NFD').startsWith('u\u0308');
const isLetter = (c: string) => /\p{L}/u.test(c);

/**
 * Where a romanised word may break between syllables: before a consonant (or zh/ch/sh) that starts a syllable,
 * i.e. is followed by a vowel with a vowel somewhere before it (Ā|bù|dōu|rè|yī|mù, Ab|du|re|him), and after an
 * apostrophe (Tǔ'|ěr|xùn). Returns character offsets.
 */
export function syllableBreaks(word: string): number[] {
  const c = [...word];
  const out: number[] = [];
  let seenVowel = false;
  for (let i = 0; i < c.length; i++) {
    if (i > 0 && /['\u2019]/.test(c[i - 1]) && isLetter(c[i])) out.push(i);
    else if (i > 0 && seenVowel && isLetter(c[i]) && !isVowel(c[i])) {
      const digraph = /^[zcs]h$/i.test(c[i] + (c[i + 1] ?? ''));
      const after = c[i + (digraph ? 2 : 1)];
      const prevDigraphHead = /[zcs]/i.test(c[i - 1]) && /h/i.test(c[i]);
      if (after && isVowel(after) && !prevDigraphHead) out.push(i);
    }
    if (isVowel(c[i])) seenVowel = true;
  }
  return out;
}

/** Breaks a piece wider than the line: Chinese between characters; romanised between syllables with a hyphen. */
function breakPiece(piece: string, width: number, measure: (s: string) => number): string[] {
  const chars = [...piece];
  const lines: string[] = [];
  let start = 0;
  const breaks = isHan(piece) ? chars.map((_, i) => i).slice(1) : syllableBreaks(piece);
  const hyphen = isHan(piece) ? '' : '-';
  while (measure(chars.slice(start).join('')) > width) {
    // The longest run ending at a syllable break that fits, with its hyphen; else as many characters as fit.
    const at = breaks.filter((b) => b > start && measure(chars.slice(start, b).join('') + hyphen) <= width).pop();
    if (at !== undefined) {
      // After an apostrophe (Tǔ'|ěrxùn) the syllables are already marked apart: no hyphen.
      lines.push(chars.slice(start, at).join('') + (/['\u2019]/.test(chars[at - 1]) ? '' : hyphen));
      start = at;
      continue;
    }
    let end = start + 1;
    while (end < chars.length && measure(chars.slice(start, end + 1).join('')) <= width) end++;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}

/**
 * Splits text into lines that fit `width`. Chinese prose breaks between any characters; a name in characters
 * breaks at its "·" first; romanised text between words, then at "·" or "-", then between syllables with a
 * hyphen. Nothing is dropped: a piece wider than a whole line is broken, never cut.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let wrapped = false;
    for (const piece of para.match(PIECES) ?? ['']) {
      // Spaces at the start of a paragraph (an indent, 　　) stay; at the start of a wrapped line they go.
      if (/^\s+$/.test(piece)) {
        if (line || !wrapped) line += piece;
        continue;
      }
      if (measure((line + piece).trimEnd()) <= width) {
        line += piece;
        continue;
      }
      if (line.trim()) out.push(line.trimEnd());
      wrapped = true;
      line = '';
      if (measure(piece) <= width) line = piece;
      else {
        const parts = breakPiece(piece, width, measure);
        out.push(...parts.slice(0, -1));
        line = parts[parts.length - 1];
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

interface Geometry { width: number; height: number; margin: number; size: number; line: number; pad: number }

function tableRowsFor(layout: ListLayout, font: PDFFont, g: Geometry) {
  const inner = g.width - 2 * g.margin;
  const colW = layout.columns.map((c) => c.width * inner);
  const measure = (s: string) => font.widthOfTextAtSize(s, g.size);
  const wrapCell = (lines: string[], i: number) => lines.flatMap((l) => wrapText(l, colW[i] - 2 * g.pad, measure));
  const header = layout.columns.map((c, i) => wrapCell(c.header, i));
  const rows = layout.rows.map((r) => r.map((cell, i) => wrapCell(cell, i)));
  const heightOf = (cells: string[][]) => Math.max(...cells.map((c) => c.length)) * g.line + 2 * g.pad;
  return { colW, header, headerH: heightOf(header), rows, heights: rows.map(heightOf) };
}

/** Renders the layout; dates in the file are fixed to `date` so the same list gives the same document. */
export async function renderPdf(layout: ListLayout, { date }: { date: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter);
  const font = await doc.embedFont(cjkFontBytes(), { subset: true });
  const fixed = new Date(`${date}T00:00:00Z`);
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setProducer('dialist');
  doc.setCreator('dialist');
  doc.setTitle(layout.heading.join(' / '));

  const [w, h] = SIZES[layout.page.size] ?? SIZES.A4;
  const landscape = layout.page.orientation === 'landscape';
  const size = layout.page.fontSize;
  const g: Geometry = { width: landscape ? h : w, height: landscape ? w : h, margin: layout.page.margin, size, line: size * 1.35, pad: size * 0.35 };
  const footerSpace = size * 3;
  const pages: PDFPage[] = [];
  const newPage = () => {
    const p = doc.addPage([g.width, g.height]);
    pages.push(p);
    return p;
  };
  const text = (p: PDFPage, s: string, x: number, y: number, sz = size) => p.drawText(s.normalize('NFC'), { x, y, size: sz, font, color: rgb(0, 0, 0) });
  const measure = (s: string, sz = size) => font.widthOfTextAtSize(s, sz);

  // Heading, then the letter (if any) on the first pages.
  let page = newPage();
  let y = g.height - g.margin;
  const headingSize = size * 1.8;
  // Headings are wrapped and centred inside the margins: a long title never runs off the page.
  const inner = g.width - 2 * g.margin;
  for (const line of layout.heading.flatMap((l) => wrapText(l, inner, (s) => measure(s, headingSize)))) {
    y -= headingSize * 1.3;
    text(page, line, (g.width - measure(line, headingSize)) / 2, y, headingSize);
  }
  for (const line of layout.subheading.flatMap((l) => wrapText(l, inner, (s) => measure(s)))) {
    y -= g.line * 1.2;
    text(page, line, (g.width - measure(line)) / 2, y);
  }
  y -= g.line;
  const letterSize = size * 1.25;
  for (const para of [...layout.letter.zh, ...layout.letter.en]) {
    for (const line of wrapText(para, g.width - 2 * g.margin, (s) => measure(s, letterSize))) {
      if (y - letterSize * 1.5 < g.margin + footerSpace) {
        page = newPage();
        y = g.height - g.margin;
      }
      y -= letterSize * 1.5;
      text(page, line, g.margin, y, letterSize);
    }
    y -= letterSize * 0.6;
  }
  if (layout.letter.zh.length || layout.letter.en.length) {
    page = newPage();
    y = g.height - g.margin;
  }

  // The table, its header repeated on every page.
  const t = tableRowsFor(layout, font, g);
  const drawRow = (cells: string[][], rowH: number, shade: boolean) => {
    let x = g.margin;
    if (shade) page.drawRectangle({ x, y: y - rowH, width: g.width - 2 * g.margin, height: rowH, color: rgb(0.9, 0.92, 0.95) });
    cells.forEach((lines, i) => {
      page.drawRectangle({ x, y: y - rowH, width: t.colW[i], height: rowH, borderColor: rgb(0.55, 0.55, 0.55), borderWidth: 0.5 });
      lines.forEach((l, k) => text(page, l, x + g.pad, y - g.pad - (k + 1) * g.line + (g.line - size) * 0.9));
      x += t.colW[i];
    });
    y -= rowH;
  };
  drawRow(t.header, t.headerH, true);
  t.rows.forEach((cells, i) => {
    if (y - t.heights[i] < g.margin + footerSpace) {
      page = newPage();
      y = g.height - g.margin;
      drawRow(t.header, t.headerH, true);
    }
    drawRow(cells, t.heights[i], false);
  });

  pages.forEach((p, i) => {
    const s = layout.footer.replace(/\{page\}/g, String(i + 1)).replace(/\{pages\}/g, String(pages.length));
    text(p, s, (g.width - measure(s)) / 2, g.margin / 2 + size);
  });
  return doc.save();
}
