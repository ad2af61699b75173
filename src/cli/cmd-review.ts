import type { Command } from 'commander';
import type { DecisionRequest, NewRecordFields, QueueItem } from '../model/index.js';
import { DialistError } from '../model/index.js';
import { findDocument } from '../store/index.js';
import type { QueueFilter, QueueOrder, ReviewSession } from '../review/index.js';
import { NEW_RECORD_FIELDS } from '../review/rules.js';

// The review pipeline (matching, the terminal screen, the web server) loads when a review command runs.
const reviewPipeline = () => import('../pipeline/review.js');
import { EXIT, printJson, table } from './io.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;

interface FilterOptions { order?: string; list?: string; document?: string; unsure?: boolean; stale?: boolean }

const ORDERS: readonly QueueOrder[] = ['document', 'margin', 'impact'];

function addFilterOptions(c: Command): Command {
  return c
    .option('--order <order>', 'document (reading order, the default), margin (clearest choices first) or impact (most news first)')
    .option('--list <n>', 'only entries of responses to list N, and duplicate pairs with a record on it')
    .option('--document <doc>', 'only entries of one document (its number or file name)')
    .option('--unsure', 'only the items deferred as unsure')
    .option('--stale', 'only decided items whose record changed since the decision');
}

function parseFilter(ctx: CommandContext, o: FilterOptions): QueueFilter {
  const filter: QueueFilter = { unsure: Boolean(o.unsure), stale: Boolean(o.stale) };
  if (o.order !== undefined) {
    if (!ORDERS.includes(o.order as QueueOrder)) throw new DialistError('BAD_OPTION', `--order ${o.order}: use document, margin or impact`);
    filter.order = o.order as QueueOrder;
  }
  if (o.list !== undefined) {
    if (!/^\d+$/.test(o.list)) throw new DialistError('BAD_OPTION', `--list ${o.list}: a list number (see \`dialist list ls\`)`);
    filter.listId = Number(o.list);
  }
  if (o.document !== undefined) {
    const doc = findDocument(ctx.db(), o.document);
    if (!doc) throw new DialistError('DOCUMENT_NOT_FOUND', `no ingested document "${o.document}": give its number or file name`);
    filter.documentId = doc.id;
  }
  return filter;
}

/** One open item in the documented --json shape. */
function itemJson(q: QueueItem) {
  const d = q.document;
  return {
    item: q.item, kind: q.kind, name: q.name,
    document: d ? { file: d.file, page: d.page, row: d.row, paragraph: d.paragraph } : null,
    text: q.text, facts: q.facts ?? null,
    candidates: q.candidates.slice(0, 5).map((c) => ({ id: c.id, confidence: c.confidence, evidence: c.evidence })),
    state: q.state, seen: q.seen, reason: q.reason, rejected: q.rejected, ...(q.stale ? { stale: q.stale } : {}),
  };
}

function printQueue(ctx: CommandContext, items: QueueItem[]): void {
  if (!items.length) return ctx.io.out('Nothing waits for review.\n');
  const rows = items.map((q) => [q.item, q.name.slice(0, 30), q.document ? `${q.document.file.slice(0, 30)}` : '(records)', q.state,
    q.candidates.slice(0, 3).map((c) => `${c.id} ${c.confidence.toFixed(2)}`).join(', ')]);
  ctx.io.out(table([['item', 'name', 'from', 'state', 'candidates'], ...rows]));
  ctx.io.out(`${items.length} item(s) wait for review. Open them with \`dialist review\` in a terminal or \`dialist review --web\`;\n`
    + 'see one with `dialist review show ITEM`; decide with `dialist review decide ITEM --accept ID` (see --help).\n');
}

