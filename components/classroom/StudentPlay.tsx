'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { BilingualText } from '@/components/DisplayLanguage';
import { groupCode } from '@/lib/classroom/base32';
import {
  type CompactAnswer,
  compactAnswer,
  describeAnswer,
  describeCorrectAnswer,
} from '@/lib/classroom/answers';
import { classroomUrl } from '@/lib/classroom/links';
import { canonicalQuizCode } from '@/lib/classroom/quiz-code';
import {
  MAX_KEPT_QUIZZES,
  storeQuizSnapshot,
  touchQuizSnapshot,
} from '@/lib/classroom/quiz-snapshot';
import type { ClassroomQuiz } from '@/lib/classroom/quiz';
import {
  decodeResultCode,
  encodeResultCode,
  MAX_ATTEMPT,
  MAX_NICKNAME_CHARS,
  MAX_SECONDS_TAKEN,
  nicknameIsCut,
  normalizeNickname,
  resultDay,
} from '@/lib/classroom/result-code';
import { answersShown, closesAt, isRevealWord } from '@/lib/classroom/pacing';
import { formatDuration, gradeResult } from '@/lib/classroom/results';
import {
  latestCode,
  loadSavedResult,
  type SavedResult,
  storeSavedResult,
  withRetake,
} from '@/lib/classroom/saved-result';
import { readClassroomRun, resumableStage, writeClassroomRun } from '@/lib/classroom/run';
import { useProgress } from '../progress/ProgressProvider';
import { CopyButton } from './CopyButton';
import { KeptQuizNotice } from './KeptQuizNotice';
import { keptQuizView } from './KeptQuizView';
import type { QuizViewProps } from './quizPage';
import { QrCode } from './QrCode';
import { QuizSummary } from './QuizSummary';
import { StudentQuestion } from './StudentQuestion';
import { AnswerText } from './AnswerText';

type Phase =
  | { name: 'join' }
  /** `shownAt`: wall-clock ms when the question was first shown, so a reload keeps its timer. */
  | { name: 'answering'; position: number; shownAt: number }
  /** Teacher paced: an answer is in, and the student waits for the projector's next question. */
  | { name: 'waiting'; position: number }
  | { name: 'done' };

/**
 * The student's page once there is a quiz (PlayPage.tsx): it waits for the active profile. A
 * quiz the content can no longer draw comes as the copy this device kept when the student handed
 * in (`kept`): it shows the result and takes up a go in progress, but starts no new one.
 */
export function StudentPlayView({ quiz, kept }: QuizViewProps) {
  const t = useTranslations('ClassroomPlay');
  const tc = useTranslations('Classroom');
  // A saved result belongs to the profile that handed it in: wait for the active one.
  const profileId = useProgress().progress?.profile.id;
  if (!profileId) return <p role="status">{tc('loading')}</p>;
  return (
    <>
      {kept ? <KeptQuizNotice problem={kept}>{t('keptQuiz')}</KeptQuizNotice> : null}
      <StudentPlay
        key={`${profileId}:${quiz.code}`}
        quiz={quiz}
        profileId={profileId}
        kept={Boolean(kept)}
      />
    </>
  );
}

/**
 * For a code the content can no longer draw, when this device kept no copy of its quiz (a
 * result saved before phones kept one): the saved result code, which the teacher can still grade.
 */
