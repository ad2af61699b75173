export * from './record.js';
export * from './diagnostic.js';
export * from './match.js';
export * from './list.js';
export * from './response.js';
export * from './report.js';
export * from './review.js';
