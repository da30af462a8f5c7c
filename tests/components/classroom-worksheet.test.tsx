// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { Worksheet } from '@/components/classroom/Worksheet';
import { recordVersion } from '@/lib/classroom/content-history';
import { createQuiz } from '@/lib/classroom/quiz';
import { DISPLAY_MODES } from '@/lib/display';
import { loadContent } from '@/lib/content/load';
import { QUESTION_KINDS, type QuestionKind } from '@/lib/questions/models';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import { FIXTURE_ROOT } from '../fixtures/content';

const fixture = loadContent(FIXTURE_ROOT);
const content = { ...fixture, history: recordVersion({ versions: [] }, fixture) };

/**
 * The words that name a kind, written here from the learner's side rather than read from the
 * code under test: the kind's label in each language (多选题 → 多选), and the generator's
 * "select all" note for a multiple-select question.
 */
function kindWords(kind: QuestionKind) {
  return {
    zh: [zh.Quiz.kind[kind].replace(/题$/, '')],
    en: [en.Quiz.kind[kind], ...(kind === 'multiple' ? ['select all'] : [])],
  };
}

function count(text: string, words: string[]) {
  const lower = text.toLowerCase();
  return words.reduce((n, w) => n + lower.split(w.toLowerCase()).length - 1, 0);
}

describe('the printed worksheet names each question’s kind once', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const language of DISPLAY_MODES) {
      it(`on a ${locale} page with questions in ${language}`, () => {
        const quiz = createQuiz(content, {
          deckIds: fixture.decks.map((d) => d.id),
          kinds: [...QUESTION_KINDS],
          count: 30,
          secondsPerQuestion: 0,
          language,
          seed: 5,
        });
        expect(quiz.questions.filter((q) => q.kind === 'multiple').length).toBeGreaterThan(0);
        const { container, unmount } = render(
          <NextIntlClientProvider locale={locale} messages={locale === 'zh' ? zh : en}>
            <Worksheet quiz={quiz} />
          </NextIntlClientProvider>,
        );
        const lines = [...container.querySelectorAll('.sheet-prompt')].map(
          (p) => p.textContent ?? '',
        );
        expect(lines).toHaveLength(quiz.questions.length);
        for (const [i, q] of quiz.questions.entries()) {
          const line = lines[i]!;
          for (const kind of QUESTION_KINDS) {
            const words = kindWords(kind);
            const inZh = count(line, words.zh);
            const inEn = count(line, words.en);
            // Never twice in one language, and a one-language prompt not once in each.
            expect({ line, kind, inZh }).toEqual({ line, kind, inZh: Math.min(inZh, 1) });
            expect({ line, kind, inEn }).toEqual({ line, kind, inEn: Math.min(inEn, 1) });
            if (language !== 'both') expect(inZh + inEn, line).toBeLessThanOrEqual(1);
            // Its own kind is still said.
            if (kind === q.kind) expect(inZh + inEn, line).toBeGreaterThanOrEqual(1);
          }
        }
        unmount();
      });
    }
  }
});
