import { describe, expect, it } from 'vitest';
import { recordTerms, termsInText } from '../../src/pipeline/record-terms.js';
import type { PrisonerRecord } from '../../src/model/index.js';

const rec = (notes: string, prison = '', en = 'Rabten'): PrisonerRecord =>
  ({ id: 'X1', names: { en, aliases: [] }, notes, prison, sources: [] }) as unknown as PrisonerRecord;

// [record notes, place held, text, the terms the text names]
const CASES: [string, string, string, string[]][] = [
  ['Kirti monastery administrator', '', 'four monks of Kirti monastery', ['Kirti']],
  ['Kaka village, Kardze; sentenced in June', 'Mianyang Prison', 'a resident of Kaka village in the Kardze prefecture', ['Kaka', 'Kardze']],
  // Generic words (months, kinds of place, ethnic names, the person's own name) tell no namesake apart.
  ['Tibetan monk, Rabten, detained June 2012 at the monastery', 'Prison', 'Rabten, a Tibetan monk, detained in June at the monastery prison', []],
  // Places in characters, also when the run begins with words that are not the place's.
  ['2008年在甘孜州炉霍县抗议', '', '甘孜藏族自治州炉霍县的僧人', ['炉霍县']],
  ['關押於四川省監獄', '嘉州监狱', '他现被关押在嘉州監獄', ['嘉州监狱']],
  ['该县农民', '', '该县的农民被捕', []],
];

describe('the words of a record that tell namesakes apart', () => {
  it.each(CASES)('notes %j, place held %j', (notes, prison, text, expected) => {
    expect(termsInText(recordTerms(rec(notes, prison)), text)).toEqual(expected);
  });
});
