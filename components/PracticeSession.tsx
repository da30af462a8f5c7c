'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useEffect, useState } from 'react';
import type { ContentBundle } from '@/lib/content/index-content';
import { randomId, randomSeed, reviewsForAnswer } from '@/lib/progress/record';
import type { StudyMode } from '@/lib/progress/schema';
import { browserSession } from '@/lib/progress/session';
import { quizSteps } from '@/lib/questions/generate';
import { runInSlices } from '@/lib/questions/sliced';
import { QUESTION_KINDS, type Question } from '@/lib/questions/models';
import { DisplaySwitch } from './DisplaySwitch';
import { useProgress } from './progress/ProgressProvider';
import { QuizCard } from './QuizCard';
import { type QuizSettings, QuizSetup } from './study/QuizSetup';

// One seed per page load, drawn in the browser: the exported HTML is the same
// for everyone.
let pageSeed: number | undefined;
const browserSeed = () => (pageSeed ??= randomSeed());

interface QuizParams {
  requestedDeck: string | null;
  fixedSeed: number | null;
}

/** Reads ?deck=ID and ?seed=N; an unknown deck is reported, not fatal. */
function readQuizParams(search: string): QuizParams {
  const params = new URLSearchParams(search);
  const seedParam = params.get('seed');
  return {
    requestedDeck: params.get('deck'),
    fixedSeed: seedParam && /^\d{1,9}$/.test(seedParam) ? Number(seedParam) : null,
  };
}

/**
 * Null while the page hydrates, then the page's query. The exported HTML is the same for every
 * query, so the page is drawn without it first (and is in the HTML, not left to scripts); the
 * first quiz is drawn after that, in the browser, with a seed of its own.
 */
function useQuizParams(): QuizParams | null {
  const [params, setParams] = useState<QuizParams | null>(null);
  useEffect(() => {
    startTransition(() => setParams(readQuizParams(window.location.search)));
  }, []);
  return params;
}

/** A quiz with immediate feedback. `?deck=ID` narrows it to one deck; `?seed=N` repeats a quiz. */
export function PracticeSession({ content }: { content: ContentBundle }) {
  const t = useTranslations('Practice');
  const ts = useTranslations('QuizSetup');
  const params = useQuizParams();
  const requestedDeck = params?.requestedDeck ?? null;
  const deck = content.decks.find((d) => d.id === requestedDeck);
  const initial: QuizSettings = {
    deckIds: deck ? [deck.id] : content.decks.map((d) => d.id),
    kinds: [...QUESTION_KINDS],
    count: 10,
  };
  const [draft, setDraft] = useState<QuizSettings | null>(null);
  const [applied, setApplied] = useState<{ settings: QuizSettings; seed: number } | null>(null);
  const settings = applied?.settings ?? initial;
  const seed = params ? (applied?.seed ?? params.fixedSeed ?? browserSeed()) : null;

  return (
    <div className="practice">
      <div className="practice-toolbar">
        <DisplaySwitch />
      </div>
      <details className="setup-panel">
        <summary>{ts('options')}</summary>
        <QuizSetup content={content} value={draft ?? settings} onChange={setDraft} />
        <button
          type="button"
          className="button button-primary"
          onClick={() => setApplied({ settings: draft ?? settings, seed: randomSeed() })}
        >
          {ts('apply')}
        </button>
      </details>
      {requestedDeck && !deck ? (
        <p className="notice" role="status">
          {t('unknownDeck', { deck: requestedDeck })}
        </p>
      ) : null}
      {/* Holds the quiz's place while it is drawn: the footer is not pushed down under the reader. */}
      <div className="quiz-area">
        {seed === null ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <QuizRunner
            key={quizKey(settings, seed)}
            content={content}
            settings={settings}
            seed={seed}
            mode="practice"
            onAgain={() => setApplied({ settings, seed: randomSeed() })}
          />
        )}
      </div>
    </div>
  );
}

/** One string for a quiz's settings and seed: a new one means a new quiz. */
const quizKey = (settings: QuizSettings, seed: number) =>
  `${settings.deckIds.join()}|${settings.kinds.join()}|${settings.count}|${seed}`;

/**
 * The quiz for these settings and seed, drawn in slices between frames (null until it is ready,
 * 'failed' if drawing it threw), then shown in a transition: neither drawing nor showing it holds
 * the page up for long.
 */
export function useQuiz(
  content: ContentBundle,
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
    // Only the quiz's own questions are made, not the whole bank: a phone starts sooner.
    runInSlices(quizSteps(content, { seed, deckIds, kinds, count }), {
      signal: controller.signal,
    }).then(
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
export function QuizRunner({
  content,
  settings,
  seed,
  mode,
  onAgain,
  questions,
  seedFor,
}: {
  content: ContentBundle;
  settings: QuizSettings;
  seed: number;
  mode: StudyMode;
  onAgain: () => void;
  /** Questions chosen elsewhere (the mistakes notebook); otherwise drawn from the settings. */
  questions?: Question[];
  /** The seed each question came from, when they came from different quizzes. */
  seedFor?: (question: Question) => number | undefined;
}) {
  const t = useTranslations('Practice');
  const drawn = useQuiz(content, settings, seed, questions === undefined);
  const quiz = questions ?? drawn;
  const { store } = useProgress();
  const [position, setPosition] = useState(0);
  const [correctCount, setCorrectCount] = useState(0);
  const [finished, setFinished] = useState(false);

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
        <button type="button" className="button button-primary" onClick={onAgain}>
          {t('again')}
        </button>
      </section>
    );
  }

  return (
    <>
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
        onAnswered={(correct) => {
          if (correct) setCorrectCount((n) => n + 1);
          store?.record(
            reviewsForAnswer(question, correct, {
              now: Date.now(),
              session: browserSession(),
              mode,
              seed: seedFor ? seedFor(question) : seed,
              newId: randomId,
            }),
          );
        }}
        onNext={() => {
          if (position === quiz.length - 1) setFinished(true);
          else setPosition((p) => p + 1);
        }}
      />
      <p className="hint keyboard-hint">{t('keyboardHint')}</p>
    </>
  );
}
