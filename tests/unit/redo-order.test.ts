import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import { withOptionsReordered } from '@/lib/questions/redo';
import { FIXTURE_ROOT } from '../fixtures/content';

/* A mistake redone shows the same question with its options in another order. */
const bank = generateQuestions(loadContent(FIXTURE_ROOT), { seed: 7 });
const choices = bank.filter((q) => q.kind === 'single' || q.kind === 'multiple');
const ids = (q: (typeof bank)[number]) => ('options' in q ? q.options.map((o) => o.id) : []);

describe('a question redone from the notebook', () => {
  it('has choice questions to redo (the fixture has some)', () => {
    expect(choices.length).toBeGreaterThan(10);
  });

  it('keeps its options and its answer, in a new order', () => {
    for (const q of choices) {
      const again = withOptionsReordered(q, '1700000000000');
      expect([...ids(again)].sort()).toEqual([...ids(q)].sort());
      expect(again.answer).toEqual(q.answer);
      expect(ids(again)).not.toEqual(ids(q));
    }
  });

  it('orders the same way for the same redo, differently for another', () => {
    const q = choices[0]!;
    expect(ids(withOptionsReordered(q, 'a'))).toEqual(ids(withOptionsReordered(q, 'a')));
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((s) => ids(withOptionsReordered(q, s)).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('leaves true/false, ordering and matching questions as they are', () => {
    for (const q of bank.filter((x) => x.kind !== 'single' && x.kind !== 'multiple'))
      expect(withOptionsReordered(q, 'a')).toBe(q);
  });
});
