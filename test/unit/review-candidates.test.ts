import { describe, expect, it } from 'vitest';
import { renderCandidates } from '../../src/review/terminal.js';
import type { CandidateView } from '../../src/model/index.js';

const view = (id: string, evidence: { feature: string; score: number; detail?: string }[]) =>
  ({ id, confidence: 0.33, evidence, commonness: [], record: { id, names: { en: 'Rabten' }, aliases: [], lists: [] } }) as unknown as CandidateView;

describe('the candidates side by side: what only orders namesakes is shown too', () => {
  it('shows "the text names what the record notes" with its words under "for", and an age that does not fit under "against"', () => {
    const lines = renderCandidates([
      view('H3A0042', [{ feature: 'same romanised spelling', score: 0.97 }, { feature: 'the text names what the record notes', score: 0, detail: 'Kirti' }]),
      view('H15A0001', [{ feature: 'same romanised spelling', score: 0.97 }, { feature: 'age does not fit birth year', score: 0, detail: 'about 1990 vs 1970' }]),
    ], 100).join('\n');
    expect(lines).toMatch(/record notes: Kirti/);
    expect(lines).toMatch(/against\s+about 1990 vs 1970/);
  });
});
