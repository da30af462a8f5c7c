'use client';

import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useState } from 'react';
import { BilingualText } from '@/components/DisplayLanguage';
import { describeCorrectAnswer } from '@/lib/classroom/answers';
import { groupCode } from '@/lib/classroom/base32';
import { classroomPath, classroomUrl } from '@/lib/classroom/links';
import type { ClassroomQuiz, QuizChoice } from '@/lib/classroom/quiz';
import { SEED_LIMIT } from '@/lib/classroom/quiz-code';
import { DISPLAY_MODES, LANG_TAGS } from '@/lib/display';
import { QUESTION_KINDS, type QuestionKind } from '@/lib/questions/models';
import { CopyButton } from './CopyButton';
import { QrCode } from './QrCode';
import { QuizCodeForm } from './QuizCodeForm';
import { AnswerText } from './AnswerText';
import { type ClassroomSource, type Engine, useEngine } from './engine';
import { ShuffleIcon } from './icons';

const COUNTS = [5, 10, 15, 20, 25, 30, 40, 50];
const SECONDS = [0, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240];

function randomSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 1) % SEED_LIMIT;
}

function choiceOf(quiz: ClassroomQuiz): QuizChoice {
  return {
    deckIds: quiz.decks.map((d) => d.id),
    kinds: quiz.settings.kinds,
    count: quiz.settings.count,
    secondsPerQuestion: quiz.secondsPerQuestion,
    language: quiz.language,
    seed: quiz.settings.seed,
    teacherPaced: quiz.teacherPaced,
  };
}

/**
 * `classroom/`: a teacher chooses decks, kinds, length, timing and language and gets a quiz
 * code, its links and a QR code. The page's `?q=` follows the code, so a reload or a bookmark
 * brings the same quiz back.
 */
export function QuizBuilder({ source }: { source: ClassroomSource }) {
  const engine = useEngine(source);
  const tc = useTranslations('Classroom');
  if (engine.status === 'loading') return <p role="status">{tc('loading')}</p>;
  if (engine.status === 'failed') {
    return (
      <p role="alert" className="notice">
        {tc('loadFailed')}
      </p>
    );
  }
  return <Builder engine={engine.engine} />;
}

