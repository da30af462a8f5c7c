'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useRef, useState } from 'react';
import { BilingualText } from '@/components/DisplayLanguage';
import { groupCode } from '@/lib/classroom/base32';
import {
  type CompactAnswer,
  compactAnswer,
  describeAnswer,
  describeCorrectAnswer,
} from '@/lib/classroom/answers';
import { classroomUrl } from '@/lib/classroom/links';
import type { ClassroomQuiz } from '@/lib/classroom/quiz';
import {
  decodeResultCode,
  encodeResultCode,
  MAX_NICKNAME_CHARS,
  MAX_SECONDS_TAKEN,
  nicknameIsCut,
  normalizeNickname,
  quizHashOf,
} from '@/lib/classroom/result-code';
import { formatDuration, gradeResult } from '@/lib/classroom/results';
import { readKey, STORAGE_KEYS, writeKey } from '@/lib/storage/keys';
import { readClassroomRun, writeClassroomRun } from '../practiceRound';
import type { ClassroomContent } from '@/lib/classroom/content-history';
import { CopyButton } from './CopyButton';
import { QrCode } from './QrCode';
import { QuizEntry } from './QuizEntry';
import { QuizSummary } from './QuizSummary';
import { StudentQuestion } from './StudentQuestion';
import { useQuizParam } from './useQuizParam';
import { AnswerText } from './AnswerText';

/** `classroom/play/?q=CODE`: a student takes the quiz on a phone and ends with a result code. */
export function StudentPlayPage({ content }: { content: ClassroomContent }) {
  const param = useQuizParam(content);
  if (param.status !== 'ready') return <QuizEntry param={param} />;
  return <StudentPlay key={param.quiz.code} quiz={param.quiz} />;
}

type Phase =
  { name: 'join' } | { name: 'answering'; position: number } | { name: 'done'; resultCode: string };

function StudentPlay({ quiz }: { quiz: ClassroomQuiz }) {
  const t = useTranslations('ClassroomPlay');
  const id = useId();
  // A quiz this tab was in the middle of (a reload, a phone bringing the tab back) takes up at
  // the next question, with the answers, the nickname and the time so far.
  const [resumed] = useState(() => {
    const run = readClassroomRun(quiz.code);
    if (!run) return null;
    const decoded = decodeResultCode(run.code);
    if (!decoded.ok || decoded.value.quizHash !== quizHashOf(quiz.code)) return null;
    if (run.position < 1 || run.position >= quiz.questions.length) return null;
    return {
      ...decoded.value,
      position: run.position,
      startedAt: performance.now() - decoded.value.seconds * 1000,
    };
  });
  const [phase, setPhase] = useState<Phase>(() =>
    resumed ? { name: 'answering', position: resumed.position } : { name: 'join' },
  );
  const [nickname, setNickname] = useState(resumed?.nickname ?? '');
  // Read once: this part of the page renders only in the browser (it waits for the query).
  const [saved, setSaved] = useState(() => readKey(STORAGE_KEYS.classroomResult(quiz.code)));
  const answers = useRef<CompactAnswer[]>(
    resumed ? resumed.answers.slice(0, resumed.position) : [],
  );
  const startedAt = useRef(resumed?.startedAt ?? 0);

  function start(event: FormEvent) {
    event.preventDefault();
    answers.current = [];
    startedAt.current = performance.now();
    setPhase({ name: 'answering', position: 0 });
  }

  function answer(position: number, compact: CompactAnswer) {
    answers.current[position] = compact;
    const seconds = Math.min(
      MAX_SECONDS_TAKEN,
      Math.round((performance.now() - startedAt.current) / 1000),
    );
    const resultCode = encodeResultCode({
      quizHash: quizHashOf(quiz.code),
      nickname: normalizeNickname(nickname),
      seconds,
      answers: quiz.questions.map((_, i) => answers.current[i] ?? { type: 'none' }),
    });
    if (position + 1 < quiz.questions.length) {
      writeClassroomRun(quiz.code, { code: resultCode, position: position + 1 });
      setPhase({ name: 'answering', position: position + 1 });
      return;
    }
    writeClassroomRun(quiz.code, null);
    writeKey(STORAGE_KEYS.classroomResult(quiz.code), resultCode);
    setSaved(resultCode);
    setPhase({ name: 'done', resultCode });
  }

  if (phase.name === 'answering') {
    const question = quiz.questions[phase.position];
    if (!question) return null;
    return (
      <div className="student-play">
        <div
          className="progress-bar"
          role="progressbar"
          aria-label={t('progress', { current: phase.position + 1, total: quiz.questions.length })}
          aria-valuemin={0}
          aria-valuemax={quiz.questions.length}
          aria-valuenow={phase.position}
        >
          <span style={{ width: `${(phase.position / quiz.questions.length) * 100}%` }} />
        </div>
        <StudentQuestion
          key={`${phase.position}:${question.id}`}
          question={question}
          position={phase.position + 1}
          total={quiz.questions.length}
          mode={quiz.language}
          secondsPerQuestion={quiz.secondsPerQuestion}
          onAnswer={(response) => answer(phase.position, compactAnswer(question, response))}
        />
      </div>
    );
  }

  if (phase.name === 'done') {
    return (
      <StudentDone
        quiz={quiz}
        resultCode={phase.resultCode}
        onAgain={() => setPhase({ name: 'join' })}
      />
    );
  }

  return (
    <section className="classroom-panel student-join" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('joinHeading')}</h2>
      <QuizSummary quiz={quiz} />
      {saved && decodeResultCode(saved).ok ? (
        <div className="notice saved-result">
          <p>{t('savedHeading')}</p>
          <button
            type="button"
            className="button"
            onClick={() => setPhase({ name: 'done', resultCode: saved })}
          >
            {t('showSaved')}
          </button>
        </div>
      ) : null}
      <form onSubmit={start} className="join-form">
        <label htmlFor={`${id}-nickname`} className="field">
          <span>{t('nickname')}</span>
        </label>
        <input
          id={`${id}-nickname`}
          type="text"
          value={nickname}
          onChange={(e) => setNickname(e.target.value)}
          maxLength={MAX_NICKNAME_CHARS * 2}
          autoComplete="nickname"
          aria-describedby={`${id}-nickname-hint`}
        />
        <p id={`${id}-nickname-hint`} className="hint" aria-live="polite">
          {t('nicknameHint', { max: MAX_NICKNAME_CHARS })}
          {/* Said as it is typed, not cut while typing: that would break a Chinese input method's
              composition, whose pinyin passes through the field. */}
          {nicknameIsCut(nickname) ? (
            <>
              {' '}
              <strong>
                {t('nicknameCut', { max: MAX_NICKNAME_CHARS, kept: normalizeNickname(nickname) })}
              </strong>
            </>
          ) : null}
        </p>
        <button type="submit" className="button button-primary button-large">
          {saved ? t('again') : t('start')}
        </button>
      </form>
    </section>
  );
}

