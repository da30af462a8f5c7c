import { describe, expect, it } from 'vitest';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { contentDifficulty } from '@/lib/questions/difficulty';
import { generateQuestions } from '@/lib/questions/generate';
import { FIXTURE_ROOT } from '../fixtures/content';

const bundle = loadContent(FIXTURE_ROOT);
const index = indexContent(bundle);
const date = (d: string) => ({ type: 'date' as const, date: d });
const entity = (id: string) => ({ type: 'entity' as const, id });

describe('difficulty from the content', () => {
  it('a day is harder than a month, a month than a year', () => {
    const far = [date('2001-01-01')];
    expect(contentDifficulty(index, 2, [date('2024-04-03')], far)).toBe(3);
    expect(contentDifficulty(index, 2, [date('2024-04')], far)).toBe(2);
    expect(contentDifficulty(index, 2, [date('2024')], far)).toBe(1);
  });

  it('a wrong option within a year of the answer makes it harder', () => {
    expect(contentDifficulty(index, 2, [date('2024-04')], [date('2017-06')])).toBe(2);
    expect(contentDifficulty(index, 2, [date('2024-04')], [date('2023-09')])).toBe(3);
    const ordinal = (n: number) => ({ type: 'ordinal' as const, n });
    expect(contentDifficulty(index, 2, [ordinal(19)], [ordinal(12)])).toBe(2);
    expect(contentDifficulty(index, 2, [ordinal(19)], [ordinal(18)])).toBe(3);
  });

  it('an entity many facts name is easier than one named once', () => {
    expect(contentDifficulty(index, 2, [entity('china')], [])).toBe(1);
    expect(contentDifficulty(index, 2, [entity('new-delhi')], [])).toBe(3);
  });

  it('does not come from the question kind: true/false and fill-in questions are at every level', () => {
    const bank = generateQuestions(bundle, { seed: 1 });
    for (const kind of ['truefalse', 'fill', 'single'] as const) {
      const levels = new Set(bank.filter((q) => q.kind === kind).map((q) => q.difficulty));
      expect([...levels].sort(), kind).toEqual([1, 2, 3]);
    }
  });
});
