/**
 * Reports: what the lists achieved, per year and per dialogue partner, the impact of being listed, one
 * person's dossier. Statistics and figures are pure (no database); renderers write text, HTML and XLSX.
 * The HTML and XLSX renderers load their libraries (echarts, exceljs) only when called.
 */
export {
  wilsonInterval, riskRatio, mantelHaenszelRiskRatio, kaplanMeier, median, Z95,
  type Estimate, type Stratum, type Observation, type KaplanMeierStep,
} from './stats.js';
export { dayInterval, dayNumber, isoDay, addMonths, describeInterval, type DayInterval } from './day-interval.js';
export {
  mergeSameEvents, projectTerm, findClemencyActs, releaseDue, monthsBetween, CLEMENCY_EVENT_TYPES, type KnownEvent, type Term, type ClemencyAct,
} from './clemency.js';
export { dialoguePartner, partnerKey } from './dialogue-partner.js';
export { computeReport, makeResolver, gatherKnowledge, type ReportOptions } from './compute-report.js';
export { compareListed, sentenceBand, servedBand, MIN_PEOPLE_PER_GROUP, MIN_CLEMENCY_PER_GROUP } from './compare-listed.js';
export { composeDossier } from './compose-dossier.js';
export { renderReportText, renderDossierText, formatTable, wrapText } from './render-text.js';
export { renderReportHtml } from './render-html.js';
export { renderReportXlsx } from './render-xlsx.js';
export type * from './types.js';