async function serveWeb(ctx: CommandContext, session: ReviewSession, filter: QueueFilter, port: number): Promise<number> {
  const { startReviewServer } = await import('../review/web/index.js');
  const server = await startReviewServer(session, { port, filter });
  // The URL (with this run's token) is the first line on stdout, so scripts and tests can read it.
  ctx.io.out(`${server.url}\n`);
  if (!ctx.json) ctx.io.err(`Serving the review page on 127.0.0.1 only (reviewer: ${session.reviewer}). Ctrl-C stops.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return EXIT.ok;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

interface DecideOptions {
  accept?: string; reject?: string; none?: boolean; newRecord?: boolean; notPerson?: boolean; unsure?: boolean;
  same?: boolean; keep?: string; notSame?: boolean; set?: string[]; note?: string; seen?: string;
}

function decisionRequest(o: DecideOptions): DecisionRequest {
  const chosen: DecisionRequest[] = [];
  if (o.accept) chosen.push({ action: 'accept', recordId: o.accept });
  if (o.reject) chosen.push({ action: 'reject', recordId: o.reject });
  if (o.none) chosen.push({ action: 'none' });
  if (o.notPerson) chosen.push({ action: 'not-person' });
  if (o.unsure) chosen.push({ action: 'unsure' });
  if (o.same) chosen.push({ action: 'same', keep: o.keep });
  if (o.notSame) chosen.push({ action: 'not-same' });
  if (o.newRecord) {
    const fields: NewRecordFields = {};
    for (const kv of o.set ?? []) {
      const m = /^([a-z_]+)=(.*)$/s.exec(kv);
      if (!m || !(NEW_RECORD_FIELDS as string[]).includes(m[1])) {
        throw new DialistError('BAD_OPTION', `--set ${kv}: use field=value with a field among ${NEW_RECORD_FIELDS.join(', ')}`);
      }
      (fields as Record<string, string>)[m[1]] = m[2];
    }
    chosen.push({ action: 'new-record', fields });
  }
  if (chosen.length !== 1) {
    throw new DialistError('BAD_OPTION', 'give exactly one of --accept ID, --reject ID, --none, --new-record, --not-person, --unsure, --same, --not-same');
  }
  return chosen[0];
}

const seenOf = (s?: string): number | undefined => {
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s)) throw new DialistError('BAD_OPTION', `--seen ${s}: the decision number the item showed ("seen" in --json)`);
  return Number(s);
};

/** Options that make no sense are a usage error (exit 2), said in words; problems in the data stay exit 1. */
const guarded = (run: Run) => (fn: (ctx: CommandContext) => Promise<number>) => run(async (ctx) => {
  try {
    return await fn(ctx);
  } catch (e) {
    if (!(e instanceof DialistError) || e.code !== 'BAD_OPTION') throw e;
    ctx.io.err(`error BAD_OPTION: ${e.message}\n`);
    return EXIT.usage;
  }
});

export function registerReview(program: Command, runCommand: Run): void {
  const run = guarded(runCommand);
  const review = addFilterOptions(program.command('review'))
    .description('The review queue: confirm, reject or create records for unsure matches, and merge duplicates')
    .option('--web', 'serve the queue as a page on 127.0.0.1 (its URL, with a token, is the first line printed)')
    .option('--port <n>', 'port for --web (0: any free port)', '0')
    .option('--find-duplicates', 'look for probable duplicate records now (done unasked only up to 5,000 records: it takes minutes for 50,000)')
    .addHelpText('after', `
The queue holds every ingested entry still waiting (decision review or none, or a candidate rejected) and every
probable duplicate pair. In a terminal \`dialist review\` shows one item at a time with its candidates side by
side; the keys are on screen. Otherwise it prints the queue; --json prints one line per item:
  {"item","kind":"entry"|"duplicate","name","document":{"file","page"?,"row"?,"paragraph"?}|null,"text","facts",
   "candidates":[{"id","confidence","evidence"}],"state","seen","reason","rejected"}
Items are e<entry> (e12) or dup:<ID>+<ID>. "seen" is the newest decision on the item: pass it as --seen so
that a decision on an item someone else decided meanwhile is refused.

Every decision is a row (who: $DIALIST_REVIEWER or your user name; when; what; --note); nothing is overwritten.
Accepting puts the entry's events on the record; newer dated news also changes its status and place held.

Examples:
  dialist review                                   one item at a time, in the terminal
  dialist review --web --port 8377                 the same in a browser page
  dialist review --json --order margin
  dialist review decide e12 --accept DEMO0007 --note "birth year confirmed by family"
  dialist review decide e13 --new-record --set birth_year=1981
  dialist review decide dup:DEMO0038+DEMO0077 --same --keep DEMO0038
  dialist review undo                              your newest decision (also after quitting)
  dialist review accept-all --document 7 --yes     the best candidate of every item of document 7`)
    .action((o: FilterOptions & { web?: boolean; port: string; findDuplicates?: boolean }) => run(async (ctx) => {
      const filter = parseFilter(ctx, o);
      const session = (await reviewPipeline()).openReview(ctx.db(), { settings: ctx.config().match, findDuplicates: o.findDuplicates });
      if (session.duplicates.outdated) {
        const last = session.duplicates.lookedAt;
        const when = last ? `last looked for at ${last}, before the records changed` : 'never looked for';
        ctx.io.err(`note: probable duplicate records were ${when} (too many records to look through unasked): `
          + '`dialist review --find-duplicates` looks now.\n');
      }
      if (o.web) {
        if (!/^\d+$/.test(o.port)) throw new DialistError('BAD_OPTION', `--port ${o.port}: a port number`);
        return serveWeb(ctx, session, filter, Number(o.port));
      }
      const items = session.queue(filter);
      if (ctx.json) {
        items.forEach((q) => printJson(ctx.io, itemJson(q)));
        return EXIT.ok;
      }
      if (process.stdin.isTTY && process.stdout.isTTY && ctx.io.tty) {
        const { runTerminalReview } = await import('../review/index.js');
        const { decisions } = await runTerminalReview(session, { input: process.stdin, output: process.stdout, filter });
        const left = session.queue(filter).length;
        ctx.io.out(`${decisions} decision(s) made; ${left} item(s) still wait. \`dialist review undo\` takes back your newest decision.\n`);
        return EXIT.ok;
      }
      printQueue(ctx, items);
      return EXIT.ok;
    }));

  review.command('show').argument('<item>', 'e<entry> or dup:<ID>+<ID>')
    .description('Show one item as the review screen does: the name in every form, where it came from, the candidates side by side')
    .action((item: string) => run(async (ctx) => {
      const view = (await reviewPipeline()).openReview(ctx.db(), { settings: ctx.config().match }).describe(item);
      if (ctx.json) printJson(ctx.io, view);
      else ctx.io.out((await import('../review/index.js')).renderItem(view, { width: 100 }).join('\n') + '\n');
      return EXIT.ok;
    }));

  review.command('decide').argument('<item>', 'e<entry> or dup:<ID>+<ID>')
    .description('Decide one item, as the keys do')
    .option('--accept <id>', 'this record is the person (any record, not only a candidate)')
    .option('--reject <id>', 'this candidate is not the person (the item stays in the queue)')
    .option('--none', 'none of these: no record is this person')
    .option('--new-record', 'create a record from this entry (prefilled from it; change fields with --set)')
    .option('--set <field=value>', `a field of the new record (${NEW_RECORD_FIELDS.join(', ')}); repeatable`, collect)
    .option('--not-person', 'the entry names no person')
    .option('--unsure', 'defer (see it again with `dialist review --unsure`)')
    .option('--same', 'a duplicate pair is one person: merge (one ID stays, the other redirects to it)')
    .option('--keep <id>', 'with --same: the ID that stays (default: the first of the pair)')
    .option('--not-same', 'a duplicate pair is two people')
    .option('--note <text>', 'why, in a few words (kept with the decision)')
    .option('--seen <decision>', 'the newest decision the item showed: refused if it changed since')
    .action((item: string, o: DecideOptions) => run(async (ctx) => {
      // review's own --unsure (a filter) takes the flag before decide sees it: both mean "unsure" here.
      const req = decisionRequest({ ...o, unsure: o.unsure || Boolean(review.opts().unsure) });
      const outcome = (await reviewPipeline()).openReview(ctx.db(), { settings: ctx.config().match }).decide(item, req, { seen: seenOf(o.seen), note: o.note });
      if (ctx.json) printJson(ctx.io, outcome);
      else ctx.io.out(`decision ${outcome.decision}: ${outcome.message}\n`);
      return EXIT.ok;
    }));

  review.command('undo').argument('[decision]', 'a decision number (default: your newest decision still in force)')
    .description('Take back a decision: a retraction row is added and exactly what the decision wrote is removed')
    .option('--seen <decision>', 'the newest decision the item showed: refused if it changed since')
    .option('--note <text>', 'why')
    .action((decision: string | undefined, o: { seen?: string; note?: string }) => run(async (ctx) => {
      if (decision !== undefined && !/^\d+$/.test(decision)) throw new DialistError('BAD_OPTION', `"${decision}" is not a decision number`);
      const session = (await reviewPipeline()).openReview(ctx.db(), { settings: ctx.config().match });
      const outcome = session.undo({ decision: decision === undefined ? undefined : Number(decision), seen: seenOf(o.seen), note: o.note });
      if (ctx.json) printJson(ctx.io, outcome);
      else ctx.io.out(`${outcome.message}\n`);
      return EXIT.ok;
    }));

  // The view's filters are review's own options (--list, --document, --unsure, --order), given before or after accept-all.
  review.command('accept-all')
    .description('Accept the best candidate of every entry in the view (filters: --list, --document, as for review), as one batch (undone as one). Shows the count first.')
    .option('--min-confidence <x>', 'only items whose best candidate has at least this confidence', '0.5')
    .option('--yes', 'really write (without it, only shows what would be accepted)')
    .option('--note <text>', 'why')
    .action((o: { minConfidence: string; yes?: boolean; note?: string }) => run(async (ctx) => {
      const min = Number(o.minConfidence);
      if (!(min >= 0 && min <= 1)) throw new DialistError('BAD_OPTION', `--min-confidence ${o.minConfidence}: a number from 0 to 1`);
      const session = (await reviewPipeline()).openReview(ctx.db(), { settings: ctx.config().match });
      const choices = session.batchChoices(parseFilter(ctx, review.opts() as FilterOptions), min);
      if (!o.yes) {
        if (ctx.json) choices.forEach((c) => printJson(ctx.io, { ...c, written: false }));
        else {
          if (choices.length) ctx.io.out(table([['item', 'name', 'accept', 'confidence'], ...choices.map((c) => [c.item, c.name, c.recordId, c.confidence.toFixed(2)])]));
          ctx.io.out(`${choices.length} item(s) would be accepted as one batch. Nothing written: add --yes to accept them.\n`);
        }
        return EXIT.ok;
      }
      const outcomes = session.acceptBatch(choices, { note: o.note });
      if (ctx.json) outcomes.forEach((x) => printJson(ctx.io, x));
      else ctx.io.out(`accepted ${outcomes.length} item(s) as batch ${outcomes[0].batch}; \`dialist review undo\` takes the whole batch back\n`);
      return EXIT.ok;
    }));
}
