'use client';

import { useTranslations } from 'next-intl';
import {
  type FormEvent,
  type MouseEvent,
  Fragment,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { SourceHost } from './SourceHost';
import { sourceText } from '@/lib/content/dates';
import { textIn } from '@/lib/display';
import { checkAnswer } from '@/lib/questions/check';
import { answerText } from '@/lib/questions/export';
import type { Option, Question, Response } from '@/lib/questions/models';
import { BilingualText, useDisplayLanguage } from './DisplayLanguage';
import { HydrationGate } from './hydrated';
import { LangRuns } from './LangRuns';

export interface QuizCardProps {
  question: Question;
  /** 1-based position and total, for the progress line. */
  position: number;
  total: number;
  onAnswered: (correct: boolean, response: Response) => void;
  onNext: () => void;
  isLast: boolean;
  /** Test mode passes false: the answer is recorded and the next question follows, unmarked. */
  reveal?: boolean;
  /** An answer given before (a test's question visited again): the card starts with it. */
  initial?: Response | null;
  /** The submit button's text when it does not check (test mode: "Save and next"). */
  submitLabel?: string;
  /**
   * Said in place of "Question n of m", and read with the prompt when it takes focus: Learn mode
   * has no fixed length, and says whether a question is new or one missed before.
   */
  note?: ReactNode;
}

type Draft =
  | { kind: 'single'; optionId: string | null }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'truefalse'; value: boolean | null }
  | { kind: 'fill'; text: string }
  | { kind: 'order'; optionIds: string[] }
  | { kind: 'match'; pairs: Record<string, string> };

function emptyDraft(q: Question): Draft {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', optionId: null };
    case 'multiple':
      return { kind: 'multiple', optionIds: [] };
    case 'truefalse':
      return { kind: 'truefalse', value: null };
    case 'fill':
      return { kind: 'fill', text: '' };
    case 'order':
      return { kind: 'order', optionIds: q.options.map((o) => o.id) };
    case 'match':
      return { kind: 'match', pairs: {} };
  }
}

/** A response given before as a draft to go on from; an empty draft when it does not fit. */
function draftOf(q: Question, r: Response | null | undefined): Draft {
  if (!r || r.kind !== q.kind) return emptyDraft(q);
  switch (r.kind) {
    case 'single':
      return { kind: 'single', optionId: r.optionId };
    case 'multiple':
      return { kind: 'multiple', optionIds: [...r.optionIds] };
    case 'truefalse':
      return { kind: 'truefalse', value: r.value };
    case 'fill':
      return { kind: 'fill', text: r.text };
    case 'order': {
      const ids = 'options' in q ? q.options.map((o) => o.id) : [];
      const same = r.optionIds.length === ids.length && ids.every((id) => r.optionIds.includes(id));
      return same ? { kind: 'order', optionIds: [...r.optionIds] } : emptyDraft(q);
    }
    case 'match':
      return { kind: 'match', pairs: { ...r.pairs } };
  }
}

/** The draft as a response, or null while it is incomplete. */
function toResponse(q: Question, d: Draft): Response | null {
  switch (d.kind) {
    case 'single':
      return d.optionId ? { kind: 'single', optionId: d.optionId } : null;
    case 'multiple':
      return d.optionIds.length > 0 ? { kind: 'multiple', optionIds: d.optionIds } : null;
    case 'truefalse':
      return d.value === null ? null : { kind: 'truefalse', value: d.value };
    case 'fill':
      return d.text.trim() ? { kind: 'fill', text: d.text } : null;
    case 'order':
      return { kind: 'order', optionIds: d.optionIds };
    case 'match':
      return q.kind === 'match' && q.left.every((l) => d.pairs[l.id])
        ? { kind: 'match', pairs: d.pairs }
        : null;
  }
}

/** Options a number key can choose, in the order shown. */
function keyOptions(q: Question): Option[] {
  return q.kind === 'single' || q.kind === 'multiple' || q.kind === 'truefalse' ? q.options : [];
}

/** Whether number keys choose among this question's options (not for fill, order or match). */
export function hasNumberKeys(q: Question): boolean {
  return keyOptions(q).length > 0;
}

/**
 * The key hint under a question (messages Practice.keyboardHint…): number keys where they choose
 * an option; for an ordering question, that Enter on a focused arrow moves the event (as on any
 * button) and checks elsewhere.
 */
