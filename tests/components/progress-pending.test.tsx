// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisplayLanguageProvider } from '@/components/DisplayLanguage';
import { QuizRunner } from '@/components/PracticeSession';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { loadContent } from '@/lib/content/load';
import type { Save } from '@/lib/progress/schema';
import { starterQuiz } from '@/lib/questions/starter';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import en from '@/messages/en.json';
import { FIXTURE_ROOT } from '../fixtures/content';

// The store's chunk arrives only when the test says so: answers are given while it loads.
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
const question = starter.questions.find((q) => q.kind === 'truefalse')!;

afterEach(() => window.localStorage.clear());

function Runner() {
  return (
    <QuizRunner
      content={content}
      settings={{ deckIds: [], kinds: ['truefalse'], count: 1 }}
      seed={starter.seed}
      mode="practice"
      onAgain={() => {}}
      questions={[question]}
    />
  );
}

function page(children: React.ReactNode) {
  return (
    <NextIntlClientProvider locale="en" messages={en}>
      <DisplayLanguageProvider initial="en">
        <ProgressProvider>{children}</ProgressProvider>
      </DisplayLanguageProvider>
    </NextIntlClientProvider>
  );
}

async function answer() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('radio', { name: /True/ }));
  await user.click(screen.getByRole('button', { name: 'Check' }));
  expect(screen.getByText(/Correct|Not quite/)).toBeInTheDocument();
}

const pendingKeys = () =>
  Object.keys(window.localStorage).filter((k) => k.startsWith(STORAGE_KEYS.pendingPrefix));

function storedFacts(): string[] {
  const save = JSON.parse(window.localStorage.getItem(STORAGE_KEYS.progress)!) as Save;
  return save.profiles[0]!.reviews.map((r) => r.fact).sort();
}

describe('answers given before the saved progress is read', () => {
  // First in the file: the store's chunk has not arrived yet.
  it('survive a full page load: the next store to load merges them, once', async () => {
    const view = render(page(<Runner />));
    await answer();
    expect(window.localStorage.getItem(STORAGE_KEYS.progress)).toBeNull();
    fireEvent(window, new Event('pagehide'));
    expect(pendingKeys()).toHaveLength(1);
    view.unmount();

    // The next page load: a store over the same storage, before any page of it records anything.
    const { ProgressStore } =
      await vi.importActual<typeof import('@/lib/progress/store')>('@/lib/progress/store');
    const store = new ProgressStore({
      storage: window.localStorage,
      now: () => Date.now(),
      newId: () => 'p1',
      defaultProfileName: 'Me',
    });
    expect(
      store
        .getSnapshot()
        .profile.reviews.map((r) => r.fact)
        .sort(),
    ).toEqual([...question.factIds].sort());
    expect(storedFacts()).toEqual([...question.factIds].sort());
    expect(pendingKeys()).toEqual([]);
    // A second load finds nothing more to add.
    new ProgressStore({
      storage: window.localStorage,
      now: () => Date.now(),
      newId: () => 'p2',
      defaultProfileName: 'Me',
    });
    expect(storedFacts()).toEqual([...question.factIds].sort());
  });

  it('survive leaving the page by a client-side navigation, and are stored once', async () => {
    const view = render(page(<Runner />));
    await answer();
    // The provider stays (it is in the layout); the page under it goes.
    view.rerender(page(<p>Another page</p>));
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();

    await act(async () => chunk.arrive());
    await waitFor(() => expect(window.localStorage.getItem(STORAGE_KEYS.progress)).not.toBeNull());
    expect(storedFacts()).toEqual([...question.factIds].sort());
    await waitFor(() => expect(pendingKeys()).toEqual([]));
  });
});
