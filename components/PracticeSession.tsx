'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { ContentBundle } from '@/lib/content/index-content';
import { randomId, randomSeed, reviewsForAnswer } from '@/lib/progress/record';
import type { StudyMode } from '@/lib/progress/schema';
import { browserSession } from '@/lib/progress/session';
import { generateQuiz } from '@/lib/questions/generate';
import { QUESTION_KINDS, type Question } from '@/lib/questions/models';
import { DisplaySwitch } from './DisplaySwitch';
import { useProgress } from './progress/ProgressProvider';
import { QuizCard } from './QuizCard';
import { type QuizSettings, QuizSetup } from './study/QuizSetup';

// One seed per page load, drawn in the browser: the exported HTML is the same
// for everyone.
let pageSeed: number | undefined;
const browserSeed = () => (pageSeed ??= randomSeed());

/**
 * False while the page hydrates, true from the next task on. The first quiz is drawn and shown
 * in a task of its own: the seed is drawn in the browser (the exported HTML is the same for
 * everyone), and a slow phone paints the page and answers input before it generates questions.
 */
function useAfterHydration(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setReady(true), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return ready;
}

/** Reads ?deck=ID and ?seed=N; an unknown deck is reported, not fatal. */
function useQuizParams(content: ContentBundle) {
  const params = useSearchParams();
  const requestedDeck = params.get('deck');
  const deck = content.decks.find((d) => d.id === requestedDeck);
  const seedParam = params.get('seed');
  const fixedSeed = seedParam && /^\d{1,9}$/.test(seedParam) ? Number(seedParam) : null;
  return { requestedDeck, deck, fixedSeed };
}

/** A quiz with immediate feedback. `?deck=ID` narrows it to one deck; `?seed=N` repeats a quiz. */
export function PracticeSession({ content }: { content: ContentBundle }) {
  const t = useTranslations('Practice');
  const ts = useTranslations('QuizSetup');
  const { requestedDeck, deck, fixedSeed } = useQuizParams(content);
  const ready = useAfterHydration();
  const initial: QuizSettings = {
    deckIds: deck ? [deck.id] : content.decks.map((d) => d.id),
    kinds: [...QUESTION_KINDS],
    count: 10,
  };
  const [draft, setDraft] = useState<QuizSettings | null>(null);
  const [applied, setApplied] = useState<{ settings: QuizSettings; seed: number } | null>(null);
  const settings = applied?.settings ?? initial;
  const seed = ready ? (applied?.seed ?? fixedSeed ?? browserSeed()) : null;

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
      {seed === null ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <QuizRunner
          key={`${settings.deckIds.join()}|${settings.kinds.join()}|${settings.count}|${seed}`}
          content={content}
          settings={settings}
          seed={seed}
          mode="practice"
          onAgain={() => setApplied({ settings, seed: randomSeed() })}
        />
      )}
    </div>
  );
}

export function useQuiz(content: ContentBundle, settings: QuizSettings, seed: number): Question[] {
  // Only the quiz's own questions are made, not the whole bank: a phone starts sooner.
  return useMemo(
    () =>
      generateQuiz(content, {
        seed,
        deckIds: settings.deckIds,
        kinds: settings.kinds,
        count: settings.count,
      }),
    [content, settings, seed],
  );
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
  const drawn = useQuiz(content, settings, seed);
  const quiz = questions ?? drawn;
  const { store } = useProgress();
  const [position, setPosition] = useState(0);
  const [correctCount, setCorrectCount] = useState(0);
  const [finished, setFinished] = useState(false);
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
