/**
 * The review queue in a terminal: one item on screen, keys shown at the bottom, columns measured in display
 * cells (Chinese two cells a character, Tibetan vowel signs none), usable at 80 columns. No network, no
 * dependencies beyond node:readline and string-width.
 */
import { emitKeypressEvents } from 'node:readline';
import { styleText } from 'node:util';
import stringWidth from 'string-width';
import type { CandidateView, DecisionRequest, ItemView, NewRecordFields, QueueItem } from '../model/index.js';
import { DialistError } from '../model/index.js';
import type { BatchChoice, ReviewSession, SearchHit } from './session.js';
import type { QueueFilter } from './queue.js';
import { AGE_DOES_NOT_FIT } from '../match/index.js';
import { NEW_RECORD_FIELDS } from './rules.js';
import { EMPTY_KEYS, ENTRY_KEYS, PAIR_KEYS, STALE_KEYS } from './keys.js';

// ---- measuring and cutting text by display width --------------------------------------------------------------

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string): string[] => Array.from(segmenter.segment(s), (x) => x.segment);

/** `s` cut or padded to exactly `width` display cells ("…" marks a cut). */
export function fit(s: string, width: number): string {
  if (width <= 0) return '';
  const total = stringWidth(s);
  if (total <= width) return s + ' '.repeat(width - total);
  let out = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = stringWidth(g);
    if (w + gw > width - 1) break;
    out += g;
    w += gw;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - w - 1));
}

// A word of Latin (or Tibetan, Uyghur) letters stays whole when it can; so does a run of up to four Chinese
// characters (a name); longer Chinese text breaks every four characters, or anywhere when a line is full.
const TOKENS = /\s+|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|\p{Script=Han}{1,4}|./gsu;

/** Lines of at most `width` display cells. */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lw = 0;
  const push = () => { lines.push(line.trimEnd()); line = ''; lw = 0; };
  for (const tok of s.match(TOKENS) ?? []) {
    if (/^\s+$/.test(tok)) {
      if (tok.includes('\n')) push();
      else if (lw && lw < width) { line += ' '; lw += 1; }
      continue;
    }
    const tw = stringWidth(tok);
    if (lw + tw <= width) { line += tok; lw += tw; continue; }
    if (tw <= width) { push(); line = tok; lw = tw; continue; }
    for (const g of graphemes(tok)) {
      const gw = stringWidth(g);
      if (lw + gw > width) push();
      line += g;
      lw += gw;
    }
  }
  if (line.trim() || !lines.length) push();
  return lines;
}

// ---- one item as lines of text -------------------------------------------------------------------------------

type Cell = (c: CandidateView, i: number) => string[];
const one = (s?: string | number): string[] => (s === undefined || s === '' ? [] : [String(s)]);

const CANDIDATE_ROWS: [string, Cell][] = [
  ['', (c, i) => [`${i + 1} ${c.id}`]],
  ['confidence', (c) => [`${c.confidence.toFixed(2)}${c.rejected ? ' rejected' : ''}`]],
  ['characters', (c) => one([c.record?.zh, c.record?.zhTraditional].filter(Boolean).join(' '))],
  ['pinyin', (c) => one(c.record?.pinyin)],
  ['romanised', (c) => one(c.record?.en)],
  ['aliases', (c) => one(c.record?.aliases.join('; '))],
  ['born', (c) => one([c.record?.birth, c.record?.gender].filter(Boolean).join(' '))],
  ['province', (c) => one(c.record?.province)],
  ['ethnicity', (c) => one(c.record?.ethnicity)],
  ['place held', (c) => one(c.record?.prison)],
  ['status', (c) => one(c.record?.status)],
  ['lists', (c) => one(c.record?.lists.map((l) => `#${l.id} ${l.date}`).join(', '))],
  ['merged', (c) => one(c.record?.mergedInto && `into ${c.record.mergedInto}`)],
  // (Evidence of score 0 only orders namesakes — "charge agrees", "the text names what the record notes": Kirti — and
  // is shown with what agreed; an age that does not fit is against.)
  ['for', (c) => c.evidence.filter((e) => e.score > 0 || (e.score === 0 && e.feature !== AGE_DOES_NOT_FIT)).map((e) => (e.score === 0 && e.detail ? `${e.feature}: ${e.detail}` : e.feature))],
  ['against', (c) => c.evidence.filter((e) => e.score < 0 || e.feature === AGE_DOES_NOT_FIT).map((e) => e.detail || e.feature)],
  ['namesakes', (c) => c.commonness.map((s) => s.replace(/ records? /, ' '))],
  ['accepting', (c) => {
    if (!c.plan) return [];
    if (!c.plan.changes.length) return [`${c.plan.events.length} event(s) only`];
    return c.plan.changes.map((x) => `${x.field}: ${x.before ?? '-'} → ${x.after}`);
  }],
];

