'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation';
import type { ContentBundle } from '@/lib/content/index-content';
import { reviewsForAnswer } from '@/lib/progress/record';
import { randomId, randomSeed } from '@/lib/progress/random';
import { browserSession } from '@/lib/progress/session';
import {
  answerLearn,
  currentItem,
  isComplete,
  type LearnState,
  missesBefore,
  type SavedLearn,
  startLearn,
  summarizeLearn,
} from '@/lib/questions/learn';
import { seedParam } from '@/lib/questions/seed-param';
import { defaultQuizSettings, type Question, type QuizSettings } from '@/lib/questions/models';
import { BilingualText } from '../DisplayLanguage';
import { DisplaySwitch } from '../DisplaySwitch';
import { appHydrated } from '../hydrated';
import { quizKey, ShortQuizNotice, useQuiz } from '../PracticeSession';
import { readLearn, writeLearn } from '../practiceRound';
import { useRecordReviews } from '../progress/ProgressProvider';
import { keyboardHintKey, QuizCard } from '../QuizCard';
import { useSearch } from '../useSearch';
import { LinkNotices, SetupPanel } from './SetupPanel';
import { addressParam } from '@/lib/address-text';

interface LearnParams {
  search: string;
  requestedDeck: string | null;
  fixedSeed: number | null;
  /** A ?seed= value that is no seed, to say so. */
  badSeed: string | null;
  /** A session this tab left at this address, to take up again. */
  resume: SavedLearn | null;
}

/**
 * Learn mode: a quiz in which a missed question comes back later in the same session until each
 * has been answered right once, then a summary of what was learned (lib/questions/learn.ts).
 * `?deck=ID` narrows it to one deck, `?seed=N` repeats a draw. The session is kept for the tab
 * after every answer: loading the page again at the same address (a reload, the other interface
 * language) takes it up; a move here within the app starts a new one, as practice does.
 */
export function LearnSession({ content }: { content: ContentBundle }) {
  const t = useTranslations('Learn');
  const tp = useTranslations('Practice');
  const deckIds = useMemo(() => new Set(content.decks.map((d) => d.id)), [content]);
  const [openedByMove] = useState(appHydrated);
  const [search, searchReporter] = useSearch();
  const [params, setParams] = useState<LearnParams | null>(null);
  const [draft, setDraft] = useState<QuizSettings | null>(null);
  const [applied, setApplied] = useState<{ settings: QuizSettings; seed: number } | null>(null);
  // A seed of this visit's own, drawn in the browser: coming back to Learn gives a new round.
  const [ownSeed] = useState(randomSeed);
  if (search !== null && search !== params?.search) {
    const query = new URLSearchParams(search);
    const seed = seedParam(addressParam(query, 'seed'));
    setParams({
      search,
      requestedDeck: addressParam(query, 'deck'),
      fixedSeed: seed.seed,
      badSeed: seed.bad,
      // Only the address the page was loaded at resumes (a reload, a change of language).
      resume: !openedByMove && params === null ? readLearn(search, deckIds) : null,
    });
    // Options chosen on the page belong to its address.
    setApplied(null);
    setDraft(null);
  }

  const deck = content.decks.find((d) => d.id === params?.requestedDeck);
  const initial: QuizSettings = deck
    ? { ...defaultQuizSettings(content), deckIds: [deck.id] }
    : defaultQuizSettings(content);
  const resume = applied ? null : (params?.resume ?? null);
  const settings = applied?.settings ?? resume?.settings ?? initial;
  const seed = applied?.seed ?? resume?.seed ?? params?.fixedSeed ?? ownSeed;
  function newRound(next: QuizSettings) {
    writeLearn(null);
    setApplied({ settings: next, seed: randomSeed() });
  }

  return (
    <div className="practice learn">
      {searchReporter}
      <p className="lead">{t('intro')}</p>
      <div className="practice-toolbar">
        <DisplaySwitch />
      </div>
      <SetupPanel
        content={content}
        settings={settings}
        draft={draft}
        onDraft={setDraft}
        onApply={newRound}
      />
      <LinkNotices
        unknownDeck={params?.requestedDeck && !deck ? params.requestedDeck : null}
        badSeed={applied ? null : (params?.badSeed ?? null)}
      />
      <div className="quiz-area">
        {params === null ? (
          <p role="status">{tp('loading')}</p>
        ) : (
          <LearnRunner
            key={`${resume ? 'resumed' : 'drawn'}|${quizKey(settings, seed)}`}
            content={content}
            settings={settings}
            seed={seed}
            search={params.search}
            resume={resume?.state ?? null}
            onAgain={() => newRound(settings)}
          />
        )}
      </div>
    </div>
  );
}

