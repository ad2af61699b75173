/** Text encodings people really have: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5. */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** How many decoded characters are common CJK, Latin or punctuation: picks GB18030 or Big5 for legacy files. */
function plausibility(text: string): number {
  let good = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0xb7 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) good++;
    else if (c === 0xfffd) good -= 5;
  }
  return good;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: strictUtf8.decode(buf), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy Chinese encoding. Prefer the reading with more plausible characters.
    const gb = iconv.decode(buf, 'gb18030');
    const big5 = iconv.decode(buf, 'big5');
    return plausibility(big5) > plausibility(gb) ? { text: big5, encoding: 'big5' } : { text: gb, encoding: 'gb18030' };
  }
}