const LABEL = 11;

/** The candidates side by side: one column each, a row per field; rows nobody has a value for are left out. */
export function renderCandidates(views: readonly CandidateView[], width: number, { pair = false } = {}): string[] {
  if (!views.length) return ['(no candidate: search with /, or make a new record with c)'];
  const col = Math.max(10, Math.min(26, Math.floor((width - LABEL) / views.length)));
  const rows = CANDIDATE_ROWS.filter(([label]) => !pair || !['for', 'against', 'accepting', 'confidence'].includes(label));
  const out: string[] = [];
  for (const [label, cell] of rows) {
    const cells = views.map((v, i) => cell(v, i).flatMap((s) => wrap(s, col - 1)).slice(0, 3));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const line = fit(k === 0 ? label : '', LABEL) + cells.map((c) => fit(c[k] ?? '', col)).join('');
      out.push(fit(line, width).trimEnd());
    }
  }
  return out;
}

const STATE_WORDS: Record<string, string> = {
  review: 'waiting for review', none: 'no record matched', rejected: 'a candidate was rejected', unsure: 'deferred as unsure',
  accepted: 'accepted', auto: 'matched automatically',
};

/** Everything about one item as lines of at most `width` cells (no keys: see keyLines). */
export function renderItem(view: ItemView, { width = 80, position }: { width?: number; position?: { index: number; total: number } } = {}): string[] {
  const lines: string[] = [];
  const add = (s: string) => lines.push(...wrap(s, width));
  const where = position ? `${position.index + 1}/${position.total} ` : '';
  const why = view.stale
    ? `STALE: decision ${view.stale.decision} (${view.stale.recordId}) rests on a record that changed: ${view.stale.changed.join(', ')}`
    : `${STATE_WORDS[view.state] ?? view.state}${view.reason ? `: ${view.reason}` : ''}`;
  // One line, cut if need be: it stays on screen while the rest scrolls.
  lines.push(fit(`${where}${view.item} ${view.kind === 'duplicate' ? 'probable duplicate' : 'entry'} · ${why}`, width).trimEnd());
  lines.push('─'.repeat(width));
  if (view.kind === 'entry') {
    add(view.forms.map((f) => (f.label === 'as written' ? f.value : `${f.label} ${f.value}`)).join(' · '));
    const d = view.document!;
    const place = [d.file, d.page !== undefined && `page ${d.page}`, d.row !== undefined && `row ${d.row}`, d.paragraph !== undefined && `paragraph ${d.paragraph}`];
    add([...place, d.received && `received ${d.received}`, d.listId !== undefined && `answers list ${d.listId}`].filter(Boolean).join(', '));
    lines.push(...wrap(`“${view.text}”`, width).slice(0, 4));
    if (view.factLines.length) add(`says: ${view.factLines.join(' · ')}`);
  } else {
    add(view.name);
    add(`why: ${view.text}`);
  }
  const decided = view.history.filter((h) => h.action);
  if (decided.length) add(`decided before: ${decided.at(-1)!.summary}${decided.at(-1)!.note ? `: “${decided.at(-1)!.note}”` : ''}`);
  lines.push('─'.repeat(width));
  lines.push(...renderCandidates(view.candidateViews, width, { pair: view.kind === 'duplicate' }));
  return lines;
}

/** The keys, as the bottom of the screen shows them. */
export function keyLines(view: ItemView | undefined, width: number): string[] {
  const keys = !view ? EMPTY_KEYS : view.kind === 'duplicate' ? PAIR_KEYS : view.stale ? STALE_KEYS : ENTRY_KEYS;
  return wrap(keys.map(([k, what]) => `${k} ${what}`).join(' · '), width);
}

// ---- the interactive loop ------------------------------------------------------------------------------------

