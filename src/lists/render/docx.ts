/** Draws a list layout as DOCX with the docx package (East Asian font set on every run). The only file that imports docx. */
import {
  AlignmentType, Document, Footer, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, WidthType,
} from 'docx';
import type { ListLayout } from '../layout.js';

/** Latin in a font with every pinyin tone mark; Chinese in the usual Windows font (LibreOffice substitutes Noto CJK). */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'SimSun' };
const TWIPS = { A4: [11906, 16838], Letter: [12240, 15840] } as const;

export async function renderDocx(layout: ListLayout, { date }: { date: string }): Promise<Uint8Array> {
  const half = Math.round(layout.page.fontSize * 2);
  const run = (text: string, size = half) => new TextRun({ text: text.normalize('NFC'), font: FONT, size });
  const para = (text: string, opts: { size?: number; center?: boolean; after?: number } = {}) =>
    new Paragraph({ children: [run(text, opts.size)], alignment: opts.center ? AlignmentType.CENTER : undefined, spacing: { after: opts.after ?? 0 } });

  const cellOf = (lines: string[], width: number, shade = false) =>
    new TableCell({
      children: lines.map((l) => para(l)),
      width: { size: Math.round(width * 5000), type: WidthType.PERCENTAGE },
      shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EBF2' } : undefined,
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
    });
  const [w, h] = TWIPS[layout.page.size] ?? TWIPS.A4;
  const landscape = layout.page.orientation === 'landscape';
  const margin = Math.round(layout.page.margin * 20);
  const usable = (landscape ? h : w) - 2 * margin;
  const table = new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    // Word follows cell widths, LibreOffice the grid: give both.
    columnWidths: layout.columns.map((c) => Math.round(c.width * usable)),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: layout.columns.map((c) => cellOf(c.header, c.width, true)) }),
      ...layout.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((cell, i) => cellOf(cell, layout.columns[i].width)) })),
    ],
  });

  const [zhFooter, enFooter] = layout.footer.split(' · ');
  const pageLine = (s: string) =>
    s.split(/(\{page\}|\{pages\})/).filter(Boolean).map((part) =>
      part === '{page}' ? new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half })
        : part === '{pages}' ? new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: half })
          : run(part));
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [...pageLine(zhFooter), run(' · '), ...pageLine(enFooter ?? '')] })] });

  const letter = [...layout.letter.zh, ...layout.letter.en].flatMap((p) => p.split('\n').map((l) => para(l, { size: Math.round(half * 1.25), after: 120 })));
  const doc = new Document({
    creator: 'dialist',
    title: layout.heading.join(' / '),
    description: `dialist list, ${date}`,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{
      // docx swaps width and height itself for landscape: give the portrait size.
      properties: { page: { size: { width: w, height: h, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
      footers: { default: footer },
      children: [
        ...layout.heading.map((l) => para(l, { size: Math.round(half * 1.8), center: true, after: 60 })),
        ...layout.subheading.map((l) => para(l, { center: true, after: 60 })),
        para(''),
        ...letter,
        ...(letter.length ? [new Paragraph({ children: [new PageBreak()] })] : []),
        table,
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
