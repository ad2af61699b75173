import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/index.js';
import { deriveNames } from '../../src/names/index.js';
import type { PrisonerRecord, RecordId } from '../../src/model/index.js';

const rec = (id: string, zh: string, en: string, extra: Partial<PrisonerRecord> = {}): PrisonerRecord => ({
  id: id as RecordId, names: deriveNames({ zh, en, aliases: extra.names?.aliases ?? [], ethnicity: extra.ethnicity }), sources: [], ...extra, ...(extra.names ? { names: deriveNames({ zh, en, aliases: extra.names.aliases, ethnicity: extra.ethnicity }) } : {}),
});
const year = (y: number) => ({ value: String(y), precision: 'year' as const });

const registry: PrisonerRecord[] = [
  rec('R1', '朱东', 'Zhu Dong', { birth: year(1968), province: 'Beijing', gender: 'M' }),
  rec('R2', '王军', 'Wang Jun', { birth: year(1970), province: 'Henan', gender: 'M' }),
  rec('R3', '王军', 'Wang Jun', { birth: year(1985), province: 'Sichuan', gender: 'M' }),
  rec('R4', '欧阳明亮', 'Ouyang Mingliang', { birth: year(1958) }),
  rec('R5', '單偉明', '', {}),
  rec('R6', '張志明', 'Chang Chih-ming', { province: 'Taiwan' }),
  rec('R7', '陳大文', 'Chan Tai-man', { names: { aliases: [{ kind: 'english', name: 'Peter Chan' }] } }),
  rec('R8', '阿不都热依木·吐尔逊', 'Abdurehim Tursun', { ethnicity: 'Uyghur' }),
  rec('R9', '扎西旺秋', 'Tashi Wangchuk', { ethnicity: 'Tibetan' }),
  rec('R10', '何梅', 'He Mei', {}),
  rec('R11', '李阳', 'Li Yang', {}),
  rec('R12', '罗旭涛', 'Luo Xutao', {}),
  rec('R13', '', 'Zhang Hua', { birth: year(1978) }),
  rec('R14', '上官轩涛', '', {}),
  rec('R15', '拉姆桑杰', 'Lhamo Sangye', { ethnicity: 'Tibetan' }),
  rec('R16', '', 'Jiang Li', {}),
  rec('R17', '姜利', '', {}),
];
const matcher = createMatcher(registry);

describe('decisions', () => {
  it.each([
    // query, context, decision, id
    ['朱东', {}, 'auto', 'R1'],
    ['朱東', {}, 'auto', 'R1'],
    ['朱 东', {}, 'auto', 'R1'],
    ['Zhu Dong', {}, 'auto', 'R1'],
    ['ZHU Dong', {}, 'auto', 'R1'],
    ['Zhū Dōng', {}, 'auto', 'R1'],
    ['zhu1 dong1', {}, 'auto', 'R1'],
    ['Dong ZHU', {}, 'auto', 'R1'],
    ['Mr. Zhu Dong', {}, 'auto', 'R1'],
    ['朱东 (Zhu Dong)', {}, 'auto', 'R1'],
    ['Mingliang Ouyang', {}, 'auto', 'R4'],
    ['Ou-yang Ming-liang', {}, 'auto', 'R4'],
    ['单伟明', {}, 'auto', 'R5'],
    ['Shan Weiming', {}, 'auto', 'R5'],
    ['Chang Chih-ming', {}, 'auto', 'R6'],
    ['Zhang Zhiming', {}, 'auto', 'R6'],
    ['Peter Chan Tai-man', {}, 'auto', 'R7'],
    ['Chan Tai Man', {}, 'auto', 'R7'],
    ['阿不都热依木•吐尔逊', {}, 'auto', 'R8'],
    ['阿不都热依木.吐尔逊', {}, 'auto', 'R8'],
    ['Abudureyimu Tuerxun', {}, 'review', 'R8'],
    ['Trashi Wangchuk', {}, 'auto', 'R9'],
    ['Zhaxi Wangqiu', {}, 'auto', 'R9'],
    ['格西扎西旺秋', {}, 'auto', 'R9'],
    ['Xutao Luo', {}, 'auto', 'R12'],
    ["Shang-kuan Hsüan-t'ao", {}, 'auto', 'R14'],
    // two records with the same characters: review unless context separates them
    ['王军', {}, 'review', undefined],
    ['Wang Jun', {}, 'review', undefined],
    ['王军', { birthYear: 1985 }, 'auto', 'R3'],
    ['Wang Jun', { province: 'Henan' }, 'auto', 'R2'],
    // plausible but not certain: review with the right candidate
    ['贺梅', {}, 'review', 'R10'],
    ['Yang Li', {}, 'review', 'R11'],
    ['Abdurahim Tursun', {}, 'review', 'R8'],
    ['Sangye Lhamo', {}, 'review', 'R15'],
    ['朱冬', {}, 'review', 'R1'],
    // characters that read like a romanised-only record, while another record has that reading in other characters
    ['姜黎', {}, 'review', undefined],
    // nobody
    ['Wang Xiaoming', {}, 'none', undefined],
    ['李小龙', {}, 'none', undefined],
  ] as const)('%s %j -> %s %s', (name, ctx, decision, id) => {
    const r = matcher.matchName(name, ctx);
    expect(r.decision).toBe(decision);
    if (id) expect(r.candidates[0]?.id).toBe(id);
    if (decision === 'auto') expect(r.id).toBe(id);
  });

  it('never auto-accepts when two records are equally plausible, and says why', () => {
    const r = matcher.matchName('王军');
    expect(r.decision).toBe('review');
    expect(r.reason).toMatch(/as plausible/);
    expect(r.candidates.map((c) => c.id).sort()).toEqual(['R2', 'R3']);
  });

  it('explains every candidate with features, never a bare number', () => {
    const r = matcher.matchName('Zhu Dong', { birthYear: 1968 });
    const features = r.candidates[0].evidence.map((e) => e.feature);
    expect(features[0]).toMatch(/same (pinyin|romanised spelling)/);
    expect(features).toContain('birth year agrees');
    for (const e of r.candidates[0].evidence) expect(e.detail).not.toBe('');
  });

  it('is more cautious with OCR text', () => {
    expect(matcher.matchName('朱东', { ocr: true, ocrConfidence: 93 }).decision).toBe('auto');
    // Read with little confidence, or with none given: a person compares it with the image.
    expect(matcher.matchName('朱东', { ocr: true, ocrConfidence: 60 }).decision).toBe('review');
    expect(matcher.matchName('朱东', { ocr: true }).decision).toBe('review');
    expect(matcher.matchName('Xutao Luo', { ocr: true, ocrConfidence: 95 }).decision).toBe('review');
    // One character misread (朱东 as 朱车): review with the right person first, never auto to someone else.
    const misread = matcher.matchName('朱车', { ocr: true, ocrConfidence: 95 });
    expect(misread.decision).toBe('review');
    expect(misread.candidates[0].id).toBe('R1');
  });
});

