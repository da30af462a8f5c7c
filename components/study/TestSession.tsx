'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ContentBundle } from '@/lib/content/index-content';
import { textIn } from '@/lib/display';
import { reviewsForAnswer } from '@/lib/progress/record';
import { randomId, randomSeed } from '@/lib/progress/random';
import { checkAnswer, responseText } from '@/lib/questions/check';
import { type SavedTest, TIME_LIMITS } from '@/lib/questions/test-run';
import { readTest, writeTest } from '../practiceRound';
import { useSearch } from '../useSearch';
import { answerText } from '@/lib/questions/export';
import {
  QUESTION_KINDS,
  type Question,
  type QuizSettings,
  type Response,
} from '@/lib/questions/models';
import { BilingualText, useDisplayLanguage } from '../DisplayLanguage';
import { DisplaySwitch } from '../DisplaySwitch';
import { browserSession } from '@/lib/progress/session';
import { ShortQuizNotice, useQuiz } from '../PracticeSession';
import { useRecordReviews } from '../progress/ProgressProvider';
import { QuizCard } from '../QuizCard';
import { QuizSetup } from './QuizSetup';
import { ScriptButton } from '../ScriptControls';
import { addressParam } from '@/lib/address-text';

interface Answer {
  question: Question;
  response: Response | null;
  correct: boolean;
}

/**
 * A test: set it up (decks, kinds, length, an optional time limit), answer in any order with an
 * answer sheet to jump, skip and flag, then hand it in for the score and a review of every answer
 * with its explanation. Nothing is recorded until it is handed in; until then a reload or a change
 * of interface language takes it up where it was. `?deck=ID` starts with one deck chosen.
 */
export function TestSession({ content }: { content: ContentBundle }) {
  const t = useTranslations('Test');
  const ts = useTranslations('QuizSetup');
  const deckIds = useMemo(() => new Set(content.decks.map((d) => d.id)), [content]);
  const [search, searchReporter] = useSearch();
  const [settings, setSettings] = useState<QuizSettings>({
    deckIds: content.decks.map((d) => d.id),
    kinds: [...QUESTION_KINDS],
    count: 10,
  });
  const [limitMinutes, setLimitMinutes] = useState<number>(0);
  const [run, setRun] = useState<SavedTest | null>(null);
  const [readFor, setReadFor] = useState<string | null>(null);
  if (search !== null && search !== readFor) {
    setReadFor(search);
    const saved = readTest(search, deckIds);
    const deck = addressParam(new URLSearchParams(search), 'deck');
    if (saved) setRun(saved);
    else if (deck && deckIds.has(deck)) setSettings((s) => ({ ...s, deckIds: [deck] }));
  }

  if (!run) {
    return (
      <div className="test-setup">
        {searchReporter}
        <p className="lead">{t('intro')}</p>
        <QuizSetup content={content} value={settings} onChange={setSettings} />
        <div className="practice-toolbar">
          <label className="field">
            <span>{t('timeLimit')}</span>
            <select value={limitMinutes} onChange={(e) => setLimitMinutes(Number(e.target.value))}>
              {TIME_LIMITS.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? t('noLimit') : t('minutes', { count: m })}
                </option>
              ))}
            </select>
          </label>
          <DisplaySwitch />
        </div>
        <ScriptButton
          type="button"
          className="button button-primary"
          disabled={search === null}
          onClick={() =>
            setRun({
              search: search ?? '',
              settings,
              seed: randomSeed(),
              startedAt: Date.now(),
              limitMinutes,
              current: 0,
              responses: [],
              flags: [],
            })
          }
        >
          {ts('start')}
        </ScriptButton>
      </div>
    );
  }
  return (
    <>
      {searchReporter}
      <TestRun
        key={`${run.seed}|${run.startedAt}`}
        content={content}
        saved={run}
        onAgain={() => {
          writeTest(null);
          setRun(null);
        }}
      />
    </>
  );
}