/** The builder once the generator and the content are here. */
function Builder({ engine }: { engine: Engine }) {
  const { content, createQuiz, openQuiz, generateQuestions } = engine;
  const t = useTranslations('ClassroomBuilder');
  const tc = useTranslations('Classroom');
  const tq = useTranslations('Quiz');
  const locale = useLocale() as 'zh' | 'en';
  const id = useId();
  const initialCode = useSearchParams().get('q') ?? '';
  // This part of the page renders only in the browser (it waits for the query), so the random
  // seed and the opened code are known from the first render.
  const [choice, setChoice] = useState<QuizChoice>(() => {
    const opened = initialCode ? openQuiz(content, initialCode) : null;
    if (opened?.ok) return choiceOf(opened.value);
    return {
      deckIds: content.decks.map((d) => d.id),
      kinds: [...QUESTION_KINDS],
      count: 10,
      secondsPerQuestion: 30,
      language: locale,
      seed: randomSeed(),
    };
  });
  const [loaded, setLoaded] = useState<string | null>(null);

  const deckQuestionCounts = useMemo(
    () =>
      new Map(
        content.decks.map((d) => [
          d.id,
          choice.kinds.length
            ? generateQuestions(content, { seed: 1, deckIds: [d.id], kinds: choice.kinds }).length
            : 0,
        ]),
      ),
    [content, choice.kinds, generateQuestions],
  );

  const quiz = useMemo(
    () =>
      choice.deckIds.length > 0 && choice.kinds.length > 0 ? createQuiz(content, choice) : null,
    [content, choice, createQuiz],
  );
  const ready = quiz && quiz.questions.length > 0 ? quiz : null;

  useEffect(() => {
    if (ready) window.history.replaceState(null, '', `?q=${ready.code}`);
  }, [ready]);

  const update = (patch: Partial<QuizChoice>) => {
    setLoaded(null);
    setChoice((c) => ({ ...c, ...patch }));
  };
  const toggle = <T,>(list: readonly T[], item: T, order: readonly T[]): T[] =>
    order.filter((x) => (x === item ? !list.includes(item) : list.includes(x)));

  const time = (seconds: number) => (seconds > 0 ? tc('perQuestion', { seconds }) : tc('untimed'));

  return (
    <div className="builder">
      <form
        className="classroom-panel builder-settings"
        aria-labelledby={`${id}-settings`}
        onSubmit={(e) => e.preventDefault()}
      >
        <h2 id={`${id}-settings`}>{t('settingsHeading')}</h2>

        <fieldset className="check-group">
          <legend>{t('decks')}</legend>
          {content.decks.map((d) => (
            <label key={d.id} className="check-row">
              <input
                type="checkbox"
                checked={choice.deckIds.includes(d.id)}
                onChange={() =>
                  update({
                    deckIds: toggle(
                      choice.deckIds,
                      d.id,
                      content.decks.map((x) => x.id),
                    ),
                  })
                }
              />
              <span>
                <span lang={LANG_TAGS[locale]}>{d.title[locale]}</span>
                <span className="check-meta">
                  {t('deckQuestions', { count: deckQuestionCounts.get(d.id) ?? 0 })}
                </span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset className="check-group check-group-kinds">
          <legend>{t('kinds')}</legend>
          {QUESTION_KINDS.map((k) => (
            <label key={k} className="check-row">
              <input
                type="checkbox"
                checked={choice.kinds.includes(k)}
                onChange={() =>
                  update({ kinds: toggle<QuestionKind>(choice.kinds, k, QUESTION_KINDS) })
                }
              />
              <span>{tq(`kind.${k}`)}</span>
            </label>
          ))}
        </fieldset>

        <div className="builder-row">
          <label className="field">
            <span>{t('count')}</span>
            <select
              value={choice.count}
              onChange={(e) => update({ count: Number(e.target.value) })}
            >
              {COUNTS.map((n) => (
                <option key={n} value={n}>
                  {t('countOption', { count: n })}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('seconds')}</span>
            <select
              value={choice.secondsPerQuestion}
              onChange={(e) => update({ secondsPerQuestion: Number(e.target.value) })}
            >
              {SECONDS.map((s) => (
                <option key={s} value={s}>
                  {s === 0 ? t('noLimit') : t('secondsOption', { seconds: s })}
                </option>
              ))}
            </select>
          </label>
        </div>

        <fieldset className="segmented">
          <legend className="segmented-legend">{t('language')}</legend>
          {DISPLAY_MODES.map((m) => (
            <label key={m} className={m === choice.language ? 'segment is-active' : 'segment'}>
              <input
                type="radio"
                name={`${id}-language`}
                value={m}
                checked={m === choice.language}
                onChange={() => update({ language: m })}
              />
              <span lang={m === 'both' ? undefined : LANG_TAGS[m]}>{tc(`language.${m}`)}</span>
            </label>
          ))}
        </fieldset>

        <label className="check-row builder-paced">
          <input
            type="checkbox"
            checked={choice.teacherPaced ?? false}
            onChange={(e) => update({ teacherPaced: e.target.checked })}
            aria-describedby={`${id}-paced-hint`}
          />
          <span>
            <span>{t('teacherPaced')}</span>
            <span className="check-meta" id={`${id}-paced-hint`}>
              {t('teacherPacedHint')}
            </span>
          </span>
        </label>

        <div className="builder-seed">
          <span className="builder-seed-label">{t('questionSet')}</span>
          <span className="builder-seed-value">{t('setNumber', { seed: choice.seed })}</span>
          <button
            type="button"
            className="button"
            onClick={() => update({ seed: randomSeed() })}
            aria-describedby={`${id}-seed-hint`}
          >
            <ShuffleIcon /> {t('shuffle')}
          </button>
          <p className="hint builder-seed-hint" id={`${id}-seed-hint`}>
            {t('setHint')}
          </p>
        </div>
      </form>

      <section className="classroom-panel builder-output" aria-labelledby={`${id}-quiz`}>
        <h2 id={`${id}-quiz`}>{t('quizHeading')}</h2>
        <div role="status" className="builder-status">
          {choice.deckIds.length === 0 ? (
            <p className="notice">{t('chooseDeck')}</p>
          ) : choice.kinds.length === 0 ? (
            <p className="notice">{t('chooseKind')}</p>
          ) : !ready ? (
            <p className="notice">{t('noQuestions')}</p>
          ) : ready.questions.length < choice.count ? (
            <p className="notice">{t('fewer', { count: ready.questions.length })}</p>
          ) : null}
          {loaded ? <p className="notice">{t('opened', { code: loaded })}</p> : null}
        </div>
        {ready ? <QuizOutput quiz={ready} time={time(ready.secondsPerQuestion)} /> : null}
      </section>

      <section className="classroom-panel builder-open" aria-labelledby={`${id}-open`}>
        <h2 id={`${id}-open`}>{t('openHeading')}</h2>
        <QuizCodeForm
          check={(code) => {
            const opened = openQuiz(content, code);
            return opened.ok ? null : opened.problem;
          }}
          onOpen={(code) => {
            const opened = openQuiz(content, code);
            if (!opened.ok) return;
            setChoice(choiceOf(opened.value));
            setLoaded(groupCode(opened.value.code));
          }}
        />
      </section>
    </div>
  );
}

function QuizOutput({ quiz, time }: { quiz: ClassroomQuiz; time: string }) {
  const t = useTranslations('ClassroomBuilder');
  const tc = useTranslations('Classroom');
  const root = new URL('./', window.location.href).toString();
  const studentLink = classroomUrl(root, 'play', { q: quiz.code });
  const joinPath = new URL('play/', root);
  const link = (page: 'present' | 'print' | 'results' | 'play') =>
    classroomPath(page, { q: quiz.code });

  return (
    <>
      <p className="builder-summary">
        {t('summary', {
          count: quiz.questions.length,
          time,
          language: tc(`language.${quiz.language}`),
          paced: quiz.teacherPaced ? 'yes' : 'no',
        })}
      </p>
      <p className="field-label" id="builder-code-label">
        {tc('quizCode')}
      </p>
      <p
        className="code-display quiz-code"
        aria-labelledby="builder-code-label"
        aria-describedby="builder-code-live"
        translate="no"
      >
        <output data-testid="quiz-code">{groupCode(quiz.code)}</output>
      </p>
      {/* There is no Make step: the code is the settings, so it follows every change. */}
      <p className="hint" id="builder-code-live">
        {t('codeLive')}
      </p>
      <CopyButton text={groupCode(quiz.code)} label={tc('copyCode', { what: t('codeName') })} />
      <div className="builder-share">
        <QrCode
          text={studentLink}
          label={tc('qrLabel', { text: studentLink })}
          className="builder-qr"
        />
        <div className="builder-share-text">
          <p className="field-label">{t('studentLink')}</p>
          <p className="link-line">
            <a href={link('play')} className="student-link" translate="no">
              {studentLink}
            </a>
          </p>
          <CopyButton text={studentLink} label={tc('copyCode', { what: t('linkName') })} />
        </div>
      </div>
      <p className="hint">{t('studentsJoin', { path: `${joinPath.host}${joinPath.pathname}` })}</p>
      <nav className="builder-actions" aria-label={t('quizHeading')}>
        <a className="button button-primary" href={link('present')}>
          {t('present')}
        </a>
        <a className="button" href={link('print')}>
          {t('print')}
        </a>
        <a className="button" href={link('results')}>
          {t('results')}
        </a>
        <a className="button" href={link('play')}>
          {t('tryIt')}
        </a>
      </nav>
      <details className="builder-preview">
        <summary>{t('preview')}</summary>
        <ol>
          {quiz.questions.map((q) => (
            <li key={q.id}>
              <BilingualText text={q.prompt} mode={quiz.language} />
              <span className="builder-preview-answer">
                {t('answer')}
                <AnswerText text={describeCorrectAnswer(q)} mode={quiz.language} />
              </span>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
