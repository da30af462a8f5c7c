// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClassroomSource } from '@/components/classroom/engine';
import { QuizEntry } from '@/components/classroom/QuizEntry';
import { useQuizParam } from '@/components/classroom/useQuizParam';
import { recordVersion } from '@/lib/classroom/content-history';
import { createQuiz } from '@/lib/classroom/quiz';
import { loadContent } from '@/lib/content/load';
import en from '@/messages/en.json';
import { FIXTURE_ROOT } from '../fixtures/content';

const fixture = loadContent(FIXTURE_ROOT);
const history = recordVersion({ versions: [] }, fixture);
const quiz = createQuiz(
  { ...fixture, history },
  {
    deckIds: [fixture.decks[0]!.id],
    kinds: ['single'],
    count: 4,
    secondsPerQuestion: 0,
    language: 'en',
    seed: 9,
  },
);

function Harness({ source }: { source: ClassroomSource }) {
  const param = useQuizParam(source);
  return param.status === 'ready' ? (
    <p>Opened {param.quiz.questions.length} questions</p>
  ) : (
    <QuizEntry param={param} />
  );
}

/** The page at this address, its files served by `serve` (or failing when it throws). */
function renderAt(search: string, n: number, serve: (url: string) => unknown) {
  window.history.replaceState(null, '', `/en/classroom/play/${search}`);
  const fetchMock = vi.fn(async (url: string) => Response.json(serve(url)));
  vi.stubGlobal('fetch', fetchMock);
  // Each test has its own file names: a page load keeps what it loaded.
  const source = { content: `/content/c${n}.json`, history: `/content/history-${n}.json` };
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <Harness source={source} />
    </NextIntlClientProvider>,
  );
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('classroom pages load the generator and the content only for a code', () => {
  it('open the quiz in the address once the content and its versions are fetched', async () => {
    const fetched = renderAt(`?q=${quiz.code}`, 1, (url) =>
      url.includes('history-') ? history : fixture,
    );
    expect(await screen.findByText('Opened 4 questions')).toBeTruthy();
    expect(fetched.mock.calls.map(([url]) => url).sort()).toEqual([
      '/content/c1.json',
      '/content/history-1.json',
    ]);
  });

  it('fetch nothing for an address with no code: the code field is all the page needs', async () => {
    const fetched = renderAt('', 2, () => fixture);
    expect(await screen.findByRole('heading', { name: 'Enter the quiz code' })).toBeTruthy();
    expect(fetched).not.toHaveBeenCalled();
  });

  it('say so when the files cannot be fetched (offline, never loaded here)', async () => {
    renderAt(`?q=${quiz.code}`, 3, () => {
      throw new TypeError('offline');
    });
    expect((await screen.findByRole('alert')).textContent).toBe(en.Classroom.loadFailed);
  });
});
