import type { Db } from '../store/index.js';
import { loadDossierFacts, loadReportFacts, recordRedirects } from '../store/index.js';
import { composeDossier, computeReport, makeResolver, type Dossier, type Report, type ReportOptions } from '../report/index.js';
import { lookupCharge } from '../vocabulary/index.js';

/**
 * The report as the database stood on `asOf`. Charges are compared by their canonical name, so that 煽颠罪
 * and 煽动颠覆国家政权罪 fall in one group when matching.
 */
export function buildReport(db: Db, { asOf, ...opts }: ReportOptions & { asOf: string }): Report {
  const facts = loadReportFacts(db, asOf);
  // A database holds a few dozen distinct charges among tens of thousands of people: look each up once.
  const canonical = new Map<string, string>();
  for (const p of facts.people) {
    if (!p.charge) continue;
    if (!canonical.has(p.charge)) canonical.set(p.charge, lookupCharge(p.charge)?.zh ?? p.charge);
    p.charge = canonical.get(p.charge);
  }
  return computeReport(facts, opts);
}

/** One person's dossier (the record kept, when `id` was merged into another), or undefined for an unknown ID. */
export function buildDossier(db: Db, id: string, { asOf }: { asOf: string }): Dossier | undefined {
  const redirects = recordRedirects(db);
  const resolve = makeResolver(redirects);
  const kept = resolve(id);
  const merged = redirects.map((r) => r.from).filter((from) => from !== kept && resolve(from) === kept);
  const facts = loadDossierFacts(db, [kept, ...merged], id, asOf);
  return facts && composeDossier(facts);
}
