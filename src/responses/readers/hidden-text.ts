/**
 * What the readers share about text a reader cannot see: a tally of what was skipped, and colour contrast
 * (white on white is as invisible as `display:none`). No third-party library here.
 */
import type { HiddenText } from '../../model/index.js';

export type Rgb = [number, number, number];

/** Collects skipped text: how many characters, how they were hidden, and the start of it. */
export class HiddenTally {
  private chars = 0;
  private readonly how = new Set<string>();
  private sample = '';

  add(text: string, how: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    this.chars += [...t].length;
    this.how.add(how);
    if (this.sample.length < 80) this.sample = (this.sample ? `${this.sample} … ` : '') + t;
  }

  result(): HiddenText | undefined {
    return this.chars ? { chars: this.chars, how: [...this.how].sort(), sample: [...this.sample].slice(0, 80).join('') } : undefined;
  }
}

const NAMED: Record<string, Rgb> = {
  white: [255, 255, 255], black: [0, 0, 0], red: [255, 0, 0], green: [0, 128, 0], blue: [0, 0, 255], yellow: [255, 255, 0],
  gray: [128, 128, 128], grey: [128, 128, 128], silver: [192, 192, 192], navy: [0, 0, 128], snow: [255, 250, 250],
  ivory: [255, 255, 240], whitesmoke: [245, 245, 245], ghostwhite: [248, 248, 255], linen: [250, 240, 230],
};

/** #fff, #ffffff, FFFFFF (Word), rgb(255, 255, 255), white. Undefined for auto, transparent and what is not a colour. */
export function parseColor(value: string | undefined): Rgb | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/.exec(v);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(v);
  if (rgb) {
    // A fully transparent colour is no colour.
    if (rgb[4] !== undefined && parseFloat(rgb[4]) === 0) return undefined;
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  return NAMED[v];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/**
 * True when text in this colour cannot be read on this background: a WCAG contrast ratio under 1.25 (white on
 * white is 1, light grey #F0F0F0 on white 1.14; black on white is 21, ordinary grey text 4 or more).
 */
export function invisibleOn(text: Rgb, background: Rgb = [255, 255, 255]): boolean {
  const [a, b] = [luminance(text), luminance(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05) < 1.25;
}
