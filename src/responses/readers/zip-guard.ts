/**
 * Reads a ZIP's central directory (without inflating anything) so that a DOCX that would inflate to
 * gigabytes is refused before any library touches it; then reads single entries, within their declared size.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry { name: string; compressed: number; uncompressed: number; method: number; offset: number }

export function zipEntries(buf: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLen));
    out.push({ name, compressed, uncompressed, method, offset });
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

/** The bytes of one entry (stored or deflated), never inflating past the size the directory declares. */
export function readZipEntry(buf: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (entry.offset + 30 > buf.length || view.getUint32(entry.offset, true) !== 0x04034b50) throw new Error(`damaged ZIP entry ${entry.name}`);
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = buf.subarray(start, start + entry.compressed);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`ZIP entry ${entry.name} uses compression method ${entry.method}, which Word does not write`);
  return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressed) }));
}
