// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { DisplayLanguageProvider } from '@/components/DisplayLanguage';
import { MistakeEntry } from '@/components/study/MistakeEntry';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { MatchQuestion } from '@/lib/questions/models';
import en from '@/messages/en.json';
import { FIXTURE_ROOT } from '../fixtures/content';

const match = generateQuestions(loadContent(FIXTURE_ROOT), { seed: 3 }).find(
  (q): q is MatchQuestion => q.kind === 'match' && q.left.length >= 3,
)!;

/** The learner's answer: the first two items swapped, the rest right. */
function swappedPairs(q: MatchQuestion): Record<string, string> {
  const [a, b] = q.left;
  return { ...q.answer, [a!.id]: q.answer[b!.id]!, [b!.id]: q.answer[a!.id]! };
}

function renderEntry(q: MatchQuestion, pairs: Record<string, string>) {
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <DisplayLanguageProvider initial="en">
        <ul>
          <MistakeEntry
            question={q}
            open
            mistake={{
              question: q.id,
              response: JSON.stringify({ kind: 'match', pairs }),
              fact: q.factIds[0]!,
              kind: 'match',
              wrongCount: 1,
              lastWrongAt: 0,
            }}
          />
        </ul>
      </DisplayLanguageProvider>
    </NextIntlClientProvider>,
  );
}

describe('MistakeEntry for a match question', () => {
  it('shows both columns of the question: every item and every option', () => {
    expect(match).toBeDefined();
    renderEntry(match, swappedPairs(match));
    const items = screen.getByText('Items to match').nextElementSibling as HTMLElement;
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(match.left.map((l) => l.text.en));
    const options = screen.getByText('Their matches, in any order')
      .nextElementSibling as HTMLElement;
    expect(
      within(options)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(match.options.map((o) => o.text.en));
  });

  it('pairs each item with its right match and the one the learner chose, marked', () => {
    const pairs = swappedPairs(match);
    renderEntry(match, pairs);
    const table = screen.getByRole('table', { name: 'Each item with its right match and yours' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(match.left.length);
    const text = (id: string) => match.options.find((o) => o.id === id)!.text.en;
    match.left.forEach((item, i) => {
      const row = rows[i]!;
      expect(within(row).getByRole('rowheader')).toHaveTextContent(item.text.en);
      const [right, yours] = within(row).getAllByRole('cell');
      expect(right).toHaveTextContent(text(match.answer[item.id]!));
      expect(yours).toHaveTextContent(text(pairs[item.id]!));
      expect(yours).toHaveTextContent(i < 2 ? '(wrong)' : '(right)');
    });
  });
});
