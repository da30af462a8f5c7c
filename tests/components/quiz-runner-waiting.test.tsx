// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisplayLanguageProvider } from '@/components/DisplayLanguage';
import { QuizRunner } from '@/components/PracticeSession';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import { starterQuiz } from '@/lib/questions/starter';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import en from '@/messages/en.json';

// The store's chunk arrives only when the test says so, as on a slow phone, where the starter
// quiz (in the HTML) can be answered before the saved progress is read.
const chunk = vi.hoisted(() => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive, arrived };
});
vi.mock('@/lib/progress/store', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

const content = loadContent(FIXTURE_ROOT);
const starter = starterQuiz(content);

afterEach(() => window.localStorage.clear());

describe('QuizRunner before the saved progress is read', () => {
  it('keeps an answer given before the store loads and saves it once it has', async () => {
    const question = starter.questions.find((q) => q.kind === 'truefalse');
    expect(question, 'the starter quiz has a true-or-false question').toBeDefined();
    const user = userEvent.setup();
    render(
      <NextIntlClientProvider locale="en" messages={en}>
        <DisplayLanguageProvider initial="en">
          <ProgressProvider>
            <QuizRunner
              content={content}
              settings={{ deckIds: [], kinds: ['truefalse'], count: 1 }}
              seed={starter.seed}
              mode="practice"
              onAgain={() => {}}
              questions={[question!]}
            />
          </ProgressProvider>
        </DisplayLanguageProvider>
      </NextIntlClientProvider>,
    );
    await user.click(screen.getByRole('radio', { name: /True/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/Correct|Not quite/)).toBeInTheDocument();
    expect(window.localStorage.getItem(STORAGE_KEYS.progress)).toBeNull();

    await act(async () => chunk.arrive());
    await waitFor(() => expect(window.localStorage.getItem(STORAGE_KEYS.progress)).not.toBeNull());
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEYS.progress)!) as {
      profiles: { reviews: { fact: string; seed?: number; kind: string }[] }[];
    };
    const reviews = saved.profiles[0]!.reviews;
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((r) => r.seed === starter.seed && r.kind === 'truefalse')).toBe(true);
    expect(reviews.map((r) => r.fact).sort()).toEqual([...question!.factIds].sort());
  });
});
