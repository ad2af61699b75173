/** Draws a list layout as PDF with pdf-lib and an embedded, subsetted CJK font. The only file that imports pdf-lib. */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ListLayout } from '../layout.js';
import { cjkFontBytes, fontkitAdapter } from './cjk-font.js';

const SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;

/** Splits text into lines that fit `width`: Chinese breaks between characters, Latin between words. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const tokens = para.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g) ?? [''];
    let line = '';
    for (const tok of tokens) {
      const next = line + tok;
      if (measure(next.trimEnd()) <= width || !line.trim()) {
        if (measure(tok) > width && !line.trim()) {
          // A single word wider than the cell is broken by character.
          for (const ch of tok) {
            if (measure(line + ch) > width && line) { out.push(line); line = ''; }
            line += ch;
          }
        } else line = next;
      } else {
        out.push(line.trimEnd());
        line = tok.trimStart();
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
  for (const line of layout.heading) {
    y -= headingSize * 1.3;
    text(page, line, (g.width - measure(line, headingSize)) / 2, y, headingSize);
  }
  for (const line of layout.subheading) {
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