type Mode =
  | { kind: 'item' }
  | { kind: 'reject' }
  | { kind: 'merge' }
  | { kind: 'line'; prompt: string; value: string; done: (value: string) => void }
  | { kind: 'hits'; hits: SearchHit[] }
  | { kind: 'form'; fields: NewRecordFields; at: number }
  | { kind: 'batch'; choices: BatchChoice[] };

interface Key { name?: string; ctrl?: boolean; meta?: boolean; sequence?: string }

export interface TerminalOptions {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  filter?: QueueFilter;
}

/** Runs the keyboard loop until the person quits; resolves with how many decisions were made. */
export function runTerminalReview(session: ReviewSession, { input, output, filter = {} }: TerminalOptions): Promise<{ decisions: number }> {
  let items: QueueItem[] = [];
  let index = 0;
  let view: ItemView | undefined;
  let mode: Mode = { kind: 'item' };
  let message = '';
  let note: string | undefined;
  let decisions = 0;
  let scroll = 0;
  const paint = (styles: Parameters<typeof styleText>[0], s: string) => (output.isTTY ? styleText(styles, s) : s);

  const load = (focus?: string) => {
    items = session.queue(filter);
    if (focus) {
      const at = items.findIndex((i) => i.item === focus);
      if (at >= 0) index = at;
    }
    index = Math.max(0, Math.min(index, items.length - 1));
    view = items.length ? session.describe(items[index].item) : undefined;
    scroll = 0;
  };

  const draw = () => {
    const width = Math.max(40, output.columns || 80);
    const height = Math.max(12, output.rows || 24);
    const body = view
      ? renderItem(view, { width, position: { index, total: items.length } })
      : wrap('The queue is empty: nothing waits for review here. u undoes your last decision, g looks again, q quits.', width);
    const bottom: string[] = [];
    if (mode.kind === 'reject') bottom.push('Reject which candidate? 1-5 (Esc: cancel)');
    if (mode.kind === 'merge') bottom.push(`Same person: which ID stays? 1 ${view?.candidates[0]?.id} · 2 ${view?.candidates[1]?.id} (Esc: cancel)`);
    if (mode.kind === 'line') bottom.push(`${mode.prompt}${mode.value}█`);
    if (mode.kind === 'hits') {
      mode.hits.forEach((h, i) => {
        const r = h.record;
        const about = [r.zh, r.pinyin ?? r.en, r.birth, r.province, r.status].filter(Boolean).join(' · ');
        bottom.push(fit(`${i + 1} ${h.id}  ${about}  (${h.via})`, width).trimEnd());
      });
      bottom.push(mode.hits.length ? 'Accept which? 1-8 (Esc: back)' : 'Nothing found (Esc: back)');
    }
    if (mode.kind === 'form') {
      const { fields: f, at } = mode;
      NEW_RECORD_FIELDS.forEach((k, i) => bottom.push(fit(`${i === at ? '>' : ' '} ${k.padEnd(11)}${f[k] ?? ''}${i === at ? '█' : ''}`, width).trimEnd()));
      bottom.push('New record: type to edit · ↑↓ field · Enter next · Ctrl-S save · Esc cancel');
    }
    if (mode.kind === 'batch') {
      mode.choices.slice(0, 6).forEach((c) => bottom.push(fit(`  ${c.item} ${c.name} → ${c.recordId} (${c.confidence.toFixed(2)})`, width).trimEnd()));
      if (mode.choices.length > 6) bottom.push(`  … and ${mode.choices.length - 6} more`);
      bottom.push(`Accept the best candidate for these ${mode.choices.length} items, as one batch (undone as one)? y / n`);
    }
    if (mode.kind === 'item') bottom.push(...keyLines(view, width));
    const status = [note !== undefined ? `note for the next decision: ${note}` : '', message].filter(Boolean).join(' · ');
    // The first line (which item, why it waits) stays; the rest scrolls with ↑↓ when the screen is short.
    const room = height - bottom.length - 2;
    const rest = body.slice(1);
    scroll = Math.max(0, Math.min(scroll, rest.length - (room - 1)));
    let shown = [body[0], ...rest.slice(scroll, scroll + room - 1)];
    const below = rest.length - scroll - (room - 1);
    if (below > 0) shown = [...shown.slice(0, -1), `… ${below + 1} more lines: ↓ scrolls`];
    if (scroll > 0) shown[1] = `… ${scroll + 1} lines above: ↑ scrolls`;
    const screen = [
      ...shown.map((l, i) => (i === 0 ? paint('bold', l) : l)),
      ...Array(Math.max(0, room - shown.length)).fill(''),
      paint('yellow', fit(status, width).trimEnd()),
      '─'.repeat(width),
      ...bottom.map((l) => paint('cyan', l)),
    ];
    output.write('\x1b[H\x1b[2J' + screen.join('\r\n'));
  };

  // After a decision the queue is read again: a decided item leaves it (the next one shows), a rejected
  // candidate's item stays, an undone item comes back and shows.
  const act = (fn: () => { message: string; focus?: string; decided?: string }) => {
    try {
      const r = fn();
      message = r.message;
      if (r.decided) afterDecision(r.decided);
      else load(r.focus);
    } catch (e) {
      if (!(e instanceof DialistError)) throw e;
      message = `refused: ${e.message}`;
      load(view?.item);
    }
    mode = { kind: 'item' };
  };

  // Whether an item still belongs in this view after a decision on it.
  const stillWaiting = (v: ItemView) =>
    filter.stale ? Boolean(v.stale) : filter.unsure ? v.state === 'unsure' : ['review', 'none', 'rejected'].includes(v.state);

  // After one decision only that item is read again (the whole queue is read again on g, undo and batches).
  const afterDecision = (item: string) => {
    const at = items.findIndex((i) => i.item === item);
    const v = session.describe(item);
    if (stillWaiting(v)) {
      view = v;
      if (at >= 0) items[at] = v;
      return;
    }
    if (at >= 0) items.splice(at, 1);
    index = Math.max(0, Math.min(at >= 0 ? at : index, items.length - 1));
    view = items.length ? session.describe(items[index].item) : undefined;
    scroll = 0;
  };

  const decide = (req: DecisionRequest) => {
    if (!view) return;
    const item = view.item;
    act(() => {
      const o = session.decide(item, req, { seen: view!.seen, note });
      note = undefined;
      decisions++;
      return { message: o.message, decided: item };
    });
  };

  const show = (at: number) => {
    index = Math.max(0, Math.min(at, items.length - 1));
    view = items.length ? session.describe(items[index].item) : undefined;
    message = '';
    scroll = 0;
  };

  const undo = (opts: { decision?: number; seen?: number }) =>
    act(() => {
      const o = session.undo(opts);
      return { message: o.message, focus: o.items[0] };
    });

  const candidateAt = (key: string): string | undefined => {
    const n = Number(key);
    return view && n >= 1 && n <= Math.min(5, view.candidates.length) ? view.candidates[n - 1].id : undefined;
  };

  const onItemKey = (str: string | undefined, key: Key): boolean => {
    const name = key.name ?? str;
    if (name === 'q' || (key.ctrl && name === 'c')) return false;
    if (key.ctrl || key.meta) return true;
    if (name === 'g') act(() => ({ message: 'queue reloaded', focus: view?.item }));
    else if (name === 'u') undo({});
    else if (name === 's' || name === 'right' || name === 'space') show(index + 1);
    else if (name === 'left') show(index - 1);
    else if (name === 'down' || name === 'pagedown') scroll += name === 'down' ? 1 : 10;
    else if (name === 'up' || name === 'pageup') scroll = Math.max(0, scroll - (name === 'up' ? 1 : 10));
    else if (!view) return true;
    else if (str && /^[1-5]$/.test(str) && view.kind === 'entry') { const id = candidateAt(str); if (id) decide({ action: 'accept', recordId: id }); }
    else if (view.stale && name === 'd') undo({ decision: view.stale.decision, seen: view.seen });
    else if (str === '?') decide({ action: 'unsure' });
    else if (view.kind === 'duplicate') {
      if (name === 'm') mode = { kind: 'merge' };
      else if (name === 'n') decide({ action: 'not-same' });
    } else if (name === 'r') mode = { kind: 'reject' };
    else if (name === 'n') decide({ action: 'none' });
    else if (name === 'p') decide({ action: 'not-person' });
    else if (name === 'c') mode = { kind: 'form', fields: { ...(view.prefill ?? {}) }, at: 0 };
    else if (str === '/') {
      const done = (q: string) => { mode = { kind: 'hits', hits: session.search(q) }; };
      mode = { kind: 'line', prompt: 'Search records by any spelling or ID: ', value: '', done };
    } else if (str === 't') {
      const done = (v: string) => { note = v.trim() || undefined; mode = { kind: 'item' }; };
      mode = { kind: 'line', prompt: 'Note for the next decision: ', value: note ?? '', done };
    }
    else if (str === 'A') {
      const choices = session.batchChoices(filter, 0.5);
      if (choices.length) mode = { kind: 'batch', choices };
      else message = 'no item in this view has a candidate with confidence 0.5 or more';
    }
    return true;
  };

  const onKey = (str: string | undefined, key: Key): boolean => {
    const name = key.name ?? str;
    if (mode.kind !== 'item' && (name === 'escape' || key.meta)) {
      mode = { kind: 'item' };
      // Esc and a key typed quickly arrive as one Alt-key: leave the prompt, then take the key.
      return key.meta && key.name && key.name !== 'escape' ? onItemKey(key.name, { name: key.name }) : true;
    }
    switch (mode.kind) {
      case 'item': return onItemKey(str, key);
      case 'reject': { const id = str && candidateAt(str); if (id) decide({ action: 'reject', recordId: id }); else mode = { kind: 'item' }; return true; }
      case 'merge': {
        const keep = str === '1' || str === '2' ? view?.candidates[Number(str) - 1]?.id : undefined;
        if (keep) decide({ action: 'same', keep }); else mode = { kind: 'item' };
        return true;
      }
      case 'hits': {
        const hit = str && /^[1-8]$/.test(str) ? mode.hits[Number(str) - 1] : undefined;
        if (hit) decide({ action: 'accept', recordId: hit.id, via: 'search' });
        return true;
      }
      case 'batch': {
        const choices = mode.choices;
        if (name === 'y') {
          act(() => {
            const out = session.acceptBatch(choices, { note });
            note = undefined;
            decisions += out.length;
            return { message: `accepted ${out.length} items as batch ${out[0]?.batch} (u undoes the whole batch)` };
          });
        }
        else { mode = { kind: 'item' }; message = 'batch cancelled: nothing written'; }
        return true;
      }
      case 'line': {
        if (name === 'return' || name === 'enter') mode.done(mode.value);
        else if (name === 'backspace') mode.value = graphemes(mode.value).slice(0, -1).join('');
        else if (str && !key.ctrl && !/[\x00-\x1f]/.test(str)) mode.value += str;
        return true;
      }
      case 'form': {
        const k = NEW_RECORD_FIELDS[mode.at];
        const value = mode.fields[k] ?? '';
        if (key.ctrl && name === 's') decide({ action: 'new-record', fields: mode.fields });
        else if (name === 'up') mode.at = Math.max(0, mode.at - 1);
        else if (name === 'down' || name === 'tab' || name === 'return' || name === 'enter') {
          if ((name === 'return' || name === 'enter') && mode.at === NEW_RECORD_FIELDS.length - 1) decide({ action: 'new-record', fields: mode.fields });
          else mode.at = Math.min(NEW_RECORD_FIELDS.length - 1, mode.at + 1);
        } else if (name === 'backspace') (mode.fields as Record<string, string>)[k] = graphemes(value).slice(0, -1).join('');
        else if (str && !key.ctrl && !/[\x00-\x1f]/.test(str)) (mode.fields as Record<string, string>)[k] = value + str;
        return true;
      }
    }
  };

  return new Promise((resolve, reject) => {
    emitKeypressEvents(input);
    if (input.isTTY) input.setRawMode(true);
    output.write('\x1b[?1049h\x1b[?25l');
    const finish = (error?: unknown) => {
      input.off('keypress', onKeypress);
      output.off('resize', draw);
      if (input.isTTY) input.setRawMode(false);
      input.pause();
      output.write('\x1b[?25h\x1b[?1049l');
      if (error) reject(error);
      else resolve({ decisions });
    };
    const onKeypress = (str: string | undefined, key: Key = {}) => {
      try {
        if (!onKey(str, key)) return finish();
        draw();
      } catch (e) {
        finish(e);
      }
    };
    try {
      load();
      draw();
    } catch (e) {
      finish(e);
      return;
    }
    input.on('keypress', onKeypress);
    output.on('resize', draw);
    input.resume();
  });
}
