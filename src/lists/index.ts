export { layoutList, formatDates, type ListLayout } from './layout.js';
export { loadTemplate, FIELDS as LIST_FIELDS, type ListTemplate, type ListField } from './template.js';
export { renderPdf, renderDocx, findUnprintable } from './render/index.js';
