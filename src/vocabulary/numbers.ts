/** Chinese numerals as written in letters and rulings: 十一, 二〇一五, 两, 廿. */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };

/** Parses 十一 -> 11, 二十三 -> 23, 一百零五 -> 105, 二〇一五 -> 2015 (digit by digit), 12 -> 12. */
export function parseChineseNumber(s: string): number | undefined {
  // (零 before digits is a filler: "7年零6个月".)
  const t = s.trim().replace(/^[零〇](?=\d)/, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (!t) return undefined;
  if ([...t].every((c) => c in DIGITS)) return Number([...t].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let current = 0;
  for (const c of t) {
    if (c in DIGITS) current = DIGITS[c];
    else if (c in UNITS) {
      total += (current || 1) * UNITS[c];
      current = 0;
    } else if (c === '廿') total += 20;
    else return undefined;
  }
  return total + current;
}