function LearnRunner({
  content,
  settings,
  seed,
  search,
  resume,
  onAgain,
}: {
  content: ContentBundle;
  settings: QuizSettings;
  seed: number;
  search: string;
  resume: LearnState | null;
  onAgain: () => void;
}) {
  const t = useTranslations('Learn');
  const tp = useTranslations('Practice');
  const quiz = useQuiz(content, settings, seed);
  // Answers given before the saved progress is read wait in the ProgressProvider.
  const record = useRecordReviews();
  // The question on screen is the head of `state`; after Check, `answered` holds the session as
  // the answer left it, and Next makes it the state (the card keeps its feedback until then).
  const [state, setState] = useState<LearnState | null>(null);
  const [answered, setAnswered] = useState<LearnState | null>(null);
  if (state === null && Array.isArray(quiz)) {
    // A saved session fits only the questions it was made for.
    setState(resume && resume.tries.length === quiz.length ? resume : startLearn(quiz.length));
  }
  const latest = answered ?? state;
  // Kept for the tab from the first question on, so a reload or a change of language before the
  // first answer keeps this round rather than drawing another.
  useEffect(() => {
    if (latest && latest.tries.length > 0) writeLearn({ search, settings, seed, state: latest });
    // settings is a new object each render; the session changes only with `latest`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest]);

  if (quiz === 'failed') return <p role="alert">{tp('failed')}</p>;
  if (!quiz || !state || !latest) return <p role="status">{tp('loading')}</p>;
  if (quiz.length === 0) return <p role="status">{tp('noQuestions')}</p>;

  const item = currentItem(state);
  const question = item === undefined ? undefined : quiz[item];
  if (item === undefined || !question) {
    return <LearnDone quiz={quiz} state={state} settings={settings} onAgain={onAgain} />;
  }
  const total = quiz.length;
  const learned = latest.learned.length;
  const progress = t('progress', { learned, total, remaining: total - learned });
  const answers = state.tries.reduce((sum, n) => sum + n, 0);
  const misses = missesBefore(state, item);

  return (
    <>
      {answers === 0 ? <ShortQuizNotice made={total} asked={settings.count} /> : null}
      <div className="learn-progress">
        <div
          className="progress-bar"
          role="progressbar"
          aria-label={progress}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={learned}
        >
          <span style={{ width: `${(learned / total) * 100}%` }} />
        </div>
        <p className="learn-count" aria-live="polite">
          {progress}
        </p>
      </div>
      <QuizCard
        // Keyed by the answer count too: a question asked again straight away (the last one
        // left) starts clean.
        key={`${item}|${answers}`}
        question={question}
        position={answers + 1}
        total={total}
        note={
          misses > 0 ? (
            <span className="learn-again">
              <span aria-hidden="true">↻ </span>
              {t('again', { count: misses })}
            </span>
          ) : (
            t('fresh')
          )
        }
        isLast={answered !== null && isComplete(answered)}
        onAnswered={(correct, response) => {
          setAnswered(answerLearn(state, correct));
          // Recorded as practice: the mode has no effect on scheduling or statistics, and an
          // older copy of the app (another tab, an offline device) drops reviews whose mode it
          // does not know when it repairs the save.
          const reviews = reviewsForAnswer(question, response, {
            now: Date.now(),
            session: browserSession(),
            mode: 'practice',
            seed,
            newId: randomId,
          });
          record(reviews);
        }}
        onNext={() => {
          if (!answered) return;
          setState(answered);
          setAnswered(null);
        }}
      />
      <p className="hint keyboard-hint keys-only">{tp(keyboardHintKey(question))}</p>
    </>
  );
}

/** The end of a session: what was learned, each question with its tries, and where to go next. */
function LearnDone({
  quiz,
  state,
  settings,
  onAgain,
}: {
  quiz: Question[];
  state: LearnState;
  settings: QuizSettings;
  onAgain: () => void;
}) {
  const t = useTranslations('Learn');
  const tp = useTranslations('Practice');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const summary = summarizeLearn(state);
  const deck = settings.deckIds.length === 1 ? settings.deckIds[0] : undefined;
  const cardsHref = deck ? { pathname: '/cards', query: { deck } } : '/cards';
  const prompt = (item: number) => {
    const question = quiz[item];
    return question ? <BilingualText text={question.prompt} /> : null;
  };
  return (
    <section className="quiz-done learn-done" aria-labelledby="learn-done-heading">
      <h2 id="learn-done-heading" tabIndex={-1} ref={headingRef}>
        {t('doneTitle')}
      </h2>
      <p className="quiz-score">
        {t('doneSummary', {
          total: summary.total,
          firstTry: summary.firstTry.length,
          retried: summary.retried.length,
          answers: summary.answers,
        })}
      </p>
      {summary.retried.length > 0 ? (
        <>
          <h3>{t('retriedHeading')}</h3>
          <ol className="learned-list">
            {summary.retried.map(({ item, tries }) => (
              <li key={item} className="learned-item is-retried">
                <span className="learned-prompt">{prompt(item)}</span>
                <span className="learned-tries">{t('tries', { count: tries })}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {summary.firstTry.length > 0 ? (
        <>
          <h3>{t('firstTryHeading')}</h3>
          <ol className="learned-list">
            {summary.firstTry.map((item) => (
              <li key={item} className="learned-item">
                <span className="learned-prompt">{prompt(item)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="next-steps">
        {summary.retried.length > 0 ? t('nextMistakes') : null}
        {tp('nextCards')}
      </p>
      <div className="today-actions">
        <button type="button" className="button button-primary" onClick={onAgain}>
          {t('anotherRound')}
        </button>
        <Link href={cardsHref} className="button">
          {tp('toCards')}
        </Link>
        {summary.retried.length > 0 ? (
          <Link href="/mistakes" className="button">
            {tp('toMistakes')}
          </Link>
        ) : null}
        <Link
          href={deck ? { pathname: '/practice', query: { deck } } : '/practice'}
          className="button"
        >
          {t('toPractice')}
        </Link>
      </div>
    </section>
  );
}
