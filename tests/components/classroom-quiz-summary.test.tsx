// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { QuizSummary } from '@/components/classroom/QuizSummary';
import { groupCode } from '@/lib/classroom/base32';
import { recordVersion } from '@/lib/classroom/content-history';
import { createQuiz, openQuiz } from '@/lib/classroom/quiz';
import type { ContentBundle } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { QUESTION_KINDS } from '@/lib/questions/models';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import { FIXTURE_ROOT } from '../fixtures/content';

const fixture = loadContent(FIXTURE_ROOT);
const history = recordVersion({ versions: [] }, fixture);
const quiz = createQuiz(
  { ...fixture, history },
  {
    deckIds: [fixture.decks[0]!.id],
    kinds: [...QUESTION_KINDS],
    count: 8,
    secondsPerQuestion: 0,
    language: 'en',
    seed: 77,
  },
);

/** The fixture with the fact of the quiz's second question edited after the code was made. */
function editedContent(): ContentBundle {
  const factId = quiz.questions[1]!.factIds[0]!;
  return {
    ...fixture,
    decks: fixture.decks.map((d) => ({
      ...d,
      facts: d.facts.map((f) =>
        f.id === factId ? { ...f, note: { zh: '改过的说明。', en: 'An edited note.' } } : f,
      ),
    })),
  };
}

function renderSummary(locale: 'zh' | 'en') {
  const edited = editedContent();
  const opened = openQuiz({ ...edited, history: recordVersion(history, edited) }, quiz.code);
  if (!opened.ok) throw new Error('the quiz did not open');
  render(
    <NextIntlClientProvider locale={locale} messages={locale === 'zh' ? zh : en}>
      <QuizSummary quiz={opened.value} />
    </NextIntlClientProvider>,
  );
  return opened.value;
}

describe('a quiz opened after a fact it uses was edited', () => {
  it('says which questions rest on the edited fact', () => {
    const opened = renderSummary('en');
    const list = opened.changes!.editedQuestions;
    expect(list).toContain(2);
    const note = screen.getByRole('note', { name: 'Content updated' });
    expect(note.textContent).toContain(
      `${list.length === 1 ? 'question' : 'questions'} ${list.join(', ')} were edited`,
    );
  });

  it('says it in Chinese too, numbers joined with 、', () => {
    const opened = renderSummary('zh');
    const note = screen.getByRole('note', { name: '内容已更新' });
    expect(note.textContent).toContain(`第${opened.changes!.editedQuestions.join('、')}题`);
  });

  it('shows no notice for a quiz opened on the content it was made from', () => {
    const opened = openQuiz({ ...fixture, history }, quiz.code);
    if (!opened.ok) throw new Error('the quiz did not open');
    render(
      <NextIntlClientProvider locale="en" messages={en}>
        <QuizSummary quiz={opened.value} />
      </NextIntlClientProvider>,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('the quiz code line', () => {
  it.each([
    ['zh', zh, '测验码：'],
    ['en', en, 'Quiz code: '],
  ] as const)(
    'in %s puts the mark of its own language before the code',
    (locale, messages, lead) => {
      const { container } = render(
        <NextIntlClientProvider locale={locale} messages={messages}>
          <QuizSummary quiz={quiz} />
        </NextIntlClientProvider>,
      );
      const line = container.querySelector('.quiz-summary-code')!;
      expect(line.textContent).toBe(`${lead}${groupCode(quiz.code)}`);
      expect(line.querySelector('code')?.textContent).toBe(groupCode(quiz.code));
    },
  );
});
