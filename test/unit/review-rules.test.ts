// The pure rules of review: dates and "newer than", what accepting writes, what undo may put back, staleness,
// merging, new records, item IDs, and the terminal's column widths in Chinese, Tibetan and Uyghur.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import type { EntryFacts, ItemView, PrisonerRecord } from '../../src/model/index.js';
import { asRecordId } from '../../src/model/index.js';
import { deriveNames } from '../../src/names/index.js';
import {
  describeFacts,
  changedIdentity, heldDateOf, identityOf, isLater, mergeRecords, newsDateOf, parseItemId, planAccept, prefillRecord,
  recordFromFields, revertFields, fit, wrap, renderItem,
} from '../../src/review/index.js';

const record = (over: Partial<PrisonerRecord> = {}): PrisonerRecord => ({
  id: asRecordId('R1'), names: deriveNames({ zh: '王军', en: 'Wang Jun', aliases: [] }), gender: 'M',
  birth: { value: '1985', precision: 'year' }, province: 'Sichuan', status: 'serving', prison: '四川省川西监狱', sources: [], ...over,
});
const facts = (over: Partial<EntryFacts> = {}): EntryFacts => ({ name: '王军', status: 'released', events: [], ...over });

describe('dates known to a precision', () => {
  it('is later only when every day it may mean comes after', () => {
    expect(isLater('2024', '2023-06-15')).toBe(true);
    expect(isLater('2023-05', '2023')).toBe(false);
    expect(isLater('2023', '2023-05')).toBe(false);
    expect(isLater('2023-02-01', '2023-01')).toBe(true);
    expect(isLater('2024-02', '2024-02-29')).toBe(false);
    expect(isLater('2024-03-01', '2024-02')).toBe(true);
  });

  it('dates news by its latest event, or the day the letter came', () => {
    const f = facts({ events: [{ type: 'sentenced', date: { value: '2019-11', precision: 'month' } }, { type: 'released', date: { value: '2024-05', precision: 'month' } }] });
    expect(newsDateOf(f)).toBe('2024-05');
    expect(newsDateOf(f, '2027-03-20')).toBe('2027-03-20');
    expect(newsDateOf(facts())).toBeUndefined();
  });

  it('what a record holds: its detention and the news already on it, at the latest end', () => {
    const r = record({ detained: { value: '2019-02', precision: 'month' } });
    expect(heldDateOf(r, [])).toBe('2019-02');
    expect(heldDateOf(r, [{ facts: facts({ events: [{ type: 'sentenced', date: { value: '2020', precision: 'year' } }] }) }])).toBe('2020');
    expect(heldDateOf(r, [{ facts: facts(), received: '2027-01-08' }])).toBe('2027-01-08');
  });
});

