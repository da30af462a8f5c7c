'use client';

import { useTranslations } from 'next-intl';
import {
  type ReactNode,
  startTransition,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { contentOf, type ContentSource, type DeckList } from '@/lib/content/remote';
import { reviewsForAnswer } from '@/lib/progress/record';
import { randomId, randomSeed } from '@/lib/progress/random';
import type { StudyMode } from '@/lib/progress/schema';
import { browserSession } from '@/lib/progress/session';
import { loadGenerator, preloadGenerator } from '@/lib/questions/lazy';
import { seedParam } from '@/lib/questions/seed-param';
import { runInSlices } from '@/lib/questions/sliced';
import { defaultQuizSettings, type Question, type QuizSettings } from '@/lib/questions/models';
import { Link } from '@/i18n/navigation';
import { orNewVersion } from './newVersion';
import type { SavedRound } from '@/lib/questions/round';
import { type StarterQuiz } from '@/lib/questions/starter';
import { DisplaySwitch } from './DisplaySwitch';
import { appHydrated } from './hydrated';
import { useProgress, useRecordReviews } from './progress/ProgressProvider';
import { clearRound, currentSearch, readRound, savedRoundText, saveRound } from './practiceRound';
import { useSearch } from './useSearch';
import { keyboardHintKey, QuizCard } from './QuizCard';
import { LinkNotices, scopeDeckOf, SetupPanel } from './study/SetupPanel';
import { addressParam } from '@/lib/address-text';

interface QuizParams {
  requestedDeck: string | null;
  /** A round this tab left unfinished at this address, to take up again. */
  resume: SavedRound | null;
  fixedSeed: number | null;
  /** A ?seed= value that is no seed, to say so. */
  badSeed: string | null;
  /** The learner has answered something before: the starter quiz is not for them. */
  studied: boolean;
}

/**
 * Reads ?deck=ID and ?seed=N (an unknown deck is reported, not fatal), and whether the learner
 * has answered anything: the head script marks <html data-studied> at load, and the saved
 * progress says so after a move between pages.
 */
function readQuizParams(
  search: string,
  studiedNow: boolean,
  resume: SavedRound | null,
): QuizParams {
  const params = new URLSearchParams(search);
  const seed = seedParam(addressParam(params, 'seed'));
  return {
    requestedDeck: addressParam(params, 'deck'),
    resume,
    fixedSeed: seed.seed,
    badSeed: seed.bad,
    studied: studiedNow || document.documentElement.hasAttribute('data-studied'),
  };
}

/**
 * Null while the page hydrates, then the page's query. The exported HTML is the same for every
 * query, so the page is drawn without it first (and is in the HTML, not left to scripts). Read
 * once per address: a learner's first answer does not swap the quiz under them, but a link to
 * this page with another query (or none) gives the quiz that address asks for.
 */
function useQuizParams(
  studiedNow: boolean,
  resumable: boolean,
  deckIds: ReadonlySet<string>,
): [QuizParams | null, ReactNode] {
  const [search, reporter] = useSearch();
  const [read, setRead] = useState<{ search: string; params: QuizParams } | null>(null);
  // The round this tab had saved when the page loaded. The query comes after hydration, and a
  // starter question answered before it (a tap kept while the page hydrated) saves this page's
  // own round, which must not be taken up as an earlier one (it would skip the answer's feedback).
  const [savedAtLoad] = useState(() =>
    resumable && typeof window !== 'undefined' ? savedRoundText() : null,
  );
  if (search !== null && search !== read?.search) {
    // Only the address the page was loaded at can resume a round (a reload, a change of
    // language); a move within the app starts a new one.
    const resume = resumable && read === null ? readRound(search, deckIds, savedAtLoad) : null;
    setRead({ search, params: readQuizParams(search, studiedNow, resume) });
  }
  return [read?.params ?? null, reporter];
}

/**
 * A quiz with immediate feedback. `?deck=ID` narrows it to one deck; `?seed=N` repeats a quiz.
 * A learner who has answered nothing yet gets the starter quiz, which the HTML already holds;
 * everyone else gets a quiz drawn in the browser with a seed of its own. A round left unfinished
 * in this tab resumes when the page is loaded again at the same address (a reload, a phone
 * bringing a discarded tab back, the other interface language); a move within the app starts a
 * new one.
 */
export function PracticeSession({
  decks,
  content,
  starter,
}: {
  /** The decks' ids and titles, for the options. */
  decks: DeckList;
  /** Where the content is: fetched to draw a quiz other than the starter quiz. */
  content: ContentSource;
  starter: StarterQuiz;
}) {
  const t = useTranslations('Practice');
  const { progress } = useProgress();
  // The next quiz needs the generator and the content; the starter quiz needs neither.
  useEffect(() => preloadGenerator(content), [content]);
  // Opened by a move between pages, the page has no HTML to match and the address is not yet
  // the new one in its first render: it waits for the query instead of showing the starter quiz.
  const [openedByMove] = useState(appHydrated);
  const deckIds = useMemo(() => new Set(decks.decks.map((d) => d.id)), [decks]);
  const [params, searchReporter] = useQuizParams(
    (progress?.profile.reviews.length ?? 0) > 0,
    !openedByMove,
    deckIds,
  );
  // A seed of this visit's own, drawn in the browser (the HTML never shows it): coming back to
  // practice from another page gives a new quiz.
  const [ownSeed] = useState(randomSeed);
  const requestedDeck = params?.requestedDeck ?? null;
  const deck = decks.decks.find((d) => d.id === requestedDeck);
  const initial: QuizSettings = deck
    ? { ...defaultQuizSettings(decks), deckIds: [deck.id] }
    : defaultQuizSettings(decks);
  const [draft, setDraft] = useState<QuizSettings | null>(null);
  const [applied, setApplied] = useState<{ settings: QuizSettings; seed: number } | null>(null);
  // Options chosen on the page belong to its address: a move to another query starts afresh.
  const [paramsSeen, setParamsSeen] = useState(params);
  if (params !== paramsSeen) {
    setParamsSeen(params);
    if (paramsSeen !== null) {
      setApplied(null);
      setDraft(null);
    }
  }
  const resume = applied ? null : (params?.resume ?? null);
  const settings = applied?.settings ?? resume?.settings ?? initial;
  // Until the query is read, the page shows the starter quiz, as its HTML does; the CSS hides it
  // from a learner who has studied before or came with a query, who get their own quiz next.
  const onStarter =
    !applied &&
    !resume &&
    (params === null ||
      (params.requestedDeck === null && params.fixedSeed === null && !params.studied));
  const starterRound = onStarter || resume?.starter === true;
  const seed =
    applied?.seed ?? resume?.seed ?? (onStarter ? starter.seed : (params?.fixedSeed ?? ownSeed));
  // Any other quiz on screen replaces the saved one, saved at its first question: a reload, or
  // a change of interface language before the first answer, shows this quiz, not an older one
  // or a new draw. Before the browser paints it, so no reload can come between.
  const shownKey = params && !resume ? quizKey(settings, seed) : null;
  useLayoutEffect(() => {
    if (shownKey === null) return;
    // Already answered into on this page (a starter question answered before the query came).
    const kept = readRound(currentSearch(), deckIds);
    if (kept && kept.position > 0 && quizKey(kept.settings, kept.seed) === shownKey) return;
    saveRound({
      search: currentSearch(),
      starter: starterRound,
      settings,
      seed,
      position: 0,
      correct: 0,
    });
    // Saved once per quiz shown: settings is a new object each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownKey]);
  function newQuiz(next: QuizSettings) {
    clearRound();
    setApplied({ settings: next, seed: randomSeed() });
  }
  // The hydrating page holds the starter quiz, as its HTML does; a page opened by a move waits.
  const holdsStarter = params === null && !openedByMove;

  const scopeDeck = scopeDeckOf(decks, settings);

  return (
    <div className="practice">
      {searchReporter}
      <div className="practice-toolbar">
        <DisplaySwitch />
      </div>
      <SetupPanel
        content={decks}
        settings={settings}
        draft={draft}
        onDraft={setDraft}
        onApply={newQuiz}
      >
        {/* In the options, not the toolbar: on a phone a toolbar link pushed the question down. */}
        <p className="setup-learn">
          <Link href={scopeDeck ? { pathname: '/learn', query: { deck: scopeDeck.id } } : '/learn'}>
            {t('learnLink')}
          </Link>
        </p>
      </SetupPanel>
      <LinkNotices
        unknownDeck={requestedDeck && !deck ? requestedDeck : null}
        badSeed={applied ? null : (params?.badSeed ?? null)}
      />
      {/* Holds the quiz's place while it is drawn: the footer is not pushed down under the reader. */}
      <div className="quiz-area" data-starter={holdsStarter ? '' : undefined}>
        {/* Until the query is read. Beside the starter quiz, it shows only to a learner who has
            studied or came with a query (the CSS hides the starter from them instead). */}
        {params === null ? (
          <p role="status" className="starter-wait">
            {t('loading')}
          </p>
        ) : null}
        {params === null && openedByMove ? null : (
          <QuizRunner
            key={`${onStarter ? 'starter' : resume ? 'resumed' : 'drawn'}|${quizKey(settings, seed)}`}
            content={content}
            settings={settings}
            seed={seed}
            mode="practice"
            onAgain={() => newQuiz(settings)}
            questions={starterRound ? starter.questions : undefined}
            resumeAt={resume ?? undefined}
            onProgress={({ position, correct, finished }) => {
              if (finished) clearRound();
              else
                saveRound({
                  search: currentSearch(),
                  starter: starterRound,
                  settings,
                  seed,
                  position,
                  correct,
                });
            }}
          />
        )}
      </div>
    </div>
  );
}

/** One string for a quiz's settings and seed: a new one means a new quiz. */
export const quizKey = (settings: QuizSettings, seed: number) =>
  `${settings.deckIds.join()}|${settings.kinds.join()}|${settings.count}|${seed}`;

/**
 * The quiz for these settings and seed, drawn in slices between frames (null until it is ready,
 * 'failed' if drawing it threw), then shown in a transition: neither drawing nor showing it holds
 * the page up for long.
 */
export function useQuiz(
  content: ContentSource,
  settings: QuizSettings,
  seed: number,
  enabled = true,
): Question[] | 'failed' | null {
  const key = quizKey(settings, seed);
  const [drawn, setDrawn] = useState<{ key: string; quiz: Question[] | 'failed' } | null>(null);
  const { deckIds, kinds, count } = settings;
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    // Only the quiz's own questions are made, not the whole bank: a phone starts sooner. The
    // generator is fetched when first needed, not with the page (lib/questions/lazy.ts).
    // A file of this page's version gone from the host reloads into the new version, keeping
    // the round (components/newVersion.ts).
    orNewVersion(Promise.all([loadGenerator(), contentOf(content)]))
      .then(([{ quizSteps }, bundle]) =>
        runInSlices(quizSteps(bundle, { seed, deckIds, kinds, count }), {
          signal: controller.signal,
        }),
      )
      .then(
        (quiz) => startTransition(() => setDrawn({ key, quiz })),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          // Content is checked at build time, so this is a bug: say so rather than wait forever.
          console.error(error);
          setDrawn({ key, quiz: 'failed' });
        },
      );
    return () => controller.abort();
    // The key stands for deckIds, kinds, count and seed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content, key, enabled]);
  return drawn?.key === key ? drawn.quiz : null;
}

/** One pass through a quiz; keyed by its settings and seed, so a new quiz starts clean. */
/** Said at a round's start when the decks and kinds chosen give fewer questions than asked. */
export function ShortQuizNotice({ made, asked }: { made: number; asked: number }) {
  const t = useTranslations('Practice');
  if (made >= asked) return null;
  return (
    <p className="notice" role="status">
      {t('fewer', { count: made, asked })}
    </p>
  );
}

export function QuizRunner({
  content,
  settings,
  seed,
  mode,
  onAgain,
  questions,
  seedFor,
  resumeAt,
  onProgress,
}: {
  content: ContentSource;
  settings: QuizSettings;
  seed: number;
  mode: StudyMode;
  onAgain: () => void;
  /** Questions chosen elsewhere (the starter quiz, the mistakes notebook); else drawn here. */
  questions?: Question[];
  /** The seed each question came from, when they came from different quizzes. */
  seedFor?: (question: Question) => number | undefined;
  /** Where a resumed round takes up: the next question and the right answers so far. */
  resumeAt?: { position: number; correct: number };
  /** After each answer: the next question, the right answers so far, whether that was the last. */
  onProgress?: (state: { position: number; correct: number; finished: boolean }) => void;
}) {
  const t = useTranslations('Practice');
  const drawn = useQuiz(content, settings, seed, questions === undefined);
  const quiz = questions ?? drawn;
  // Answers given before the saved progress is read (the starter quiz is there before any
  // script) wait in the ProgressProvider, which keeps them through a navigation or a reload.
  const record = useRecordReviews();
  const [position, setPosition] = useState(0);
  const [correctCount, setCorrectCount] = useState(0);
  const [finished, setFinished] = useState(false);
  // A resumed round takes up where it was once its questions are known, if it fits them.
  const [started, setStarted] = useState(false);
  if (!started && Array.isArray(quiz)) {
    setStarted(true);
    if (resumeAt && resumeAt.position < quiz.length && resumeAt.correct <= resumeAt.position) {
      setPosition(resumeAt.position);
      setCorrectCount(resumeAt.correct);
    }
  }

  if (!quiz) return <p role="status">{t('loading')}</p>;
  if (quiz === 'failed') return <p role="alert">{t('failed')}</p>;
  const question = quiz[position];

  if (quiz.length === 0) return <p role="status">{t('noQuestions')}</p>;

  if (finished || !question) {
    return (
      <section className="quiz-done" aria-labelledby="done-heading">
        <h2 id="done-heading" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('doneTitle')}
        </h2>
        <p className="quiz-score">
          {t('doneScore', { correct: correctCount, total: quiz.length })}
        </p>
        {/* The next step: the claims just met are cards in learning now; mistakes wait in the notebook. */}
        <p className="next-steps">
          {correctCount < quiz.length
            ? t('nextMistakes', { count: quiz.length - correctCount })
            : null}
          {t('nextCards')}
        </p>
        <div className="today-actions">
          <button type="button" className="button button-primary" onClick={onAgain}>
            {t('again')}
          </button>
          <Link href="/cards" className="button">
            {t('toCards')}
          </Link>
          {correctCount < quiz.length && mode !== 'mistakes' ? (
            <Link href="/mistakes" className="button">
              {t('toMistakes')}
            </Link>
          ) : null}
          {mode === 'practice' ? (
            <Link
              href={
                settings.deckIds.length === 1
                  ? { pathname: '/learn', query: { deck: settings.deckIds[0] } }
                  : '/learn'
              }
              className="button"
            >
              {t('toLearn')}
            </Link>
          ) : null}
        </div>
      </section>
    );
  }

  return (
    <>
      {questions === undefined && position === 0 ? (
        <ShortQuizNotice made={quiz.length} asked={settings.count} />
      ) : null}
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('progress', { current: position + 1, total: quiz.length })}
        aria-valuemin={0}
        aria-valuemax={quiz.length}
        aria-valuenow={position}
      >
        <span style={{ width: `${(position / quiz.length) * 100}%` }} />
      </div>
      <QuizCard
        key={question.id}
        question={question}
        position={position + 1}
        total={quiz.length}
        isLast={position === quiz.length - 1}
        onAnswered={(correct, response) => {
          const rightSoFar = correctCount + (correct ? 1 : 0);
          setCorrectCount(rightSoFar);
          onProgress?.({
            position: position + 1,
            correct: rightSoFar,
            finished: position + 1 >= quiz.length,
          });
          const reviews = reviewsForAnswer(question, response, {
            now: Date.now(),
            session: browserSession(),
            mode,
            seed: seedFor ? seedFor(question) : seed,
            newId: randomId,
          });
          record(reviews);
        }}
        onNext={() => {
          if (position === quiz.length - 1) setFinished(true);
          else setPosition((p) => p + 1);
        }}
      />
      <p className="hint keyboard-hint keys-only">{t(keyboardHintKey(question))}</p>
    </>
  );
}
