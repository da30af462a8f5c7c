// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { PresentQuestion } from '@/components/classroom/PresentQuestion';
import { StudentQuestion } from '@/components/classroom/StudentQuestion';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import en from '@/messages/en.json';
import { FIXTURE_ROOT } from '../fixtures/content';

const bank = generateQuestions(loadContent(FIXTURE_ROOT), {
  seed: 3,
  deckIds: ['sco-ssc-2024-article'],
});

function questionOf(kind: Question['kind']): Question {
  const q = bank.find((x) => x.kind === kind);
  if (!q) throw new Error(`no ${kind} question`);
  return q;
}

const LETTERS = 'ABCDEFGH';

/** How often the option's letter stands alone (not inside a word) in a name or a text. */
function lettersIn(text: string, letter: string): number {
  return text.match(new RegExp(`(?<![A-Za-z])${letter}(?![A-Za-z])`, 'g'))?.length ?? 0;
}

function withMessages(children: React.ReactNode) {
  return (
    <NextIntlClientProvider locale="en" messages={en}>
      {children}
    </NextIntlClientProvider>
  );
}

describe('option letters', () => {
  for (const kind of ['truefalse', 'single', 'multiple'] as const) {
    it(`a student's ${kind} option is named by its letter, once: "A …"`, () => {
      const q = questionOf(kind);
      if (!('options' in q)) throw new Error('no options');
      render(
        withMessages(
          <StudentQuestion
            question={q}
            position={1}
            total={5}
            mode="en"
            secondsPerQuestion={0}
            onAnswer={() => {}}
          />,
        ),
      );
      const inputs = screen.getAllByRole(kind === 'multiple' ? 'checkbox' : 'radio');
      expect(inputs).toHaveLength(q.options.length);
      q.options.forEach((option, i) => {
        const letter = LETTERS[i]!;
        expect(inputs[i]).toHaveAccessibleName(`${letter} ${option.text.en}`);
        const label = inputs[i]!.closest('label')!;
        expect(lettersIn(label.textContent ?? '', letter), label.textContent ?? '').toBe(1);
      });
    });
  }

  for (const kind of ['truefalse', 'single', 'order', 'match'] as const) {
    it(`the projector's ${kind} options say their letter once, revealed or not`, () => {
      const q = questionOf(kind);
      if (!('options' in q)) throw new Error('no options');
      for (const revealed of [false, true]) {
        const { unmount } = render(
          withMessages(<PresentQuestion question={q} mode="en" revealed={revealed} />),
        );
        const lists = screen.getAllByRole('list');
        const options = within(lists[lists.length - 1]!).getAllByRole('listitem');
        expect(options).toHaveLength(q.options.length);
        options.forEach((item, i) => {
          const text = item.textContent ?? '';
          expect(text.startsWith(`${LETTERS[i]} ${q.options[i]!.text.en}`), text).toBe(true);
          expect(lettersIn(text, LETTERS[i]!), text).toBe(1);
        });
        unmount();
      }
    });
  }
});
