'use client';

import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { usePathname, useRouter } from '@/i18n/navigation';
import type { ContentBundle } from '@/lib/content/index-content';
import { generateQuestions, pickQuiz } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { DisplaySwitch } from './DisplaySwitch';
import { QuizCard } from './QuizCard';

const QUIZ_LENGTH = 10;

function randomSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 1) % 1_000_000_000;
}

// One seed per page load, drawn in the browser: the exported HTML is the same for everyone.
let pageSeed: number | undefined;
const noSubscription = () => () => {};
const browserSeed = () => (pageSeed ??= randomSeed());

/** A short quiz with immediate feedback. `?deck=ID` narrows it to one deck; `?seed=N` repeats a quiz. */
export function PracticeSession({ content }: { content: ContentBundle }) {
  const t = useTranslations('Practice');
  const locale = useLocale() as 'zh' | 'en';
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requestedDeck = params.get('deck');
  const deck = content.decks.find((d) => d.id === requestedDeck);
  const seedParam = params.get('seed');
  const loadSeed = useSyncExternalStore(noSubscription, browserSeed, () => null);
  const [newSeed, setNewSeed] = useState<number | null>(null);
  const seed = newSeed ?? (seedParam && /^\d{1,9}$/.test(seedParam) ? Number(seedParam) : loadSeed);

  const quiz: Question[] = useMemo(() => {
    if (seed === null) return [];
    const bank = generateQuestions(content, { seed, ...(deck ? { deckIds: [deck.id] } : {}) });
    return pickQuiz(bank, QUIZ_LENGTH, seed);
  }, [content, deck, seed]);

  function chooseDeck(id: string) {
    router.replace(id ? { pathname, query: { deck: id } } : pathname);
  }

  return (
    <div className="practice">
      <div className="practice-toolbar">
        <label className="field">
          <span>{t('deckLabel')}</span>
          <select value={deck?.id ?? ''} onChange={(e) => chooseDeck(e.target.value)}>
            <option value="">{t('allDecks')}</option>
            {content.decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title[locale]}
              </option>
            ))}
          </select>
        </label>
        <DisplaySwitch />
      </div>
      {requestedDeck && !deck ? (
        <p className="notice" role="status">
          {t('unknownDeck', { deck: requestedDeck })}
        </p>
      ) : null}
      {seed === null ? (
        <p role="status">{t('loading')}</p>
      ) : quiz.length === 0 ? (
        <p role="status">{t('noQuestions')}</p>
      ) : (
        <QuizRun
          key={`${deck?.id ?? ''}:${seed}`}
          quiz={quiz}
          onAgain={() => setNewSeed(randomSeed())}
        />
      )}
    </div>
  );
}

/** One pass through a quiz; keyed by its seed, so a new quiz starts from a clean state. */
function QuizRun({ quiz, onAgain }: { quiz: Question[]; onAgain: () => void }) {
  const t = useTranslations('Practice');
  const [position, setPosition] = useState(0);
  const [correctCount, setCorrectCount] = useState(0);
  const [finished, setFinished] = useState(false);
  const question = quiz[position];

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
