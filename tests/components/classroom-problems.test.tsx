// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CodeProblemText } from '@/components/classroom/CodeProblemText';
import type { QuizProblem } from '@/lib/classroom/quiz';
import type { ResultProblem } from '@/lib/classroom/results';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

const PROBLEMS: (QuizProblem | ResultProblem)[] = [
  { kind: 'empty' },
  { kind: 'bad-character', character: 'U', position: 7 },
  { kind: 'not-a-code' },
  { kind: 'truncated', missing: 1 },
  { kind: 'truncated', missing: 4 },
  { kind: 'too-long', extra: 2 },
  { kind: 'checksum' },
  { kind: 'wrong-type', found: 'result' },
  { kind: 'wrong-type', found: 'quiz' },
  { kind: 'version-too-new', version: 2 },
  { kind: 'invalid', detail: 'count' },
  { kind: 'unknown-deck', missing: 1, removed: [] },
  { kind: 'content-changed' },
  { kind: 'no-questions' },
  { kind: 'other-quiz' },
  { kind: 'answers-mismatch' },
  { kind: 'duplicate', firstLine: 3 },
  { kind: 'content-too-new' },
  { kind: 'unknown-deck', missing: 2, removed: ['olympic-games', 'brics-summits'] },
];

function messageFor(problem: QuizProblem | ResultProblem, locale: 'zh' | 'en') {
  const { container } = render(
    <NextIntlClientProvider locale={locale} messages={locale === 'zh' ? zh : en}>
      <CodeProblemText problem={problem} expected="quiz" />
    </NextIntlClientProvider>,
  );
  return container.textContent ?? '';
}

describe('code problem messages', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`exist in ${locale} for every problem, with their numbers filled in`, () => {
      const texts = PROBLEMS.map((p) => messageFor(p, locale));
      for (const text of texts) {
        expect(text.length).toBeGreaterThan(4);
        expect(text).not.toMatch(/Classroom\.|[{}]/);
      }
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts[1]).toContain('7');
      expect(texts[4]).toContain('4');
      expect(texts[16]).toContain('3');
      // A deck deleted since the code was made is named.
      expect(texts[18]).toContain('olympic-games');
      expect(texts[18]).toContain('brics-summits');
    });
  }

  it('uses the singular in English for one missing character', () => {
    expect(messageFor({ kind: 'truncated', missing: 1 }, 'en')).toContain('1 character is missing');
  });
});