function TestRun({
  content,
  saved,
  onAgain,
}: {
  content: ContentBundle;
  saved: SavedTest;
  onAgain: () => void;
}) {
  const t = useTranslations('Practice');
  const tt = useTranslations('Test');
  const { settings, seed, startedAt, limitMinutes } = saved;
  const quiz = useQuiz(content, settings, seed);
  const record = useRecordReviews();
  const [responses, setResponses] = useState<(Response | null)[]>(saved.responses);
  const [flags, setFlags] = useState<boolean[]>(saved.flags);
  const [current, setCurrent] = useState(saved.current);
  const [finishedAt, setFinishedAt] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const deadline = limitMinutes > 0 ? startedAt + limitMinutes * 60_000 : null;

  // Kept for the tab after every change, so a reload resumes the test as it was.
  useEffect(() => {
    if (finishedAt === null) writeTest({ ...saved, current, responses, flags });
  }, [saved, current, responses, flags, finishedAt]);

  const handIn = useCallback(
    (at: number) => {
      if (!Array.isArray(quiz) || finishedAt !== null) return;
      // Each answer is recorded now, a millisecond apart so that each counts as one answer.
      const reviews = quiz.flatMap((question, i) => {
        const response = responses[i];
        return response
          ? reviewsForAnswer(question, response, {
              now: at + i,
              session: browserSession(),
              mode: 'test',
              seed,
              newId: randomId,
            })
          : [];
      });
      record(reviews);
      writeTest(null);
      setFinishedAt(at);
    },
    [quiz, responses, finishedAt, record, seed],
  );

  const timeUp = deadline !== null && now >= deadline;
  // The clock ticks each second; when the time is up the test is handed in as it stands (also
  // a test reloaded after its time ran out, at the first tick).
  const handInLatest = useRef(handIn);
  useEffect(() => {
    handInLatest.current = handIn;
  }, [handIn]);
  useEffect(() => {
    if (deadline === null || finishedAt !== null) return;
    const timer = window.setInterval(() => {
      const tick = Date.now();
      setNow(tick);
      if (tick >= deadline) handInLatest.current(deadline);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, finishedAt]);

  if (!quiz) return <p role="status">{t('loading')}</p>;
  if (quiz === 'failed') return <p role="alert">{t('failed')}</p>;
  if (quiz.length === 0)
    return (
      <div className="quiz-done">
        <p role="status">{t('noQuestions')}</p>
        <button type="button" className="button" onClick={onAgain}>
          {t('changeOptions')}
        </button>
      </div>
    );

  if (finishedAt !== null) {
    const answers: Answer[] = quiz.map((question, i) => {
      const response = responses[i] ?? null;
      return { question, response, correct: !!response && checkAnswer(question, response) };
    });
    return (
      <TestResults
        answers={answers}
        seconds={Math.round((finishedAt - startedAt) / 1000)}
        timeUp={timeUp}
        onAgain={onAgain}
      />
    );
  }

  const at = Math.min(current, quiz.length - 1);
  const question = quiz[at]!;
  const unanswered = quiz.length - quiz.filter((_, i) => responses[i]).length;
  const nextOpen = (from: number) => {
    for (let step = 1; step <= quiz.length; step++) {
      const i = (from + step) % quiz.length;
      if (!responses[i]) return i;
    }
    return null;
  };
  const remaining = deadline === null ? null : Math.max(0, deadline - now);

  return (
    <div className="test-run">
      {at === 0 && responses.length === 0 ? (
        <ShortQuizNotice made={quiz.length} asked={settings.count} />
      ) : null}
      <div className="test-bar">
        {remaining !== null ? (
          <p className="test-clock" role="timer" aria-live="off">
            {tt('remaining', {
              minutes: Math.floor(remaining / 60_000),
              seconds: String(Math.floor(remaining / 1000) % 60).padStart(2, '0'),
            })}
          </p>
        ) : null}
        <button
          type="button"
          className="button"
          aria-pressed={!!flags[at]}
          onClick={() =>
            setFlags((f) => {
              const next = [...f];
              next[at] = !f[at];
              return next;
            })
          }
        >
          {flags[at] ? tt('unflag') : tt('flag')}
        </button>
      </div>
      <QuizCard
        key={question.id}
        question={question}
        position={at + 1}
        total={quiz.length}
        isLast={false}
        reveal={false}
        initial={responses[at] ?? null}
        submitLabel={tt('saveNext')}
        onAnswered={(_correct, response) =>
          setResponses((list) => {
            const next = [...list];
            next[at] = response;
            return next;
          })
        }
        onNext={() => {
          const open = nextOpen(at);
          if (open === null) setConfirming(true);
          else setCurrent(open);
        }}
      />
      <nav className="answer-sheet" aria-label={tt('sheetLabel')}>
        <h2 className="answer-sheet-title">{tt('sheetLabel')}</h2>
        <ol>
          {quiz.map((q, i) => {
            const state = [
              responses[i] ? tt('answered') : tt('notAnswered'),
              ...(flags[i] ? [tt('flagged')] : []),
            ].join(tt('listSeparator'));
            return (
              <li key={q.id}>
                <button
                  type="button"
                  className={`sheet-cell ${responses[i] ? 'is-answered' : ''} ${flags[i] ? 'is-flagged' : ''}`}
                  aria-current={i === at ? 'step' : undefined}
                  aria-label={tt('sheetCell', { n: i + 1, state })}
                  onClick={() => setCurrent(i)}
                >
                  {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
        {confirming || unanswered === 0 ? (
          <div className="hand-in" role="group" aria-label={tt('handIn')}>
            {unanswered > 0 ? (
              <p role="status">{tt('unansweredLeft', { count: unanswered })}</p>
            ) : (
              <p role="status">{tt('allAnswered')}</p>
            )}
            <button
              type="button"
              className="button button-primary"
              onClick={() => handIn(Date.now())}
            >
              {tt('handIn')}
            </button>
            {unanswered > 0 ? (
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {tt('keepGoing')}
              </button>
            ) : null}
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {tt('handIn')}
          </button>
        )}
      </nav>
    </div>
  );
}

function TestResults({
  answers,
  seconds,
  timeUp,
  onAgain,
}: {
  answers: Answer[];
  seconds: number;
  timeUp: boolean;
  onAgain: () => void;
}) {
  const t = useTranslations('Test');
  const { mode } = useDisplayLanguage();
  const correct = answers.filter((a) => a.correct).length;
  const minutes = Math.floor(seconds / 60);
  return (
    <section className="test-results" aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1} ref={(el) => el?.focus()}>
        {t('resultsTitle')}
      </h2>
      <p className="quiz-score">
        {t('score', {
          correct,
          total: answers.length,
          percent: answers.length ? Math.round((correct / answers.length) * 100) : 0,
        })}
      </p>
      <p>{t('time', { minutes, seconds: seconds % 60 })}</p>
      {timeUp ? <p role="status">{t('timeUp')}</p> : null}
      <button type="button" className="button button-primary" onClick={onAgain}>
        {t('again')}
      </button>
      <h3>{t('reviewHeading')}</h3>
      <ol className="test-review">
        {answers.map((a) => (
          <li
            key={a.question.id}
            className={`review-item ${a.correct ? 'is-correct' : 'is-wrong'}`}
          >
            <p className="review-verdict">
              <span className="mark" aria-hidden="true">
                {a.correct ? '✓ ' : '✗ '}
              </span>
              {a.correct ? t('right') : t('wrong')}
            </p>
            <p className="review-prompt">
              <BilingualText text={a.question.prompt} />
            </p>
            <p>
              {t('yourAnswer')}
              {t('colon')}
              {a.response ? (
                <BilingualText text={responseText(a.question, a.response)} />
              ) : (
                t('notAnswered')
              )}
            </p>
            {!a.correct ? (
              <p>
                {t('correctAnswer')}
                {t('colon')}
                <span>{textIn(answerText(a.question), mode)}</span>
              </p>
            ) : null}
            <p className="review-explanation">
              <BilingualText text={a.question.explanation} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
