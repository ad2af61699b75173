/** Draws a list layout as DOCX with the docx package (East Asian font set on every run). The only file that imports docx. */
import {
  AlignmentType, Document, Footer, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, WidthType,
} from 'docx';
import type { ListLayout } from '../layout.js';

/** Latin in a font with every pinyin tone mark; Chinese in the usual Windows font (LibreOffice substitutes Noto CJK). */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'SimSun' };
const TWIPS = { A4: [11906, 16838], Letter: [12240, 15840] } as const;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** docProps/core.xml with the list date as created and modified: docx would write the time of rendering. */
function coreProperties({ title, description, date }: { title: string; description: string; date: string }): string {
  const at = `${date}T00:00:00Z`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    + ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(title)}</dc:title><dc:creator>dialist</dc:creator><dc:description>${escapeXml(description)}</dc:description>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>`
    + '</cp:coreProperties>';
}

/**
 * Sets every ZIP entry's modification time to the list date (the zip writer stamps the time of rendering), so that
 * the same list renders to the same bytes, as the PDF does: a handed-over file can be re-rendered and compared.
 */
function fixZipTimes(zip: Uint8Array, date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number);
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) return zip;
  let p = view.getUint32(eocd + 16, true);
  for (let i = view.getUint16(eocd + 10, true); i > 0 && view.getUint32(p, true) === 0x02014b50; i--) {
    const local = view.getUint32(p + 42, true);
    for (const at of [p + 12, local + 10]) {
      view.setUint16(at, 0, true);
      view.setUint16(at + 2, dosDate, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}

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
  const core = coreProperties({ title: layout.heading.join(' / '), description: `dialist list, ${date}`, date });
  return fixZipTimes(new Uint8Array(await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }])), date);
}
