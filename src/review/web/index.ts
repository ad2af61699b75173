export { startReviewServer, type ReviewServer } from './server.js';
