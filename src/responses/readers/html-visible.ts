/**
 * The text of an HTML response that a reader can see. Left out, and tallied: elements a browser does not show
 * (display:none, the hidden attribute, opacity 0, <template>, <script>, <style>, <noscript>, <head>), and text
 * hidden where it stands (visibility:hidden, a font under 3 pt, a colour no different from its background).
 * CSS is read from style attributes and from <style> rules with simple selectors (tag, .class, #id, tag.class).
 */
import { HiddenTally, invisibleOn, parseColor, type Rgb } from './hidden-text.js';
import type { HiddenText } from '../../model/index.js';
import { htmlText } from './html.js';

type Declarations = Record<string, string>;
interface Rule { tag?: string; id?: string; classes: string[]; decls: Declarations }
interface Open { name: string; color?: Rgb; background?: Rgb; fontPx: number; invisible?: string }

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose whole content a browser does not show as text. */
const NOT_SHOWN: Record<string, string> = {
  script: 'script (not run)', style: 'style sheet', template: '<template>', noscript: '<noscript>', title: 'title',
};
/** Not shown, and not text either: left out without counting. */
const NOT_TEXT = new Set(['style', 'title']);
/** A start tag that ends the open element named (HTML's implied end tags). */
const IMPLIED_END: Record<string, string[]> = {
  p: ['p'], div: ['p'], table: ['p'], ul: ['p'], ol: ['p'], h1: ['p'], h2: ['p'], h3: ['p'], h4: ['p'], h5: ['p'], h6: ['p'],
  li: ['li', 'p'], td: ['td', 'th', 'p'], th: ['td', 'th', 'p'], tr: ['tr', 'td', 'th', 'p'],
};
const TINY_PX = 4; // about 3 pt
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

const attrOf = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);
const hasAttr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}(?:\\s|=|/|$)`, 'i').test(attrs);

function parseDeclarations(css: string): Declarations {
  const out: Declarations = {};
  for (const d of css.split(';')) {
    const i = d.indexOf(':');
    if (i > 0) out[d.slice(0, i).trim().toLowerCase()] = d.slice(i + 1).replace(/!important/i, '').trim().toLowerCase();
  }
  return out;
}

/** Rules with simple selectors from every <style> block; anything more complex is left alone. */
function readRules(html: string): Rule[] {
  const rules: Rule[] = [];
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{([\s\S]*?\})\s*\}/g, '$1');
    for (const [, selectors, body] of flat.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      const decls = parseDeclarations(body);
      for (const sel of selectors.split(',').map((s) => s.trim())) {
        const m = /^([a-z][\w-]*)?((?:[.#][\w-]+)*)$/i.exec(sel);
        if (!m || (!m[1] && !m[2])) continue;
        const parts = m[2].match(/[.#][\w-]+/g) ?? [];
        rules.push({ tag: m[1]?.toLowerCase(), id: parts.find((p) => p[0] === '#')?.slice(1), classes: parts.filter((p) => p[0] === '.').map((p) => p.slice(1)), decls });
      }
    }
  }
  return rules;
}

function declarationsFor(name: string, attrs: string, rules: Rule[]): Declarations {
  const id = attrOf(attrs, 'id');
  const classes = (attrOf(attrs, 'class') ?? '').split(/\s+/).filter(Boolean);
  const fromRules = rules.filter((r) => (!r.tag || r.tag === name) && (!r.id || r.id === id) && r.classes.every((c) => classes.includes(c)));
  return Object.assign({}, ...fromRules.map((r) => r.decls), parseDeclarations(attrOf(attrs, 'style') ?? ''));
}

function fontPx(value: string | undefined, inherited: number): number {
  if (!value) return inherited;
  const m = /^(-?[\d.]+)(px|pt|em|rem|%)?$/.exec(value);
  if (!m) return inherited;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'pt': return (n * 4) / 3;
    case 'em': return n * inherited;
    case 'rem': return n * 16;
    case '%': return (n / 100) * inherited;
    default: return n;
  }
}

const backgroundOf = (d: Declarations, attrs: string): Rgb | undefined =>
  parseColor(d['background-color']) ?? (d.background ?? '').split(/\s+/).map(parseColor).find(Boolean) ?? parseColor(attrOf(attrs, 'bgcolor'));

/** Why an element and everything in it is not shown, or undefined. */
function notShown(name: string, attrs: string, d: Declarations): string | undefined {
  if (NOT_SHOWN[name]) return NOT_SHOWN[name];
  if (hasAttr(attrs, 'hidden')) return 'the hidden attribute';
  if (d.display === 'none') return 'display:none';
  if (d.opacity !== undefined && Number(d.opacity) === 0) return 'opacity:0';
  return undefined;
}

/** Index just past the end tag closing the element opened before `from` (same-name nesting counted), or -1. */
function endOf(html: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (!depth) return m.index + m[0].length;
  }
  return -1;
}

/** The HTML with what a reader cannot see taken out, and a tally of it. */
export function dropHiddenHtml(html: string): { html: string; hidden?: HiddenText } {
  const rules = readRules(html);
  const tally = new HiddenTally();
  const stack: Open[] = [{ name: '#root', fontPx: 16 }];
  const top = () => stack[stack.length - 1];
  let out = '';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [token, close, rawName, attrs = ''] = m;
    if (token.startsWith('<!--')) continue;
    if (!rawName) {
      // Text: kept unless hidden where it stands.
      const o = top();
      const why = o.invisible ?? (o.fontPx < TINY_PX ? 'font under 3 pt' : o.color && invisibleOn(o.color, o.background) ? 'text in the colour of its background (white on white)' : undefined);
      if (why) tally.add(htmlText(token), why);
      else out += token;
      continue;
    }
    const name = rawName.toLowerCase();
    if (close) {
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      out += token;
      continue;
    }
    for (const ended of IMPLIED_END[name] ?? []) if (top().name === ended && stack.length > 1) stack.pop();
    const d = declarationsFor(name, attrs, rules);
    const why = notShown(name, attrs, d);
    if (why && !VOID.has(name) && !token.endsWith('/>')) {
      let end = endOf(html, name, TOKEN.lastIndex);
      if (end < 0) {
        // No end tag: the element ends where the next block starts, as a browser would close it.
        const next = /<(?:p|div|li|tr|td|th|table|h[1-6]|ul|ol|section|article|body|\/body)\b/gi;
        next.lastIndex = TOKEN.lastIndex;
        end = next.exec(html)?.index ?? html.length;
      }
      if (!NOT_TEXT.has(name)) tally.add(htmlText(html.slice(TOKEN.lastIndex, end).replace(/<\/?[a-z][^>]*>/gi, ' ')), why);
      TOKEN.lastIndex = end;
      continue;
    }
    out += token;
    if (VOID.has(name) || token.endsWith('/>')) continue;
    const parent = top();
    const visibility = d.visibility;
    stack.push({
      name,
      color: parseColor(d.color) ?? parseColor(name === 'font' ? attrOf(attrs, 'color') : undefined) ?? parent.color,
      background: backgroundOf(d, attrs) ?? parent.background,
      fontPx: fontPx(d['font-size'], parent.fontPx),
      invisible: visibility === 'hidden' || visibility === 'collapse' ? `visibility:${visibility}` : visibility === 'visible' ? undefined : parent.invisible,
    });
  }
  return { html: out, hidden: tally.result() };
}
