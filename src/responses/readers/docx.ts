/** Text of a DOCX with mammoth: paragraphs and tables (rows and cells kept). The only file that imports mammoth. */
import mammoth from 'mammoth';

export interface DocxContent {
  /** The document as HTML: tables stay tables, so rows are not lost. */
  html: string;
  /** Plain text, every paragraph and every cell on its own line. */
  text: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [{ value: html }, { value: text }] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
  return { html, text };
}
