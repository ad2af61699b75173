export { readDocument, READ_LIMITS, type ReadResult, type ReadFailure } from './read-document.js';
export { segmentDocument, isBoilerplate, type Segment } from './segment.js';
export { extractFacts } from './extract.js';
export { findDates, type FoundDate } from './find-dates.js';
export { stopOcr, recognise, OCR_LANGS } from './readers/ocr.js';
export { mendOcrText } from './ocr-text.js';
