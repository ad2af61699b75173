/**
 * Text of a DOCX with mammoth: paragraphs and tables (rows and cells kept). The only file that imports mammoth.
 *
 * Before mammoth sees the document, runs a reader cannot see are cut out of it: hidden (w:vanish, directly or
 * by style), under 3 pt, or in the colour of their background (white on white). mammoth reads neither of those
 * properties, so it is handed the ZIP through its `file` input (exists/read), with the filtered XML parts.
 */
import mammoth from 'mammoth';
import type { HiddenText } from '../../model/index.js';
import { readZipEntry, zipEntries, type ZipEntry } from './zip-guard.js';
import { HiddenTally, invisibleOn, parseColor, type Rgb } from './hidden-text.js';

export interface DocxContent {
  /** The document as HTML: tables stay tables, so rows are not lost. */
  html: string;
  /** Plain text, every paragraph and every cell on its own line. */
  text: string;
  /** What was left out as invisible, if anything. */
  hidden?: HiddenText;
}

/** The parts mammoth reads as text: hidden runs are cut from each. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'];
/** Runs smaller than this (in half-points, as w:sz gives them) cannot be read: under 3 pt. */
const TINY_HALF_POINTS = 6;

interface RunLook { vanish?: boolean; size?: number; color?: Rgb | 'auto' }
interface StyleDef extends RunLook { basedOn?: string; shaded?: boolean }

const TAG = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g;
const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
const isOn = (attrs: string) => !['false', '0', 'off'].includes(attr(attrs, 'w:val') ?? 'true');
const fillOf = (attrs: string): Rgb | undefined => {
  const fill = attr(attrs, 'w:fill');
  return fill && fill !== 'auto' ? parseColor(fill) : undefined;
};
const HIGHLIGHTS: Record<string, Rgb> = {
  yellow: [255, 255, 0], green: [0, 255, 0], cyan: [0, 255, 255], magenta: [255, 0, 255], blue: [0, 0, 255], red: [255, 0, 0],
  darkBlue: [0, 0, 139], darkCyan: [0, 139, 139], darkGreen: [0, 100, 0], darkMagenta: [128, 0, 128], darkRed: [139, 0, 0],
  darkYellow: [128, 128, 0], darkGray: [169, 169, 169], lightGray: [211, 211, 211], black: [0, 0, 0], white: [255, 255, 255],
};

/** Reads one run property into `look` (w:vanish, w:sz, w:color); other tags are ignored. */
function readRunProperty(name: string, attrs: string, look: RunLook): void {
  if (name === 'w:vanish') look.vanish = isOn(attrs);
  else if (name === 'w:sz') {
    const n = Number(attr(attrs, 'w:val'));
    if (Number.isFinite(n)) look.size = n;
  } else if (name === 'w:color') {
    const v = attr(attrs, 'w:val');
    look.color = !v || v === 'auto' ? 'auto' : parseColor(v) ?? 'auto';
  }
}

/** Character and paragraph styles (with what they inherit) and the document's default run properties. */
function readStyles(xml: string | undefined): { styles: Map<string, StyleDef>; defaults: RunLook } {
  const styles = new Map<string, StyleDef>();
  const defaults: RunLook = {};
  if (!xml) return { styles, defaults };
  let current: (StyleDef & { id: string }) | undefined;
  let inDefaults = false;
  let inRunProps = false;
  for (const [, close, name, attrs] of xml.matchAll(TAG)) {
    if (name === 'w:style') {
      if (close) {
        if (current) styles.set(current.id, current);
        current = undefined;
      } else current = { id: attr(attrs, 'w:styleId') ?? '' };
    } else if (name === 'w:rPrDefault') inDefaults = !close;
    else if (name === 'w:rPr') inRunProps = !close;
    else if (name === 'w:basedOn' && current) current.basedOn = attr(attrs, 'w:val');
    else if (name === 'w:shd' && current && fillOf(attrs)) current.shaded = true;
    else if (inRunProps && !close) readRunProperty(name, attrs, current ?? (inDefaults ? defaults : {}));
  }
  return { styles, defaults };
}

/** A style's run properties with those it is based on beneath them. */
function styleLook(styles: Map<string, StyleDef>, id: string | undefined, depth = 0): RunLook {
  const s = id ? styles.get(id) : undefined;
  if (!s || depth > 20) return {};
  return { ...styleLook(styles, s.basedOn, depth + 1), ...definedOnly(s) };
}
const definedOnly = (l: RunLook): RunLook => Object.fromEntries(Object.entries({ vanish: l.vanish, size: l.size, color: l.color }).filter(([, v]) => v !== undefined));

interface Open { name: string; start: number; look?: RunLook; background?: Rgb; style?: string; unknownBackground?: boolean }

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e] ?? m);
const runText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');

/**
 * Cuts the runs a reader cannot see out of a WordprocessingML part, tallying what was cut. Effective run
 * properties: the run's own, then its character style, then its paragraph's style, then the document defaults.
 */
