/**
 * The embedded CJK font and a fontkit 2 adapter for pdf-lib. @pdf-lib/fontkit 1.1.1 writes a corrupt
 * CID-keyed CFF subset for Noto Sans Hans (poppler: "Embedded font file may be invalid"; pdf-lib issues
 * #1232, #494, #808); fontkit 2 subsets it correctly but has no Subset.encodeStream(), which pdf-lib
 * calls, so the adapter provides it from encode().
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

let fontBytes: Uint8Array | undefined;
/** Noto Sans Hans Regular (OFL) from @embedpdf/fonts-sc, whose exports map hides the font files. */
export function cjkFontBytes(): Uint8Array {
  if (!fontBytes) {
    const entry = require.resolve('@embedpdf/fonts-sc');
    fontBytes = readFileSync(join(dirname(entry), '..', 'fonts', 'NotoSansHans-Regular.otf'));
  }
  return fontBytes;
}

let coverageFont: { hasGlyphForCodePoint(cp: number): boolean } | undefined;
/** The characters of `text` the embedded font has no glyph for (each once, in order): they print as empty boxes. */
export function missingGlyphs(text: string): string[] {
  coverageFont ??= fontkit.create(Buffer.from(cjkFontBytes())) as { hasGlyphForCodePoint(cp: number): boolean };
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) if (!/\s/.test(ch) && !coverageFont.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
  return [...missing];
}

type Listener = (x?: unknown) => void;
/** The small stream pdf-lib reads a subset from: one data event with the encoded bytes, then end. */
function onceStream(bytes: Uint8Array) {
  const listeners: Record<string, Listener[]> = {};
  const stream = {
    on(event: string, fn: Listener) {
      (listeners[event] ??= []).push(fn);
      return stream;
    },
  };
  setImmediate(() => {
    listeners.data?.forEach((f) => f(bytes));
    listeners.end?.forEach((f) => f());
  });
  return stream;
}

/** What pdf-lib's registerFontkit expects, backed by fontkit 2. */
export const fontkitAdapter = {
  create(data: Uint8Array) {
    const font = fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) as any;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      subset.encodeStream = () => onceStream(subset.encode());
      return subset;
    };
    return font;
  },
};
