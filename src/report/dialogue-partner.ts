/**
 * Lists go to a session of a dialogue ("EU-China Human Rights Dialogue, 38th session"); reports count per
 * dialogue partner, so the session, round or year written after the partner's name is left out.
 */
const TRAILERS: readonly RegExp[] = [
  // ", 38th session", " - 5th round", "(the 12th meeting)"
  /[\s,，;；:：(（\-–—]*(the\s+)?\d+\s*(st|nd|rd|th)?\s+(session|round|meeting|dialogue)\s*[)）]?$/i,
  // "session 38", "round 5"
  /[\s,，;；:：(（\-–—]*(session|round|meeting)\s+(no\.?\s*)?\d+\s*[)）]?$/i,
  // "第38次会议", "（第五轮）"
  /[\s,，;；:：(（\-–—]*第[\d一二三四五六七八九十百零〇两]+(次|轮|届)(会议|对话|会晤|磋商)?\s*[)）]?$/,
  // ", 2019", "(2019)"
  /[\s,，;；:：(（\-–—]+(19|20)\d\d\s*[)）]?$/,
];

/** The partner a recipient names: its session, round or year removed. */
export function dialoguePartner(recipient: string): string {
  let name = recipient.normalize('NFC').trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const re of TRAILERS) {
      const next = name.replace(re, '').trim();
      if (next && next !== name) {
        name = next;
        changed = true;
      }
    }
  }
  return name;
}

/** A key under which spellings of one partner meet: case, dash kind and spacing do not matter. */
export function partnerKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[‐‑‒–—―]/g, '-').replace(/\s+/g, ' ').trim();
}
