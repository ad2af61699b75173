export { renderPdf, wrapText } from './pdf.js';
export { renderDocx } from './docx.js';
export { findUnprintable } from './font-coverage.js';