export function keyboardHintKey(
  q: Question,
): 'keyboardHint' | 'keyboardHintOrder' | 'keyboardHintEnter' {
  if (hasNumberKeys(q)) return 'keyboardHint';
  return q.kind === 'order' ? 'keyboardHintOrder' : 'keyboardHintEnter';
}

export function QuizCard({
  question,
  position,
  total,
  onAnswered,
  onNext,
  isLast,
  reveal = true,
  initial,
  submitLabel,
  note,
}: QuizCardProps) {
  const t = useTranslations('Quiz');
  const tp = useTranslations('Practice');
  const { mode } = useDisplayLanguage();
  const [draft, setDraft] = useState<Draft>(() => draftOf(question, initial));
  const [result, setResult] = useState<{ correct: boolean } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const fillRef = useRef<HTMLInputElement>(null);
  const orderRef = useRef<HTMLOListElement>(null);
  /** The event last moved with a focused arrow, and which way. */
  const movedRef = useRef<{ id: string; up: boolean } | null>(null);
  const groupId = useId();

  // Each question mounts afresh (the parent keys it): move focus to it so screen readers announce it.
  // A fill-in question reached with Next takes focus in its text box, so the answer can be typed
  // at once; the box is described by the prompt, which a screen reader reads with it. The first
  // question of a round keeps focus on its heading: a page load should not open a phone's keyboard.
  useEffect(() => {
    if (question.kind === 'fill' && position > 1) fillRef.current?.focus();
    else headingRef.current?.focus();
    // Once per question: the parent keys each question, so this runs when it mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After Check: Next (kept at the bottom of the screen) takes focus without scrolling, and the
  // verdict comes into view if it is not, so a phone shows both without the learner scrolling.
  useEffect(() => {
    if (!result) return;
    nextRef.current?.focus({ preventScroll: true });
    const feedback = feedbackRef.current;
    if (!feedback) return;
    const box = feedback.getBoundingClientRect();
    const actions = nextRef.current?.getBoundingClientRect();
    const bottom = actions ? actions.top : window.innerHeight;
    if (box.top < 0 || box.top > bottom - 80) feedback.scrollIntoView({ block: 'start' });
    // A verdict whose explanation runs under the bar comes up until its end shows, as far as its
    // top can stay on screen: the learner reads it without scrolling.
    else if (box.bottom > bottom)
      window.scrollBy({ top: Math.min(box.bottom - bottom + 8, box.top - 12) });
  }, [result]);

  // An event moved with the keyboard keeps focus on its arrow, so Enter or Space moves it again.
  // React may move the item's element to reorder the list, which blurs the arrow, and an arrow
  // turns disabled at either end of the list: focus then goes to the item's other arrow. Left
  // on the page, Enter would check the answer before the learner had finished ordering.
  useEffect(() => {
    const moved = movedRef.current;
    movedRef.current = null;
    if (!moved || !orderRef.current) return;
    const item = [...orderRef.current.children].find(
      (el) => el instanceof HTMLElement && el.dataset.optionId === moved.id,
    );
    const [up, down] = item ? [...item.querySelectorAll('button')] : [];
    const arrow = moved.up ? (up?.disabled ? down : up) : down?.disabled ? up : down;
    if (arrow && document.activeElement !== arrow) arrow.focus();
  }, [draft]);

  const response = toResponse(question, draft);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (result) {
      onNext();
      return;
    }
    if (!response) return;
    const correct = checkAnswer(question, response);
    onAnswered(correct, response);
    if (reveal) setResult({ correct });
    else onNext();
  }

  function choose(option: Option) {
    if (result) return;
    if (question.kind === 'single') setDraft({ kind: 'single', optionId: option.id });
    if (question.kind === 'truefalse') setDraft({ kind: 'truefalse', value: option.id === 'true' });
    if (question.kind === 'multiple' && draft.kind === 'multiple') {
      const has = draft.optionIds.includes(option.id);
      setDraft({
        kind: 'multiple',
        optionIds: has
          ? draft.optionIds.filter((id) => id !== option.id)
          : question.options
              .map((o) => o.id)
              .filter((id) => id === option.id || draft.optionIds.includes(id)),
      });
    }
  }

  // Keys 1–9 choose an option; Enter checks, then continues. Typing in a text field is left alone.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text';
      if (typing || target?.tagName === 'SELECT' || target?.tagName === 'TEXTAREA') return;
      if (/^[1-9]$/.test(event.key)) {
        const option = keyOptions(question)[Number(event.key) - 1];
        if (option) {
          event.preventDefault();
          choose(option);
        }
      } else if (event.key === 'Enter' && target?.tagName !== 'BUTTON' && target?.tagName !== 'A') {
        event.preventDefault();
        submit();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const selected = (id: string) =>
    (draft.kind === 'single' && draft.optionId === id) ||
    (draft.kind === 'multiple' && draft.optionIds.includes(id)) ||
    (draft.kind === 'truefalse' && draft.value !== null && String(draft.value) === id);
  const isKeyed = (id: string) =>
    (question.kind === 'single' && question.answer === id) ||
    (question.kind === 'multiple' && question.answer.includes(id)) ||
    (question.kind === 'truefalse' && String(question.answer) === id);

  const choiceList = (options: Option[], multiple: boolean) => (
    <fieldset className="options" aria-describedby={`${groupId}-prompt`}>
      <legend className="visually-hidden">{textIn(question.prompt, mode)}</legend>
      {options.map((option, i) => {
        const state = result
          ? isKeyed(option.id)
            ? 'is-correct'
            : selected(option.id)
              ? 'is-wrong'
              : ''
          : selected(option.id)
            ? 'is-selected'
            : '';
        return (
          <label key={option.id} className={`option ${state}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`${groupId}-choice`}
              value={option.id}
              checked={selected(option.id)}
              disabled={result !== null}
              onChange={() => choose(option)}
            />
            <span className="option-key" aria-hidden="true">
              {i + 1}
            </span>
            <span className="option-text">
              <BilingualText text={option.text} />
            </span>
            {/* After Check every keyed option says so, and each says whether it was chosen: in
                a multiple-choice question a right pick and a missed answer look alike else. */}
            {result && isKeyed(option.id) ? (
              <span className="option-mark">
                <span className="mark">✓</span>{' '}
                {selected(option.id)
                  ? t('correctChosen')
                  : multiple
                    ? t('missedOption')
                    : t('correctOption')}
              </span>
            ) : result && selected(option.id) ? (
              <span className="option-mark">
                <span className="mark">✗</span> {t('yourChoice')}
              </span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );

  let body: React.ReactNode = null;
  if (question.kind === 'single' || question.kind === 'truefalse')
    body = choiceList(question.options, false);
  if (question.kind === 'multiple') body = choiceList(question.options, true);
  if (question.kind === 'fill' && draft.kind === 'fill') {
    const hint = question.answer.hint;
    body = (
      <div className="fill">
        <label htmlFor={`${groupId}-fill`}>{t('fillLabel')}</label>
        <input
          ref={fillRef}
          id={`${groupId}-fill`}
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={draft.text}
          disabled={result !== null}
          onChange={(e) => setDraft({ kind: 'fill', text: e.target.value })}
          aria-describedby={`${groupId}-prompt${hint ? ` ${groupId}-fill-hint` : ''}`}
        />
        {hint ? (
          <p id={`${groupId}-fill-hint`} className="hint">
            <LangRuns text={t(`fillHints.${hint}`)} />
          </p>
        ) : null}
      </div>
    );
  }
  if (question.kind === 'order' && draft.kind === 'order') {
    const byId = new Map(question.options.map((o) => [o.id, o]));
    const move = (from: number, to: number, event: MouseEvent<HTMLButtonElement>) => {
      const ids = [...draft.optionIds];
      const [id] = ids.splice(from, 1);
      if (id === undefined) return;
      ids.splice(to, 0, id);
      // Only a focused arrow keeps focus: a tap (Safari does not focus a tapped button) does not.
      if (event.currentTarget === document.activeElement) movedRef.current = { id, up: to < from };
      setDraft({ kind: 'order', optionIds: ids });
    };
    body = (
      <div className="order">
        <p className="hint">{t('orderHint')}</p>
        <ol className="order-list" ref={orderRef}>
          {draft.optionIds.map((id, i) => {
            const option = byId.get(id);
            if (!option) return null;
            const label = textIn(option.text, mode);
            const correctHere = result ? question.answer[i] === id : null;
            return (
              <li
                key={id}
                data-option-id={id}
                className={`order-item ${correctHere === null ? '' : correctHere ? 'is-correct' : 'is-wrong'}`}
              >
                <span className="order-pos">{i + 1}</span>
                <span className="order-text">
                  <BilingualText text={option.text} />
                </span>
                <span className="order-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('moveUp', { item: label })}
                    disabled={i === 0 || result !== null}
                    onClick={(event) => move(i, i - 1, event)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('moveDown', { item: label })}
                    disabled={i === draft.optionIds.length - 1 || result !== null}
                    onClick={(event) => move(i, i + 1, event)}
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
        {question.left.map((left) => {
          const chosen = draft.pairs[left.id] ?? '';
          const correctHere = result ? question.answer[left.id] === chosen : null;
          return (
            <div
              key={left.id}
              className={`match-row ${correctHere === null ? '' : correctHere ? 'is-correct' : 'is-wrong'}`}
            >
              <label htmlFor={`${groupId}-${left.id}`} className="match-left">
                <BilingualText text={left.text} />
              </label>
              <select
                id={`${groupId}-${left.id}`}
                value={chosen}
                disabled={result !== null}
                aria-label={t('matchLabel', { item: textIn(left.text, mode) })}
                onChange={(e) =>
                  setDraft({ kind: 'match', pairs: { ...draft.pairs, [left.id]: e.target.value } })
                }
              >
                <option value="">{t('matchChoose')}</option>
                {question.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {textIn(o.text, mode)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    );
  }

  return (
    <form className="quiz-card" onSubmit={submit} aria-labelledby={`${groupId}-prompt`}>
      <p className="quiz-meta">
        {note === undefined ? (
          <span>{tp('progress', { current: position, total })}</span>
        ) : (
          <span id={`${groupId}-note`}>{note}</span>
        )}
        <span className="quiz-kind">{t(`kind.${question.kind}`)}</span>
      </p>
      <h2
        id={`${groupId}-prompt`}
        className="quiz-prompt"
        tabIndex={-1}
        ref={headingRef}
        aria-describedby={note === undefined ? undefined : `${groupId}-note`}
      >
        <BilingualText text={question.prompt} />
      </h2>
      {/* A choice made before the page has hydrated would be lost, and so would a Check (an
          ordering question has an answer from the start). */}
      <HydrationGate>
        {body}
        <div className="feedback-slot" aria-live="polite" ref={feedbackRef}>
          {result ? <Feedback question={question} correct={result.correct} /> : null}
        </div>
        <div className="quiz-actions">
          {result ? (
            <button type="submit" className="button button-primary" ref={nextRef}>
              {isLast ? tp('finish') : tp('next')}
            </button>
          ) : (
            // Not disabled while nothing is chosen: a disabled button takes no tap, and a Check
            // tapped after a choice made before hydration must be kept (components/earlyTaps.ts).
            <button type="submit" className="button button-primary" aria-disabled={!response}>
              {reveal ? tp('check') : (submitLabel ?? (isLast ? tp('finish') : tp('next')))}
            </button>
          )}
        </div>
      </HydrationGate>
    </form>
  );
}

function Feedback({ question, correct }: { question: Question; correct: boolean }) {
  const t = useTranslations('Practice');
  const { mode } = useDisplayLanguage();
  return (
    <section
      className={`feedback ${correct ? 'is-correct' : 'is-wrong'}`}
      aria-label={correct ? t('correct') : t('incorrect')}
    >
      <p className="feedback-verdict">
        <span className="mark" aria-hidden="true">
          {correct ? '✓ ' : '✗ '}
        </span>
        {correct ? t('correct') : t('incorrect')}
      </p>
      {!correct ? (
        <p className="feedback-answer">
          {t('answerWas', { answer: textIn(answerText(question), mode) })}
        </p>
      ) : null}
      <h3 className="feedback-heading">{t('explanation')}</h3>
      <p className="feedback-explanation">
        <BilingualText text={question.explanation} />
      </p>
      <p className="feedback-source">
        {t('sourceLabel')}
        {question.sources.map((source, i) => (
          <Fragment key={i}>
            {i > 0 ? t('sourceSeparator') : null}
            <BilingualText text={sourceText(source)} />
            <SourceHost url={source.url} />
          </Fragment>
        ))}
      </p>
    </section>
  );
}
