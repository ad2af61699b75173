import { describe, expect, it } from 'vitest';
import { deriveNames, cleanName, normalizeText, toTraditional, wadeGilesToPinyin, latinWords, tibetanFromLatin, tibetanFromHan, skeleton } from '../../src/names/index.js';

describe('derived name forms', () => {
  it.each([
    ['朱东', 'Zhū Dōng', '朱東'],
    ['单伟', 'Shàn Wěi', '單偉'],
    ['曾志华', 'Zēng Zhìhuá', '曾志華'],
    ['解晓红', 'Xiè Xiǎohóng', '解曉紅'],
    ['欧阳明亮', 'Ōuyáng Míngliàng', '歐陽明亮'],
    ['尉迟建国', 'Yùchí Jiànguó', '尉遲建國'],
    ['朴英哲', 'Piáo Yīngzhé', '朴英哲'],
    ['翟晓丽', 'Zhái Xiǎolì', '翟曉麗'],
    ['伊力哈木·吐尔逊', "Yīlìhāmù Tǔ'ěrxùn", undefined],
  ])('%s -> %s', (zh, pinyin, trad) => {
    const n = deriveNames({ zh });
    expect(n.pinyin).toBe(pinyin);
    if (trad) expect(n.zhTraditional).toBe(trad);
  });

  it('writes Tibetan names without a surname split', () => {
    expect(deriveNames({ zh: '拉姆措', ethnicity: 'Tibetan' }).pinyin).toBe('Lāmǔcuò');
  });

  it('reads traditional input through simplified', () => {
    expect(deriveNames({ zh: '單偉' })).toMatchObject({ zhSimplified: '单伟', pinyin: 'Shàn Wěi' });
    expect(deriveNames({ zh: '區家麟' })).toMatchObject({ zhSimplified: '区家麟', pinyin: 'Ōu Jiālín' });
  });

  it('keeps the surname 朴 and 范 when converting to traditional', () => {
    expect(toTraditional('朴芳明')).toBe('朴芳明');
    expect(toTraditional('范文')).toBe('范文');
  });

  it('normalises NFC, full-width letters and every middle dot', () => {
    for (const dot of ['·', '•', '‧', '・', '．']) expect(normalizeText(`伊力哈木${dot}吐尔逊`)).toBe('伊力哈木·吐尔逊');
    expect(normalizeText('Ｗａｎｇ　Ｊｕｎ')).toBe('Wang Jun');
    expect(normalizeText('Zhu\u0304 Do\u0304ng')).toBe('Zhū Dōng');
  });

  it('strips titles and keeps bracketed alternatives', () => {
    expect(cleanName('王军 (Wang Jun) 牧师')).toEqual({ core: '王军', bracketed: ['Wang Jun'], titles: ['牧师'] });
    expect(cleanName('Pastor ZHANG Zhiming').core).toBe('ZHANG Zhiming');
    expect(cleanName('格桑活佛').core).toBe('格桑');
  });

  it('converts Wade-Giles with apostrophes and ü', () => {
    const r = wadeGilesToPinyin(latinWords("Shang-kuan Hsüan-t'ao", { keepUmlaut: true }))!.map((x) => x.join(' '));
    expect(r).toContain('shang guan xuan tao');
    expect(wadeGilesToPinyin(latinWords('Yü Chün-chün', { keepUmlaut: true }))!.map((x) => x.join(' '))).toContain('yu jun jun');
  });

  it('knows Tibetan names in any spelling', () => {
    expect(tibetanFromLatin(latinWords('Trashi Wangchuk'))).toEqual(['tashi', 'wangchuk']);
    expect(tibetanFromLatin(latinWords('Zhaxi Wangqiu'))).toEqual(['tashi', 'wangchuk']);
    expect(tibetanFromHan('扎西旺秋')).toEqual(['tashi', 'wangchuk']);
  });

  it('gives Uyghur spellings and the pinyin of their transliteration one skeleton', () => {
    expect(skeleton('Abdurehim')).toBe(skeleton('Abdurahim'));
    expect(skeleton('Abdurehim')).toBe(skeleton('abudureyimu'));
    expect(skeleton('Ilham')).toBe(skeleton('yilihamu'));
    expect(skeleton('Tohti')).toBe(skeleton('tuheti'));
  });
});

describe('radical look-alikes', () => {
  it('reads CJK radical signs and Kangxi radicals typed for characters as those characters, offsets kept', () => {
    expect(normalizeText('赖⻅君')).toBe('赖见君');
    expect(normalizeText('⻙亚妮')).toBe('韦亚妮');
    expect(normalizeText('⾦美红')).toBe('金美红'); // U+2FA6 KANGXI RADICAL GOLD
    expect('⻙亚妮 ⻓'.length).toBe(normalizeText('⻙亚妮 ⻓').length);
  });
});

describe('fact words in traditional characters', () => {
  it('hold every Chinese fact word as traditional-script texts write it', async () => {
    const { FACT_WORDS, FACT_WORDS_TRADITIONAL } = await import('../../src/responses/prose/spans.js');
    const written = FACT_WORDS_TRADITIONAL.source.split('|');
    const missing = FACT_WORDS.source.split('|').filter((w) => /\p{Script=Han}/u.test(w)).map((w) => toTraditional(w))
      .filter((t) => !FACT_WORDS.source.split('|').includes(t) && !written.includes(t));
    expect(missing).toEqual([]);
  });
});