describe('ranking: this spelling must outscore that', () => {
  const score = (name: string, id: string, ctx = {}) => matcher.matchName(name, ctx).candidates.find((c) => c.id === id)?.confidence ?? 0;
  it.each([
    ['朱东', 'Zhu Dong', 'R1', 'same characters beat the same pinyin'],
    ['Zhu Dong', 'Dong Zhu', 'R1', 'surname first beats surname last'],
    ['Luo Xutao', 'Luo Xutai', 'R12', 'the right syllables beat one syllable off'],
    ['Abdurehim Tursun', 'Abdurahim Tursun', 'R8', 'the recorded spelling beats a variant'],
    ['Tashi Wangchuk', 'Wangchuk Tashi', 'R9', 'a Tibetan name in its order beats it swapped'],
  ])('%s > %s for %s (%s)', (better, worse, id) => {
    expect(score(better, id)).toBeGreaterThan(score(worse, id));
  });

  it('agreeing context ranks a namesake first', () => {
    expect(matcher.matchName('王军', { birthYear: 1970 }).candidates[0].id).toBe('R2');
    expect(matcher.matchName('王军', { province: 'Sichuan' }).candidates[0].id).toBe('R3');
  });
});

describe('a name in characters that a record has as another name', () => {
  const a = rec('A1', '杨恒均', 'Yang Hengjun', { names: { aliases: [{ kind: 'other', name: '杨军' }] } });
  const b = rec('A2', '杨军', 'Yang Jun');
  it('is the same characters, not a homophone: alone it is accepted, beside a namesake it is reviewed', () => {
    const alone = createMatcher([a]).matchName('杨军', {});
    expect(alone.decision).toBe('auto');
    expect(alone.candidates[0].evidence[0].feature).toBe('same characters');
    const both = createMatcher([a, b]).matchName('杨军', {});
    expect(both.decision).toBe('review');
    expect(both.candidates.map((c) => c.evidence[0].feature)).toEqual(['same characters', 'same characters']);
    expect(both.candidates[0].confidence).toBe(both.candidates[1].confidence);
  });
});

describe('Tibetan names spelt another way', () => {
  it('meets Lodoe Gyamtso and Lodro Gyatso as one name, and sends two such records to review', () => {
    const m = createMatcher([rec('T1', '', 'Lodoe Gyatso', { ethnicity: 'Tibetan' })]);
    expect(m.matchName('Lodro Gyamtso', {}).candidates[0]?.id).toBe('T1');
    const two = createMatcher([rec('T1', '', 'Lodoe Gyatso', { ethnicity: 'Tibetan' }), rec('T2', '', 'Lodroe Gyatso', { ethnicity: 'Tibetan' })]);
    expect(two.matchName('Lodoe Gyamtso', {}).decision).toBe('review');
  });
});

describe('a title written into the record\'s name', () => {
  it('meets "Tenzin Deleg" and "Tenzin Delek" in a response with the record "Tenzin Delek Rinpoche"', () => {
    const m = createMatcher([rec('T1', '阿安扎西', 'Tenzin Delek Rinpoche', { ethnicity: 'Tibetan' }), rec('T2', '', 'Tenzin Dorje', { ethnicity: 'Tibetan' })]);
    for (const q of ['Tenzin Delek', 'Tenzin Deleg', 'Tenzin Deleg Rinpoche']) expect(m.matchName(q, {}).candidates[0]?.id).toBe('T1');
    expect(m.matchName('Tenzin Dorje', {}).id).toBe('T2');
  });
});

describe('an age that does not fit the only record of a name', () => {
  it('never auto-accepts "Alex Lee, 52" for the recorded Alex Lee born 1990, and still accepts a fitting age', () => {
    const m = createMatcher([rec('A1', '', 'Alex Lee', { birth: year(1990) })]);
    const r = m.matchName('Alex Lee', { approxBirthYear: 1971 });
    expect(r.candidates[0]?.id).toBe('A1');
    expect(r.decision).toBe('review');
    expect(r.candidates[0]?.evidence.map((e) => e.feature)).toContain('age does not fit birth year');
    expect(m.matchName('Alex Lee', { approxBirthYear: 1990 }).decision).toBe('auto');
  });
});