function StudentDone({
  quiz,
  resultCode,
  onAgain,
}: {
  quiz: ClassroomQuiz;
  resultCode: string;
  onAgain: () => void;
}) {
  const t = useTranslations('ClassroomPlay');
  const tc = useTranslations('Classroom');
  const decoded = decodeResultCode(resultCode);
  if (!decoded.ok) return null;
  const { answers, seconds, nickname } = decoded.value;
  // Graded from the code itself, exactly as the teacher's results page will grade it.
  const { correct, score } = gradeResult(quiz, answers);
  const grouped = groupCode(resultCode);
  const resultsLink = classroomUrl(new URL('../', window.location.href).toString(), 'results', {
    q: quiz.code,
    r: resultCode,
  });
  const mode = quiz.language;

  return (
    <section className="student-done" aria-labelledby="done-heading">
      <div className="classroom-panel">
        <h2 id="done-heading" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('doneHeading')}
          {nickname ? <span className="done-nickname"> · {nickname}</span> : null}
        </h2>
        <p className="done-score">{t('score', { correct: score, total: quiz.questions.length })}</p>
        <p className="done-time">{t('timeTaken', { time: formatDuration(seconds) })}</p>
        <h3 id="result-code-heading">{t('resultCode')}</h3>
        <p className="hint">{t('sendCode')}</p>
        <p
          className="code-display result-code"
          aria-labelledby="result-code-heading"
          translate="no"
        >
          <output data-testid="result-code">{grouped}</output>
        </p>
        <div className="code-actions">
          <CopyButton
            text={grouped}
            label={tc('copyCode', { what: t('resultCodeName') })}
            className="button button-primary"
          />
        </div>
        <QrCode text={resultsLink} label={t('resultQr')} className="result-qr" />
      </div>
      <section className="classroom-panel" aria-labelledby="review-heading">
        <h3 id="review-heading">{t('review')}</h3>
        <ol className="review-list">
          {quiz.questions.map((q, i) => {
            const given = answers[i] ? describeAnswer(q, answers[i]) : null;
            return (
              <li key={q.id} className={`review-item ${correct[i] ? 'is-correct' : 'is-wrong'}`}>
                <p className="review-verdict">
                  <span className="mark" aria-hidden="true">
                    {correct[i] ? '✓' : '✗'}
                  </span>{' '}
                  {correct[i] ? t('correct') : t('wrong')}
                </p>
                <p className="review-prompt">
                  <BilingualText text={q.prompt} mode={mode} />
                </p>
                <p className="review-answer">
                  {t('yourAnswer')}
                  {given ? <AnswerText text={given} mode={mode} /> : t('noAnswer')}
                </p>
                {!correct[i] ? (
                  <p className="review-answer">
                    {t('correctAnswer')}
                    <AnswerText text={describeCorrectAnswer(q)} mode={mode} />
                  </p>
                ) : null}
                <p className="review-explanation">
                  <BilingualText text={q.explanation} mode={mode} />
                </p>
              </li>
            );
          })}
        </ol>
        <button type="button" className="button" onClick={onAgain}>
          {t('again')}
        </button>
      </section>
    </section>
  );
}
