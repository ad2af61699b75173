/** Text of a PDF, page by page, with pdf-parse. The only file that imports pdf-parse. */
import { PDFParse } from 'pdf-parse';

export interface PdfText {
  pages: { page: number; text: string }[];
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf-parse may take ownership of the buffer it is given: pass a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { pages: result.pages.map((p) => ({ page: p.num, text: p.text })) };
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
