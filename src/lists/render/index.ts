export { renderPdf, wrapText } from './pdf.js';
export { renderDocx } from './docx.js';