describe('what accepting writes', () => {
  const released = facts({ events: [{ type: 'released', date: { value: '2024-05', precision: 'month' } }], prison: { zh: '福建省福州监狱' } });

  it('newer dated news changes status and place; the events always go on', () => {
    const plan = planAccept({ record: record(), facts: released, held: '2023-01' });
    expect(plan.events).toHaveLength(1);
    expect(plan.changes).toEqual([
      { field: 'status', before: 'serving', after: 'released' },
      { field: 'prison', before: '四川省川西监狱', after: '福建省福州监狱' },
    ]);
    expect(plan.reason).toMatch(/newer than the record's latest \(2023-01\)/);
  });

  it('older or same-period news is an event only', () => {
    expect(planAccept({ record: record(), facts: released, held: '2025-01-01' }).changes).toEqual([]);
    expect(planAccept({ record: record(), facts: released, held: '2024' }).changes).toEqual([]);
    expect(planAccept({ record: record(), facts: released, held: '2024' }).reason).toMatch(/not newer/);
  });

  it('undated news is an event only', () => {
    const plan = planAccept({ record: record(), facts: facts({ events: [{ type: 'released' }] }) });
    expect(plan).toMatchObject({ changes: [], reason: expect.stringMatching(/undated/) });
    expect(plan.events).toEqual([{ type: 'released' }]);
  });

  it('"no such person" and "unknown" never become a record status', () => {
    const plan = planAccept({ record: record(), facts: facts({ status: 'not_found' }), received: '2027-03-20' });
    expect(plan.changes).toEqual([]);
  });
});

describe('what the item shows of the entry', () => {
  it('lists the events read but not written, with the reason', () => {
    const facts: EntryFacts = {
      name: '曾志华', status: 'serving', events: [],
      omitted: [{ type: 'paroled', why: 'negated', text: '曾志华未被假释，也没有获得减刑' }],
    };
    expect(describeFacts(facts)).toContain('not written: paroled (negated): “曾志华未被假释，也没有获得减刑”');
  });
});

describe('undo puts back only what still holds what the decision wrote', () => {
  it('reverts unchanged fields and leaves fields changed since', () => {
    const before = { status: 'serving', prison: 'A' };
    const after = { status: 'released', prison: 'B' };
    const now = { id: 'R1', status: 'released', prison: 'C' };
    const r = revertFields(now, before, after);
    expect(r.value).toEqual({ id: 'R1', status: 'serving', prison: 'C' });
    expect(r.reverted).toEqual(['status']);
    expect(r.left).toEqual(['prison']);
  });

  it('compares values whatever order their keys were written in', () => {
    const r = revertFields({ names: { zh: '王', en: 'W' } }, { names: { en: 'V', zh: '王' } }, { names: { en: 'W', zh: '王' } });
    expect(r.reverted).toEqual(['names']);
  });

  it('removes a field the decision added', () => {
    expect(revertFields({ prison: 'B' } as { prison?: string }, {}, { prison: 'B' }).value).toEqual({});
  });
});

describe('staleness', () => {
  it('a decision goes stale when the identity of its record changes, not its status', () => {
    const basis = identityOf(record());
    expect(changedIdentity(basis, record({ status: 'released', prison: 'X' }))).toEqual([]);
    expect(changedIdentity(basis, record({ birth: { value: '1970', precision: 'year' }, province: 'Henan' }))).toEqual(['birth', 'province']);
  });
});

describe('merging two records of one person', () => {
  const keep = record({ id: asRecordId('DEMO0077'), names: deriveNames({ en: 'Zhang Zhiming', aliases: [] }), prison: undefined, sources: [{ title: 'NGO 2021', official: false }] });
  const other = record({
    id: asRecordId('DEMO0038'), names: deriveNames({ zh: '張志明', en: 'Chang Chih-ming', aliases: [{ name: 'Chang C.', kind: 'romanised' }] }),
    province: 'Taiwan', prison: '福州监狱', charge: '间谍罪', sources: [{ title: 'MFA 2019', official: true }], notes: 'entered twice',
  });

  it('keeps one record with nothing lost', () => {
    const m = mergeRecords(keep, other);
    expect(m.id).toBe('DEMO0077');
    expect(m.names.zh).toBe('張志明');
    expect(m.names.pinyin).toBe('Zhāng Zhìmíng');
    expect(m.names.en).toBe('Zhang Zhiming');
    expect(m.names.aliases.map((a) => a.name)).toEqual(['Chang Chih-ming', 'Chang C.']);
    expect(m.prison).toBe('福州监狱');
    expect(m.charge).toBe('间谍罪');
    expect(m.province).toBe('Sichuan');
    expect(m.sources).toHaveLength(2);
    expect(m.notes).toBe('merged from DEMO0038: province Taiwan; entered twice');
  });
});

describe('a new record from an entry', () => {
  it('is prefilled from what the entry says, in both scripts when it gives both', () => {
    const f = facts({ name: 'Liu Xianwen (刘贤文)', gender: 'M', birth: { value: '1968', precision: 'year' }, ethnicity: '汉族', nativePlace: '四川省遂宁市', prison: { zh: '四川省川东监狱' }, status: 'serving' });
    expect(prefillRecord(f)).toEqual({
      name_zh: '刘贤文', name_en: 'Liu Xianwen', gender: 'M', birth_year: '1968', ethnicity: 'Han', province: 'Sichuan', status: 'serving', prison: '四川省川东监狱',
    });
  });

  it('says what is wrong with edited fields instead of saving them', () => {
    const source = { title: 'x', official: true };
    expect(recordFromFields({ name_zh: '', birth_year: '68', gender: 'male' as 'M' }, { id: 'N1', source }).problems).toEqual([
      'name_zh or name_en: a name in characters or in Latin letters is needed', 'gender "MALE": M, F or X', 'birth_year "68": a year such as 1970',
    ]);
    const ok = recordFromFields({ name_zh: '刘晓冬', birth_year: '1973', province: '辽宁' }, { id: 'N3', source });
    expect(ok.record).toMatchObject({ id: 'N3', names: { zh: '刘晓冬', pinyin: 'Liú Xiǎodōng' }, birth: { value: '1973' }, province: 'Liaoning' });
  });
});

describe('item IDs', () => {
  it('reads entries and pairs (pairs in sorted order)', () => {
    expect(parseItemId('e12')).toEqual({ entryId: 12 });
    expect(parseItemId('dup:DEMO0077+DEMO0038')).toEqual({ pair: 'DEMO0038+DEMO0077', a: 'DEMO0038', b: 'DEMO0077' });
    expect(parseItemId('12')).toBeUndefined();
  });
});

describe('terminal columns', () => {
  it('measures Chinese as two cells and Tibetan vowel signs as none', () => {
    expect(stringWidth(fit('张志明', 8))).toBe(8);
    expect(fit('伊力哈木·吐尔逊', 7)).toBe('伊力哈…');
    expect(stringWidth(fit('བཀྲ་ཤིས་དབང་ཕྱུག', 6))).toBe(6);
    expect(wrap('王军，男，刑满后已于2024年5月释放，现居住在家中。', 20).every((l) => stringWidth(l) <= 20)).toBe(true);
    expect(wrap('Abdurehim Tursun is held in Urumqi', 12)).toEqual(['Abdurehim', 'Tursun is', 'held in', 'Urumqi']);
  });

  it('lays five candidates side by side within 80 columns, columns aligned, in every script', () => {
    const names = [['扎西旺秋', 'Tashi Wangchuk', 'བཀྲ་ཤིས་དབང་ཕྱུག'], ['伊力哈木·土赫提', 'Ilham Tohti', 'ئىلھام توختى'], ['王军', 'Wang Jun', ''], ['歐陽明亮', 'Au-yeung Ming-leung', ''], ['阿不都热依木·吐尔逊', 'Abdurehim Tursun', 'ئابدۇرېھىم تۇرسۇن']];
    const view: ItemView = {
      item: 'e1', kind: 'entry', name: '扎西旺秋', state: 'review', seen: 1, rejected: [], text: '扎西旺秋，男，藏族，现在服刑。', margin: 0, impact: 0,
      document: { id: 1, file: 'reply.txt', paragraph: 2 }, candidates: [], forms: [{ label: 'as written', value: '扎西旺秋' }], factLines: ['status: serving'], history: [],
      candidateViews: names.map(([zh, en, alias], i) => ({
        id: `R${i}`, confidence: 0.2, commonness: ['3 records read Zhaxi Wangqiu'],
        evidence: [{ feature: 'same Tibetan name', score: 0.9, detail: '' }, { feature: 'birth year', score: -0.3, detail: 'born 1983, entry says 1990' }],
        record: { id: `R${i}`, zh, en, pinyin: deriveNames({ zh, aliases: [] }).pinyin, aliases: alias ? [alias] : [], birth: '1983', gender: 'M', province: 'Tibet', ethnicity: 'Tibetan', status: 'serving', lists: [] },
      })),
    };
    const lines = renderItem(view, { width: 80 });
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
    // Each candidate column starts at the same display column on every row of the table.
    const header = lines.find((l) => l.includes('1 R0'))!;
    const starts = [...Array(5).keys()].map((i) => stringWidth(header.slice(0, header.indexOf(`${i + 1} R${i}`))));
    const row = lines.find((l) => l.startsWith('characters'))!;
    for (const [i, zh] of names.map(([z]) => z).entries()) {
      const cut = fit(zh, 1000).trimEnd().slice(0, 2);
      expect(stringWidth(row.slice(0, row.indexOf(cut))), `column ${i + 1}`).toBe(starts[i]);
    }
  });
});
