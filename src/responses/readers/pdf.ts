/**
 * Text of a PDF, page by page, with pdf-parse (and the pdf.js it brings). The only file that imports either.
 *
 * Text a reader cannot see is left out: text under 3 pt, and text drawn in a colour that does not differ from
 * what is under it (white on white). The first is read from each text item's size; for the second, text drawn in
 * a light colour (pdf.js's operator list) is checked on the rendered page: left out only where the page shows
 * nothing there, so white text on a dark table header stays. Invisible text (render mode 3, the text layer OCR
 * puts over a scan) is kept: the scan beneath shows it.
 */
import { PDFParse } from 'pdf-parse';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { HiddenText } from '../../model/index.js';
import { HiddenTally, invisibleOn, parseColor } from './hidden-text.js';

export interface PdfText {
  pages: { page: number; text: string }[];
  /** What was left out as invisible, if anything. */
  hidden?: HiddenText;
}

/** Text smaller than this many points cannot be read. */
const TINY_POINTS = 3;

// The parts of pdf.js and pdf-parse used here (pdf-parse keeps load() and getPageText() private in its types).
interface TextItem { str: string; transform: number[]; width: number; height: number }
interface Viewport { width: number; height: number; convertToViewportPoint(x: number, y: number): number[] }
interface PdfJsPage {
  getViewport(o: { scale: number }): Viewport;
  getTextContent(): Promise<{ items: (TextItem | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  render(o: { canvasContext: unknown; viewport: Viewport; canvas: unknown }): { promise: Promise<void> };
  cleanup(): void;
}
interface Canvas2d { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } }
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  canvasFactory?: { create(w: number, h: number): { canvas: unknown; context: Canvas2d } };
}
interface PdfParseInside {
  load(): Promise<PdfJsDocument>;
  getPageText(page: Pick<PdfJsPage, 'getViewport' | 'getTextContent'>, params: object, total: number): Promise<string>;
}

const isText = (i: TextItem | { type: string }): i is TextItem => 'str' in i;
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Text drawn in a light colour and in any other colour, in drawing order, from the page's operator list. */
async function textByShade(page: PdfJsPage): Promise<{ light: string; other: string }> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const saved: { fill: string; mode: number }[] = [];
  let fill = '#000000';
  let mode = 0;
  let light = '';
  let other = '';
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] ?? [];
    if (fn === OPS.save) saved.push({ fill, mode });
    else if (fn === OPS.restore) ({ fill, mode } = saved.pop() ?? { fill, mode });
    else if (fn === OPS.setFillRGBColor) fill = String(args[0]);
    else if (fn === OPS.setTextRenderingMode) mode = Number(args[0]);
    else if (fn === OPS.showText || fn === OPS.showSpacedText || fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) {
      const glyphs = (fn === OPS.nextLineSetSpacingShowText ? args[2] : args[0]) as ({ unicode?: string } | number)[];
      const s = squeeze(glyphs.map((g) => (typeof g === 'object' && g ? g.unicode ?? '' : '')).join(''));
      const rgb = parseColor(fill);
      // Render modes 3 and 7 draw nothing at all: an OCR text layer over a scan, which the scan shows.
      if (mode % 4 !== 3 && rgb && invisibleOn(rgb)) light += s + '\n';
      else other += s + '\n';
    }
  });
  return { light, other };
}

/** True when the rendered page shows (almost) nothing where the item is: one flat colour across its box. */
function blankWhere(pixels: Canvas2d, viewport: Viewport, item: TextItem): boolean {
  const [x0, yBase] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
  const [, yTop] = viewport.convertToViewportPoint(item.transform[4], item.transform[5] + item.height);
  const x = Math.max(0, Math.floor(x0));
  const y = Math.max(0, Math.floor(Math.min(yTop, yBase)));
  const w = Math.min(Math.ceil(item.width) + 1, Math.floor(viewport.width) - x);
  const h = Math.min(Math.ceil(Math.abs(yBase - yTop)) + 1, Math.floor(viewport.height) - y);
  if (w <= 0 || h <= 0) return true;
  const { data } = pixels.getImageData(x, y, w, h);
  let min = 255;
  let max = 0;
  for (let p = 0; p < data.length; p += 4) {
    const lum = (data[p] * 299 + data[p + 1] * 587 + data[p + 2] * 114) / 1000;
    min = Math.min(min, lum);
    max = Math.max(max, lum);
  }
  return max - min < 24;
}

/** The items of a page a reader cannot see, tallied. */
async function hiddenItems(doc: PdfJsDocument, page: PdfJsPage, items: TextItem[], tally: HiddenTally): Promise<Set<TextItem>> {
  const hidden = new Set<TextItem>();
  for (const item of items) {
    if (item.str.trim() && Math.hypot(item.transform[2], item.transform[3]) < TINY_POINTS) {
      hidden.add(item);
      tally.add(item.str, 'under 3 pt');
    }
  }
  const { light, other } = await textByShade(page);
  const suspects = items.filter((i) => !hidden.has(i) && squeeze(i.str) && light.includes(squeeze(i.str)) && !other.includes(squeeze(i.str)));
  if (!suspects.length || !doc.canvasFactory) return hidden;
  const viewport = page.getViewport({ scale: 1 });
  const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context, viewport, canvas }).promise;
  for (const item of suspects) {
    if (blankWhere(context, viewport, item)) {
      hidden.add(item);
      tally.add(item.str, 'text in the colour of its background (white on white)');
    }
  }
  return hidden;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf-parse may take ownership of the buffer it is given: pass a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const inside = parser as unknown as PdfParseInside;
  const tally = new HiddenTally();
  try {
    const doc = await inside.load();
    const pages: PdfText['pages'] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const hidden = await hiddenItems(doc, page, content.items.filter(isText), tally);
      const visible = { ...content, items: content.items.filter((i) => !isText(i) || !hidden.has(i)) };
      // pdf-parse's own line and cell assembly, over the visible items only.
      const text = await inside.getPageText({ getViewport: (o) => page.getViewport(o), getTextContent: async () => visible }, {}, doc.numPages);
      pages.push({ page: n, text });
      page.cleanup();
    }
    return { pages, hidden: tally.result() };
  } finally {
    await parser.destroy();
  }
}

/** Renders one page (1-based) to PNG at about `dpi`, for OCR of a scan: one page in memory at a time. */
export async function renderPdfPage(bytes: Uint8Array, page: number, { dpi = 300 }: { dpi?: number } = {}): Promise<Uint8Array> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const shot = await parser.getScreenshot({ partial: [page], scale: dpi / 72, imageBuffer: true, imageDataUrl: false });
    const data = shot.pages[0]?.data;
    if (!data) throw new Error(`page ${page} could not be rendered`);
    return data;
  } finally {
    await parser.destroy();
  }
}
