'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ContentBundle } from '@/lib/content/index-content';
import { textIn } from '@/lib/display';
import { randomId, randomSeed, reviewsForAnswer } from '@/lib/progress/record';
import { responseText } from '@/lib/questions/check';
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
import { useProgress } from '../progress/ProgressProvider';
import { QuizCard } from '../QuizCard';
import { QuizSetup } from './QuizSetup';
import { ScriptButton } from '../ScriptControls';

interface Answer {
  question: Question;
  response: Response;
  correct: boolean;
}

/** A test: set it up, answer every question with no feedback, then see the score and a review. */
export function TestSession({ content }: { content: ContentBundle }) {
  const t = useTranslations('Test');
  const ts = useTranslations('QuizSetup');
  const [settings, setSettings] = useState<QuizSettings>({
    deckIds: content.decks.map((d) => d.id),
    kinds: [...QUESTION_KINDS],
    count: 10,
  });
  const [run, setRun] = useState<{ seed: number; startedAt: number } | null>(null);

  if (!run) {
    return (
      <div className="test-setup">
        <p className="lead">{t('intro')}</p>
        <QuizSetup content={content} value={settings} onChange={setSettings} />
        <div className="practice-toolbar">
          <DisplaySwitch />
        </div>
        <ScriptButton
          type="button"
          className="button button-primary"
          onClick={() => setRun({ seed: randomSeed(), startedAt: Date.now() })}
        >
          {ts('start')}
        </ScriptButton>
      </div>
    );
  }
  return (
    <TestRun
      key={run.seed}
      content={content}
      settings={settings}
      seed={run.seed}
      startedAt={run.startedAt}
      onAgain={() => setRun(null)}
    />
  );
}

function TestRun({
  content,
  settings,
  seed,
  startedAt,
  onAgain,
}: {
  content: ContentBundle;
  settings: QuizSettings;
  seed: number;
  startedAt: number;
  onAgain: () => void;
}) {
  const t = useTranslations('Practice');
  const quiz = useQuiz(content, settings, seed);
  const { store } = useProgress();
  const [answers, setAnswers] = useState<Answer[]>([]);
  const [finishedAt, setFinishedAt] = useState<number | null>(null);

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
  const question = quiz[answers.length];

  if (finishedAt !== null || !question) {
    return (
      <TestResults
        answers={answers}
        seconds={Math.round(((finishedAt ?? startedAt) - startedAt) / 1000)}
        onAgain={onAgain}
      />
    );
  }
  return (
    <>
      {answers.length === 0 ? <ShortQuizNotice made={quiz.length} asked={settings.count} /> : null}
      <QuizCard
        key={question.id}
        question={question}
        position={answers.length + 1}
        total={quiz.length}
        isLast={answers.length === quiz.length - 1}
        reveal={false}
        onAnswered={(correct, response) => {
          setAnswers((list) => [...list, { question, response, correct }]);
          store?.record(
            reviewsForAnswer(question, response, {
              now: Date.now(),
              session: browserSession(),
              mode: 'test',
              seed,
              newId: randomId,
            }),
          );
        }}
        onNext={() => {
          if (answers.length + 1 >= quiz.length) setFinishedAt(Date.now());
        }}
      />
    </>
  );
}

function TestResults({
  answers,
  seconds,
  onAgain,
}: {
  answers: Answer[];
  seconds: number;
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
              {t('yourAnswer')}: <BilingualText text={responseText(a.question, a.response)} />
            </p>
            {!a.correct ? (
              <p>
                {t('correctAnswer')}: <span>{textIn(answerText(a.question), mode)}</span>
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
