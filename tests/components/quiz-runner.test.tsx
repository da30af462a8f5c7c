// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisplayLanguageProvider } from '@/components/DisplayLanguage';
import { QuizRunner } from '@/components/PracticeSession';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import * as generate from '@/lib/questions/generate';
import { QUESTION_KINDS } from '@/lib/questions/models';
import en from '@/messages/en.json';

const content = loadContent(FIXTURE_ROOT);
const settings = { deckIds: ['sco-ssc-2024-article'], kinds: [...QUESTION_KINDS], count: 5 };

function renderRunner() {
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <DisplayLanguageProvider initial="en">
        <QuizRunner
          content={content}
          settings={settings}
          seed={7}
          mode="practice"
          onAgain={() => {}}
        />
      </DisplayLanguageProvider>
    </NextIntlClientProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('QuizRunner', () => {
  it('says it is preparing, then shows the first question of the seeded quiz', async () => {
    const [first] = generate.generateQuiz(content, { seed: 7, ...settings });
    renderRunner();
    expect(screen.getByRole('status')).toHaveTextContent(en.Practice.loading);
    expect(await screen.findByRole('heading', { name: first!.prompt.en })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '5');
  });

  it('says so when drawing the quiz fails, instead of preparing forever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(generate, 'quizSteps').mockImplementation(function* () {
      yield;
      throw new Error('broken content');
    });
    renderRunner();
    expect(await screen.findByRole('alert')).toHaveTextContent(en.Practice.failed);
    expect(console.error).toHaveBeenCalled();
  });
});