export function dropHiddenRuns(xml: string, { styles, defaults }: ReturnType<typeof readStyles>, tally: HiddenTally): string {
  const stack: Open[] = [];
  const cuts: { start: number; end: number; how: string }[] = [];
  const pageBackground = fillOf(/<w:background\b([^>]*)>/.exec(xml)?.[1] ?? '') ?? parseColor(attr(/<w:background\b([^>]*)>/.exec(xml)?.[1] ?? '', 'w:color'));
  for (const m of xml.matchAll(TAG)) {
    const [whole, close, name, attrs, selfClosing] = m;
    const at = m.index!;
    if (close) {
      let open: Open | undefined;
      while (stack.length && (open = stack.pop())!.name !== name);
      if (open?.name === 'w:r') {
        const how = invisibility(open, stack, { styles, defaults, pageBackground });
        if (how) cuts.push({ start: open.start, end: at + whole.length, how });
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    const grand = stack[stack.length - 2];
    if (parent?.name === 'w:rPr' && grand?.name === 'w:r') {
      if (name === 'w:rStyle') grand.style = attr(attrs, 'w:val');
      else if (name === 'w:shd') grand.background = fillOf(attrs) ?? grand.background;
      else if (name === 'w:highlight') grand.background = HIGHLIGHTS[attr(attrs, 'w:val') ?? ''] ?? grand.background;
      else readRunProperty(name, attrs, (grand.look ??= {}));
    } else if (parent?.name === 'w:pPr' && grand?.name === 'w:p') {
      if (name === 'w:pStyle') grand.style = attr(attrs, 'w:val');
      else if (name === 'w:shd') grand.background = fillOf(attrs);
    } else if (parent?.name === 'w:tcPr' && grand?.name === 'w:tc' && name === 'w:shd') grand.background = fillOf(attrs);
    else if (parent?.name === 'w:tblPr' && grand?.name === 'w:tbl') {
      if (name === 'w:shd') grand.background = fillOf(attrs);
      // A table style may shade rows or cells (a dark header row): the background of its text is then unknown.
      if (name === 'w:tblStyle' && styles.get(attr(attrs, 'w:val') ?? '')?.shaded) grand.unknownBackground = true;
    }
    if (!selfClosing) stack.push({ name, start: at });
  }
  // Only the outermost of nested cuts (a run holding a text box holding runs).
  const kept = cuts.sort((a, b) => a.start - b.start || b.end - a.end).filter((c, i, all) => !all.slice(0, i).some((o) => o.start <= c.start && o.end >= c.end));
  let out = '';
  let pos = 0;
  for (const c of kept) {
    tally.add(runText(xml.slice(c.start, c.end)), c.how);
    out += xml.slice(pos, c.start);
    pos = c.end;
  }
  return out + xml.slice(pos);
}

/** Why a run cannot be seen, or undefined when it can. */
function invisibility(run: Open, enclosing: Open[], ctx: ReturnType<typeof readStyles> & { pageBackground?: Rgb }): string | undefined {
  const paragraph = [...enclosing].reverse().find((o) => o.name === 'w:p');
  const look: RunLook = { ...ctx.defaults, ...styleLook(ctx.styles, paragraph?.style), ...styleLook(ctx.styles, run.style), ...definedOnly(run.look ?? {}) };
  if (look.vanish) return 'hidden (w:vanish)';
  if (look.size !== undefined && look.size < TINY_HALF_POINTS) return 'under 3 pt';
  if (look.color && look.color !== 'auto') {
    const layers = [run, ...[...enclosing].reverse()];
    if (layers.some((o) => o.unknownBackground)) return undefined;
    const background = layers.find((o) => o.background)?.background ?? ctx.pageBackground;
    if (invisibleOn(look.color, background)) return 'text in the colour of its background (white on white)';
  }
  return undefined;
}

/** Reads the text of a DOCX, leaving out what a reader cannot see. Call after the ZIP guard (read-document.ts). */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error('the ZIP directory is damaged');
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const utf8 = (name: string) => (byName.has(name) ? new TextDecoder().decode(readZipEntry(bytes, byName.get(name)!)) : undefined);
  const styles = readStyles(utf8('word/styles.xml'));
  const tally = new HiddenTally();
  const filtered = new Map<string, Uint8Array>();
  for (const part of TEXT_PARTS) {
    const xml = utf8(part);
    if (xml !== undefined) filtered.set(part, new TextEncoder().encode(dropHiddenRuns(xml, styles, tally)));
  }
  const file = {
    exists: (name: string) => byName.has(name),
    read: async (name: string, encoding?: string) => {
      const entry = byName.get(name);
      if (!entry) throw new Error(`no ${name} in the DOCX`);
      const data = filtered.get(name) ?? readZipEntry(bytes, entry);
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
  };
  // mammoth's `file` input (an opened ZIP) is not in its type declarations.
  const input = { file } as unknown as { buffer: Buffer };
  const [{ value: html }, { value: text }] = await Promise.all([mammoth.convertToHtml(input), mammoth.extractRawText(input)]);
  return { html, text, hidden: tally.result() };
}
