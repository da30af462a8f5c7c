'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { BilingualText } from '@/components/DisplayLanguage';
import { optionLetter } from '@/lib/classroom/answers';
import { OptionLetter } from './OptionLetter';
import { type Draft, draftAtTimeUp, draftResponse, emptyDraft } from '@/lib/classroom/draft';
import { type DisplayMode, textIn } from '@/lib/display';
import type { Option, Question, Response } from '@/lib/questions/models';
import { LangRuns } from '../LangRuns';
import { Countdown } from './Countdown';
import { useCountdown } from './useCountdown';

/**
 * One question on a student's phone. Unlike the practice card it never says whether an answer
 * is right: answers are revealed at the end, so nobody can pass them on mid-quiz.
 * The parent keys it by question, so each starts with a clean draft and a full timer.
 */
export function StudentQuestion({
  question,
  position,
  total,
  mode,
  secondsPerQuestion,
  teacherPaced = false,
  shownAt,
  onAnswer,
}: {
  question: Question;
  position: number;
  total: number;
  mode: DisplayMode;
  secondsPerQuestion: number;
  /** Answers come when the teacher reveals them, not at the end; the last button says so. */
  teacherPaced?: boolean;
  /** Wall-clock ms when the question was first shown (before a reload); now when absent. */
  shownAt?: number;
  onAnswer: (response: Response | null) => void;
}) {
  const t = useTranslations('ClassroomPlay');
  const tq = useTranslations('Quiz');
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(question));
  const [done, setDone] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const response = draftResponse(question, draft);
  const isLast = position === total;

  function finish(answer: Response | null) {
    if (done) return;
    setDone(true);
    onAnswer(answer);
  }

  // Read once, as the question mounts: time already spent on it before a reload.
  const [elapsedAtStart] = useState(() =>
    shownAt === undefined ? 0 : Math.max(0, Date.now() - shownAt),
  );
  const remaining = useCountdown(
    secondsPerQuestion,
    !done,
    () => finish(draftAtTimeUp(question, draft)),
    elapsedAtStart,
  );

  // Focus the new question so that a screen reader reads it and Tab starts from it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (response) finish(response);
  }

  function choose(option: Option) {
    if (question.kind === 'single') setDraft({ kind: 'single', optionId: option.id });
    if (question.kind === 'truefalse') setDraft({ kind: 'truefalse', value: option.id === 'true' });
    if (question.kind === 'multiple' && draft.kind === 'multiple') {
      const on = !draft.optionIds.includes(option.id);
      setDraft({
        kind: 'multiple',
        optionIds: question.options
          .map((o) => o.id)
          .filter((x) => (x === option.id ? on : draft.optionIds.includes(x))),
      });
    }
  }

  // Letter keys choose an option, as the letters on the projector; typing in a field is left alone.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input[type=text], select, textarea')) return;
      if (!('options' in question) || question.kind === 'order' || question.kind === 'match')
        return;
      const index =
        event.key.length === 1 ? 'abcdefghijklmno'.indexOf(event.key.toLowerCase()) : -1;
      const option = question.options[index];
      if (option) {
        event.preventDefault();
        choose(option);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const isChosen = (optionId: string) =>
    (draft.kind === 'single' && draft.optionId === optionId) ||
    (draft.kind === 'multiple' && draft.optionIds.includes(optionId)) ||
    (draft.kind === 'truefalse' && draft.value !== null && String(draft.value) === optionId);

  let body: React.ReactNode = null;
  if (question.kind === 'single' || question.kind === 'truefalse' || question.kind === 'multiple') {
    const multiple = question.kind === 'multiple';
    body = (
      <fieldset className="options" aria-describedby={`${id}-prompt`}>
        <legend className="visually-hidden">{textIn(question.prompt, mode)}</legend>
        {question.options.map((option, i) => (
          <label key={option.id} className={`option ${isChosen(option.id) ? 'is-selected' : ''}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`${id}-choice`}
              value={option.id}
              checked={isChosen(option.id)}
              onChange={() => choose(option)}
            />
            <OptionLetter index={i} className="option-key" />
            <span className="option-text">
              <BilingualText text={option.text} mode={mode} />
            </span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (question.kind === 'fill' && draft.kind === 'fill') {
    const hint = question.answer.hint;
    body = (
      <div className="fill">
        <label htmlFor={`${id}-fill`}>{tq('fillLabel')}</label>
        <input
          id={`${id}-fill`}
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={60}
          value={draft.text}
          onChange={(e) => setDraft({ kind: 'fill', text: e.target.value })}
          aria-describedby={hint ? `${id}-fill-hint` : undefined}
        />
        {hint ? (
          <p id={`${id}-fill-hint`} className="hint">
            <LangRuns text={tq(`fillHints.${hint}`)} />
          </p>
        ) : null}
      </div>
    );
  }
  if (question.kind === 'order' && draft.kind === 'order') {
    const byId = new Map(
      question.options.map((o, i) => [o.id, { option: o, letter: optionLetter(i) }]),
    );
    const move = (from: number, to: number) => {
      const ids = [...draft.optionIds];
      const [moved] = ids.splice(from, 1);
      if (moved === undefined) return;
      ids.splice(to, 0, moved);
      setDraft({ kind: 'order', optionIds: ids, moved: true });
    };
    body = (
      <div className="order">
        <p className="hint">{tq('orderHint')}</p>
        <ol className="order-list">
          {draft.optionIds.map((optionId, i) => {
            const item = byId.get(optionId);
            if (!item) return null;
            const label = `${item.letter}. ${textIn(item.option.text, mode)}`;
            return (
              <li key={optionId} className="order-item" data-option-id={optionId}>
                <span className="order-pos">{i + 1}</span>
                <span className="option-key" aria-hidden="true">
                  {item.letter}
                </span>
                <span className="order-text">
                  <BilingualText text={item.option.text} mode={mode} />
                </span>
                <span className="order-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={tq('moveUp', { item: label })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={tq('moveDown', { item: label })}
                    disabled={i === draft.optionIds.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    );
  }
  if (question.kind === 'match' && draft.kind === 'match') {
    body = (
      <div className="match">
        {question.left.map((left, li) => (
          <div key={left.id} className="match-row">
            <label htmlFor={`${id}-${left.id}`} className="match-left">
              <span className="match-number">{li + 1}.</span>{' '}
              <BilingualText text={left.text} mode={mode} />
            </label>
            <select
              id={`${id}-${left.id}`}
              value={draft.pairs[left.id] ?? ''}
              aria-label={tq('matchLabel', { item: textIn(left.text, mode) })}
              onChange={(e) => {
                const pairs = { ...draft.pairs };
                if (e.target.value) pairs[left.id] = e.target.value;
                else delete pairs[left.id];
                setDraft({ kind: 'match', pairs });
              }}
            >
              <option value="">{tq('matchChoose')}</option>
              {question.options.map((o, i) => (
                <option key={o.id} value={o.id}>
                  {optionLetter(i)}. {textIn(o.text, mode)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    );
  }

  return (
    <form className="quiz-card student-card" onSubmit={submit} aria-labelledby={`${id}-prompt`}>
      <p className="quiz-meta">
        <span>{t('progress', { current: position, total })}</span>
        <span className="quiz-kind">{tq(`kind.${question.kind}`)}</span>
      </p>
      {secondsPerQuestion > 0 ? (
        <Countdown limit={secondsPerQuestion} remaining={remaining} />
      ) : null}
      <h2 id={`${id}-prompt`} className="quiz-prompt" tabIndex={-1} ref={headingRef}>
        <BilingualText text={question.prompt} mode={mode} />
      </h2>
      {body}
      <div className="quiz-actions student-actions">
        <button type="button" className="button" onClick={() => finish(null)} disabled={done}>
          {t('skip')}
        </button>
        <button type="submit" className="button button-primary" disabled={!response || done}>
          {isLast ? (teacherPaced ? t('submitLastPaced') : t('submitLast')) : t('submit')}
        </button>
      </div>
      <p className="hint">{teacherPaced ? t('answerNotePaced') : t('answerNote')}</p>
    </form>
  );
}