export function SavedResultOnly({ code }: { code: string }) {
  const t = useTranslations('ClassroomPlay');
  const profileId = useProgress().progress?.profile.id;
  const quizCode = canonicalQuizCode(code);
  const saved = useMemo(
    () => (profileId ? loadSavedResult(profileId, quizCode) : null),
    [profileId, quizCode],
  );
  if (!saved) return null;
  return (
    <section className="classroom-panel saved-only" aria-labelledby="saved-only-heading">
      <h2 id="saved-only-heading">{t('savedOnlyHeading')}</h2>
      <p>{t('savedOnly', { count: MAX_KEPT_QUIZZES })}</p>
      <HandIn quizCode={quizCode} resultCode={latestCode(saved)} labelledBy="saved-only-heading" />
      {saved.retakes ? (
        <div className="notice retake-note">
          <p>{t('firstResult')}</p>
          <p className="code-display" translate="no">
            <output data-testid="first-result-code">{groupCode(saved.code)}</output>
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** The play page's view of a code the content cannot draw (keptQuiz.tsx). */
export const KeptStudentPlay = keptQuizView(SavedResultOnly);

/** A student's go at the quiz. */
function StudentPlay({
  quiz,
  profileId,
  kept,
}: {
  quiz: ClassroomQuiz;
  profileId: string;
  /** The copy this device kept: no new go can start. */
  kept: boolean;
}) {
  const t = useTranslations('ClassroomPlay');
  const id = useId();
  // Read once: this part of the page renders only in the browser (it waits for the query).
  const [saved, setSaved] = useState(() => {
    const record = loadSavedResult(profileId, quiz.code);
    return record && decodeResultCode(quiz, record.code).ok ? record : null;
  });
  // A quiz this tab was in (a reload, a phone bringing the tab back) takes up where it was: on
  // the question, waiting for the teacher, or on the result, with the nickname and answers.
  const [resumed] = useState(() => {
    const run = readClassroomRun(quiz.code);
    if (!run) return null;
    const stage = resumableStage(run, quiz.questions.length, saved ? latestCode(saved) : null);
    const decoded = decodeResultCode(quiz, run.code);
    if (!stage || !decoded.ok) return null;
    return {
      ...decoded.value,
      stage,
      position: run.position,
      shownAt: run.shownAt,
      startedAt: performance.now() - decoded.value.seconds * 1000,
      // Wall-clock start, for when a teacher-paced quiz closes (performance.now() is per page).
      startedAtWall: Date.now() - decoded.value.seconds * 1000,
    };
  });
  const [phase, setPhase] = useState<Phase>(() =>
    resumed
      ? resumed.stage === 'done'
        ? { name: 'done' }
        : resumed.stage === 'waiting'
          ? { name: 'waiting', position: resumed.position }
          : {
              name: 'answering',
              position: resumed.position,
              shownAt: resumed.shownAt ?? Date.now(),
            }
      : { name: 'join' },
  );
  const [nickname, setNickname] = useState(resumed?.nickname ?? '');
  const answers = useRef<CompactAnswer[]>(
    resumed ? resumed.answers.slice(0, resumed.position) : [],
  );
  const startedAt = useRef(resumed?.startedAt ?? 0);
  const startedAtWall = useRef(resumed?.startedAtWall ?? 0);
  // Which go this is: absent for the first; a retake's number goes into its result code.
  const attempt = useRef(resumed?.attempt);

  /** The answers so far, the nickname and the time taken, as a result code. */
  function codeSoFar(): string {
    const seconds = Math.min(
      MAX_SECONDS_TAKEN,
      Math.round((performance.now() - startedAt.current) / 1000),
    );
    const day = resultDay(new Date());
    return encodeResultCode(quiz, {
      nickname: normalizeNickname(nickname),
      seconds,
      answers: quiz.questions.map((_, i) => answers.current[i] ?? { type: 'none' }),
      ...(day === undefined ? {} : { day }),
      ...(attempt.current === undefined ? {} : { attempt: attempt.current }),
    });
  }

  /** Shows the question at `position` and keeps it for a reload. */
  function showQuestion(position: number, code: string) {
    const shownAt = Date.now();
    writeClassroomRun(quiz.code, { code, position, stage: 'answering', shownAt });
    setPhase({ name: 'answering', position, shownAt });
  }

  // Kept for the day the content can no longer draw this quiz (a deck it used is deleted), so
  // that the student can still open the result they handed in.
  useEffect(() => {
    if (saved && !kept) storeQuizSnapshot(quiz);
    else if (saved) touchQuizSnapshot(quiz.code);
  }, [saved, kept, quiz]);

  // A handed-in result of a teacher-paced quiz is final: no second go for full marks.
  const canStart = !kept && !(quiz.teacherPaced && saved);

  function start(event: FormEvent) {
    event.preventDefault();
    if (!canStart) return;
    attempt.current = saved ? Math.min(MAX_ATTEMPT, 2 + (saved.retakes?.length ?? 0)) : undefined;
    answers.current = [];
    startedAt.current = performance.now();
    startedAtWall.current = Date.now();
    showQuestion(0, codeSoFar());
  }

  function keep(record: SavedResult) {
    storeSavedResult(profileId, quiz.code, record);
    setSaved(record);
  }

  function answer(position: number, compact: CompactAnswer) {
    answers.current[position] = compact;
    const resultCode = codeSoFar();
    const next = position + 1;
    if (next < quiz.questions.length) {
      if (quiz.teacherPaced) {
        writeClassroomRun(quiz.code, { code: resultCode, position: next, stage: 'waiting' });
        setPhase({ name: 'waiting', position: next });
      } else showQuestion(next, resultCode);
      return;
    }
    // A retake is kept beside the first result, which stays as it was handed in.
    const latest = loadSavedResult(profileId, quiz.code) ?? saved;
    keep(
      latest && attempt.current !== undefined
        ? withRetake(latest, resultCode)
        : { code: resultCode, startedAt: startedAtWall.current, revealed: false },
    );
    writeClassroomRun(quiz.code, { code: resultCode, position: next, stage: 'done' });
    setPhase({ name: 'done' });
  }

  /** The saved result, kept on screen through a reload. */
  function showResult(record: SavedResult) {
    const code = latestCode(record);
    writeClassroomRun(quiz.code, { code, position: quiz.questions.length, stage: 'done' });
    setPhase({ name: 'done' });
  }

  /** Back to the start page: a reload from there stays there. */
  function leaveResult() {
    writeClassroomRun(quiz.code, null);
    setPhase({ name: 'join' });
  }

  if (phase.name === 'waiting') {
    return (
      <section className="classroom-panel student-waiting" aria-labelledby={`${id}-waiting`}>
        <h2 id={`${id}-waiting`} tabIndex={-1} ref={(el) => el?.focus()}>
          <span className="mark" aria-hidden="true">
            ✓
          </span>{' '}
          {t('answerSent', { done: phase.position })}
        </h2>
        {/* A phone has no link to the projector: it says it waits, and what to do when. */}
        <p className="student-waiting-now">
          <span className="waiting-dots" aria-hidden="true" />
          {t('waitingForTeacher', { next: phase.position + 1, total: quiz.questions.length })}
        </p>
        <p>{t('waitForTeacher', { next: phase.position + 1 })}</p>
        <button
          type="button"
          className="button button-primary button-large"
          onClick={() => showQuestion(phase.position, codeSoFar())}
        >
          {t('nextQuestion', { next: phase.position + 1 })}
        </button>
      </section>
    );
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
          teacherPaced={quiz.teacherPaced}
          shownAt={phase.shownAt}
          onAnswer={(response) => answer(phase.position, compactAnswer(question, response))}
        />
      </div>
    );
  }

  if (phase.name === 'done' && saved) {
    return (
      <StudentDone
        quiz={quiz}
        saved={saved}
        onReveal={() => keep({ ...saved, revealed: true })}
        onAgain={canStart ? leaveResult : undefined}
      />
    );
  }

  return (
    <section className="classroom-panel student-join" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('joinHeading')}</h2>
      <QuizSummary quiz={quiz} />
      {quiz.teacherPaced ? <p className="notice">{t('pacedNote')}</p> : null}
      {saved && decodeResultCode(quiz, saved.code).ok ? (
        <div className="notice saved-result">
          <p>{t('savedHeading')}</p>
          <button type="button" className="button" onClick={() => showResult(saved)}>
            {t('showSaved')}
          </button>
        </div>
      ) : null}
      {canStart ? (
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
      ) : null}
    </section>
  );
}

/** Now, and again when a teacher-paced quiz closes for this student. */
function useNowUntil(closing: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const wait = closing - Date.now();
    // Beyond about 24 days a timer fires at once; nobody keeps a tab open that long.
    if (wait <= 0 || wait > 2 ** 31 - 1) return;
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [closing]);
  return now;
}

function StudentDone({
  quiz,
  saved,
  onReveal,
  onAgain,
}: {
  quiz: ClassroomQuiz;
  saved: SavedResult;
  onReveal: () => void;
  /** Absent for a teacher-paced quiz: a handed-in result stays. */
  onAgain?: () => void;
}) {
  const t = useTranslations('ClassroomPlay');
  const now = useNowUntil(closesAt(quiz, saved.startedAt));
  const resultCode = latestCode(saved);
  const decoded = decodeResultCode(quiz, resultCode);
  if (!decoded.ok) return null;
  const shown = answersShown(quiz, saved, now);
  const { answers, seconds, nickname, attempt } = decoded.value;
  // Graded from the code itself, exactly as the teacher's results page will grade it.
  const { correct, score } = gradeResult(quiz, answers);
  const mode = quiz.language;

  return (
    <section className="student-done" aria-labelledby="done-heading">
      <div className="classroom-panel">
        <h2 id="done-heading" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('doneHeading')}
          {nickname ? <span className="done-nickname"> · {nickname}</span> : null}
        </h2>
        {shown ? (
          <p className="done-score">
            {t('score', { correct: score, total: quiz.questions.length })}
          </p>
        ) : null}
        <p className="done-time">{t('timeTaken', { time: formatDuration(seconds) })}</p>
        <h3 id="result-code-heading">{t('resultCode')}</h3>
        <p className="hint">{t('sendCode')}</p>
        <HandIn quizCode={quiz.code} resultCode={resultCode} labelledBy="result-code-heading" />
        {attempt !== undefined ? (
          <FirstResult quiz={quiz} saved={saved} attempt={attempt} shown={shown} />
        ) : null}
      </div>
      {shown ? null : <RevealForm quizCode={quiz.code} onReveal={onReveal} />}
      {shown ? (
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
          {onAgain ? (
            <button type="button" className="button" onClick={onAgain}>
              {t('again')}
            </button>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}

/** A result code to hand in: as text to read out or copy, and as a QR code of the results link. */
function HandIn({
  quizCode,
  resultCode,
  labelledBy,
}: {
  quizCode: string;
  resultCode: string;
  labelledBy: string;
}) {
  const t = useTranslations('ClassroomPlay');
  const tc = useTranslations('Classroom');
  const grouped = groupCode(resultCode);
  const resultsLink = classroomUrl(new URL('../', window.location.href).toString(), 'results', {
    q: quizCode,
    r: resultCode,
  });
  return (
    <>
      <p className="code-display result-code" aria-labelledby={labelledBy} translate="no">
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
    </>
  );
}

/** On a retake: which go it is, and the first result, which stays saved and is not replaced. */
function FirstResult({
  quiz,
  saved,
  attempt,
  shown,
}: {
  quiz: ClassroomQuiz;
  saved: SavedResult;
  attempt: number;
  /** Whether scores may show yet. */
  shown: boolean;
}) {
  const t = useTranslations('ClassroomPlay');
  const first = decodeResultCode(quiz, saved.code);
  const grouped = groupCode(saved.code);
  return (
    <div className="notice retake-note" data-testid="retake-note">
      <p>{t('retakeNote', { attempt })}</p>
      <p>
        {t('firstResult')}{' '}
        {first.ok && shown
          ? t('score', {
              correct: gradeResult(quiz, first.value.answers).score,
              total: quiz.questions.length,
            })
          : null}
      </p>
      <p className="code-display" translate="no">
        <output data-testid="first-result-code">{grouped}</output>
      </p>
    </div>
  );
}

/** Teacher paced: the answers stay hidden until the word on the projector's last slide is typed. */
function RevealForm({ quizCode, onReveal }: { quizCode: string; onReveal: () => void }) {
  const t = useTranslations('ClassroomPlay');
  const id = useId();
  const [word, setWord] = useState('');
  const [wrong, setWrong] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (isRevealWord(word, quizCode)) onReveal();
    else setWrong(true);
  }

  return (
    <section className="classroom-panel reveal-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('review')}</h3>
      <p>{t('answersHidden')}</p>
      <form onSubmit={submit} className="join-form">
        <label htmlFor={`${id}-word`} className="field">
          <span>{t('revealWord')}</span>
        </label>
        <input
          id={`${id}-word`}
          type="text"
          value={word}
          onChange={(e) => {
            setWord(e.target.value);
            setWrong(false);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={wrong}
          aria-describedby={`${id}-word-hint`}
        />
        <p id={`${id}-word-hint`} className="hint" aria-live="polite">
          {wrong ? <strong>{t('revealWordWrong')}</strong> : t('revealWordHint')}
        </p>
        <button type="submit" className="button">
          {t('showAnswers')}
        </button>
      </form>
    </section>
  );
}

/** Names this module's scripts for the HTML's preload (PreloadQuizFiles.tsx, scripts/preload-chunks.ts). */
export const CHUNK_NAME = 'chunk:classroom-play';
