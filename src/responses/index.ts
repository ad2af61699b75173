export { readDocument, READ_LIMITS, type ReadResult, type ReadFailure } from './read-document.js';
export { segmentDocument, isBoilerplate, NO_NAMES, type Segment } from './segment.js';
export { findPeople, type NameFinder } from './prose/mentions.js';
export { spanPeople } from './prose/spans.js';
export { extractFacts } from './extract.js';
export { findDates, type FoundDate } from './find-dates.js';
export { stopOcr, recognise, OCR_LANGS } from './readers/ocr.js';
export { mendOcrText } from './ocr-text.js';
