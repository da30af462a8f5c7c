import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import type { Fact } from '../../lib/content/schema';
import { generateQuestions } from '../../lib/questions/generate';
import type { OrderQuestion } from '../../lib/questions/models';
import { englishOrdinal } from '../../lib/questions/numerals';

/*
 * Ordering questions over whatever content/ holds: each event is identifiable, and a meeting's
 * number never gives the order away. A meeting alone of its series in a question is named with
 * its number (the 3rd congress in Guangzhou); meetings of one series together are told apart by
 * place and detail, since their numbers are their order. The explanation, shown after the
 * answer, names every meeting in full.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = loadContent(ROOT);
const facts = new Map<string, Fact>(content.decks.flatMap((d) => d.facts.map((f) => [f.id, f])));
const orders = [1, 2, 3, 4, 5].flatMap((seed) =>
  generateQuestions(content, { seed, kinds: ['order'] }).filter(
    (q): q is OrderQuestion => q.kind === 'order',
  ),
);

/** "3rd" as a word of an English label. */
const namesNumber = (text: string, n: number) =>
  new RegExp(`(^|[^\\w])${englishOrdinal(n)}\\b`).test(text);

describe('ordering questions', () => {
  it('names a meeting alone of its series by its number, and never numbers several of one series', () => {
    let alone = 0;
    let together = 0;
    for (const q of orders) {
      const meetings = q.options.flatMap((o) => {
        const f = facts.get(o.id);
        return f?.kind === 'meeting' ? [{ o, f }] : [];
      });
      for (const { o, f } of meetings) {
        const sameSeries = meetings.filter((m) => m.f.series === f.series).length;
        if (sameSeries === 1) alone++;
        else together++;
        expect([q.id, o.text.en, namesNumber(o.text.en, f.ordinal)]).toEqual([
          q.id,
          o.text.en,
          sameSeries === 1,
        ]);
      }
    }
    expect(alone).toBeGreaterThan(0);
    expect(together).toBeGreaterThan(0);
  });

  it('names every meeting with its number in the explanation', () => {
    for (const q of orders) {
      const lines = q.explanation.en.split('\n');
      q.answer.forEach((id, i) => {
        const f = facts.get(id);
        if (f?.kind !== 'meeting') return;
        expect([q.id, lines[i], namesNumber(lines[i] ?? '', f.ordinal)]).toEqual([
          q.id,
          lines[i],
          true,
        ]);
      });
    }
  });
});
