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
