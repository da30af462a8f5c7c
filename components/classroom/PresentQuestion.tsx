'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useLayoutEffect, useRef, useState } from 'react';
import { BilingualText } from '@/components/DisplayLanguage';
import {
  answerLabel,
  compactAnswer,
  correctResponse,
  describeCorrectAnswer,
  optionLetter,
} from '@/lib/classroom/answers';
import type { Locale } from '@/i18n/routing';
import type { Text } from '@/lib/content/schema';
import type { DisplayMode } from '@/lib/display';
import type { Question } from '@/lib/questions/models';
import { AnswerText } from './AnswerText';
import { OptionLetter } from './OptionLetter';
import { fitSlide, type SlideColumns } from './slideFit';

function lengthOf(text: Text, mode: DisplayMode): number {
  return mode === 'both'
    ? text.zh.length * 2 + text.en.length
    : text[mode].length * (mode === 'zh' ? 2 : 1);
}

/**
 * How much text a question carries. A dense one gets a smaller prompt; a very dense one lays its
 * options in one column first when the measured fit (slideFit.ts) finds both layouts fit alike.
 * The density does not change when the answer is revealed.
 * Chinese characters count double: each is about as wide as two Latin letters.
 */
export function slideDensity(
  question: Question,
  mode: DisplayMode,
): 'normal' | 'dense' | 'very-dense' {
  const options = 'options' in question ? question.options : [];
  const left = question.kind === 'match' ? question.left : [];
  const total =
    lengthOf(question.prompt, mode) +
    [...options, ...left].reduce((sum, o) => sum + lengthOf(o.text, mode), 0);
  return total > 400 ? 'very-dense' : total > 200 ? 'dense' : 'normal';
}

/** The option layouts a slide may take, the one it prefers first. */
function layoutsFor(question: Question, density: ReturnType<typeof slideDensity>): SlideColumns[] {
  // True/false is a pair side by side; a matching keeps its items beside their partners.
  if (question.kind === 'truefalse' || question.kind === 'match' || question.kind === 'fill') {
    return ['fixed'];
  }
  // An order question reads as a list; two columns only where one would not fit as large.
  if (question.kind === 'order' || density === 'very-dense') return ['one', 'two'];
  return ['two', 'one'];
}

/**
 * Scrolls a slide so that the revealed answer shows, but never so far that the prompt leaves
 * the top: the class still reads the question it is hearing the answer to.
 */
function showReveal(reveal: HTMLElement) {
  const main = reveal.closest<HTMLElement>('.present-main');
  const prompt = main?.querySelector<HTMLElement>('.present-prompt');
  if (!main || !prompt) return;
  const box = main.getBoundingClientRect();
  const hidden = reveal.getBoundingClientRect().bottom - box.bottom;
  const room = prompt.getBoundingClientRect().top - box.top;
  if (hidden > 0 && room > 0) main.scrollTop += Math.min(hidden, room);
}

/** A question for the projector: letters as on the phones, the answer marked once revealed. */
export function PresentQuestion({
  question,
  mode,
  revealed,
}: {
  question: Question;
  mode: DisplayMode;
  revealed: boolean;
}) {
  const t = useTranslations('ClassroomPresent');
  const tq = useTranslations('Quiz');
  const locale = useLocale() as Locale;
  const revealRef = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLDivElement>(null);
  const density = slideDensity(question, mode);
  // Whether the slide runs on below the visible room: the class is shown that it does.
  const [more, setMore] = useState(false);

  // The slide is fitted before it paints, and again when the room changes (a window resized,
  // full screen, the fonts arriving) or the answer shows: the answer and explanation are part of
  // what has to fit.
  useLayoutEffect(() => {
    const slide = slideRef.current;
    const room = slide?.closest<HTMLElement>('.present-main');
    if (!slide || !room) return;
    // A phone's slide is read up close and scrolls (the same width as the CSS's phone rules).
    const phone = window.matchMedia('(max-width: 40rem)');
    const layouts = () => (phone.matches ? [] : layoutsFor(question, density));
    const update = () => setMore(room.scrollTop + room.clientHeight < room.scrollHeight - 2);
    let width = room.clientWidth;
    let height = room.clientHeight;
    const fit = () => {
      fitSlide(slide, room, layouts());
      if (revealed && revealRef.current) showReveal(revealRef.current);
      update();
    };
    fit();
    const observer = new ResizeObserver(() => {
      // Only the room's own size: the slide's changes are the fit's own doing.
      if (room.clientWidth === width && room.clientHeight === height) return;
      width = room.clientWidth;
      height = room.clientHeight;
      fit();
    });
    observer.observe(room);
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) fit();
    });
    room.addEventListener('scroll', update, { passive: true });
    return () => {
      live = false;
      observer.disconnect();
      room.removeEventListener('scroll', update);
    };
  }, [question, density, revealed]);

  const keyed = (id: string) =>
    (question.kind === 'single' && question.answer === id) ||
    (question.kind === 'multiple' && question.answer.includes(id)) ||
    (question.kind === 'truefalse' && String(question.answer) === id);

  let body: React.ReactNode = null;
  if (question.kind === 'single' || question.kind === 'multiple' || question.kind === 'truefalse') {
    body = (
      <ul className={`present-options ${question.kind === 'truefalse' ? 'is-pair' : ''}`}>
        {question.options.map((o, i) => (
          <li
            key={o.id}
            className={`present-option ${revealed ? (keyed(o.id) ? 'is-correct' : 'is-dimmed') : ''}`}
          >
            <OptionLetter index={i} className="present-letter" />
            <BilingualText text={o.text} mode={mode} />
            {revealed && keyed(o.id) ? (
              <span className="present-mark">
                <span className="mark" aria-hidden="true">
                  ✓
                </span>
                <span className="visually-hidden">{t('answer')}</span>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
  if (question.kind === 'order') {
    body = (
      <ul className="present-options is-list">
        {question.options.map((o, i) => (
          <li key={o.id} className="present-option">
            <OptionLetter index={i} className="present-letter" />
            <BilingualText text={o.text} mode={mode} />
            {revealed ? (
              <span className="present-rank">{question.answer.indexOf(o.id) + 1}</span>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
  if (question.kind === 'match') {
    const letterOf = (id: string) => optionLetter(question.options.findIndex((o) => o.id === id));
    body = (
      <div className="present-match">
        <ol className="present-match-left" aria-label={t('matchItems')}>
          {question.left.map((l, i) => (
            <li key={l.id} className="present-option">
              <span className="present-letter is-number" aria-hidden="true">
                {i + 1}
              </span>
              <BilingualText text={l.text} mode={mode} />
              {revealed ? (
                <span className="present-pair">→ {letterOf(question.answer[l.id] ?? '')}</span>
              ) : null}
            </li>
          ))}
        </ol>
        <ul className="present-options is-list">
          {question.options.map((o, i) => (
            <li key={o.id} className="present-option">
              <OptionLetter index={i} className="present-letter" />
              <BilingualText text={o.text} mode={mode} />
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div className={`present-question density-${density}`} ref={slideRef}>
      <p className="present-kind">{tq(`kind.${question.kind}`)}</p>
      <h2 className="present-prompt">
        <BilingualText text={question.prompt} mode={mode} />
      </h2>
      {body}
      {revealed ? (
        <div className="present-reveal" ref={revealRef}>
          <p className="present-answer">
            <span className="present-answer-label">{t('answer')}</span>
            {question.kind === 'order' ||
            question.kind === 'match' ||
            question.kind === 'multiple' ? (
              // The slide already marks the options, places or partners: letters are enough.
              <span translate="no">
                {answerLabel(question, compactAnswer(question, correctResponse(question)), locale)}
              </span>
            ) : (
              <AnswerText text={describeCorrectAnswer(question)} mode={mode} />
            )}
          </p>
          <p className="present-explanation">
            <span className="present-answer-label">{t('explanation')}</span>
            <BilingualText text={question.explanation} mode={mode} />
          </p>
        </div>
      ) : null}
      {/* Where even the smallest fit leaves text below the room, the slide says so, and a click
          (or ↓ on the keyboard, PresentMode.tsx) brings it up. */}
      <div className="present-more-box">
        <button
          type="button"
          className="present-more"
          hidden={!more}
          onClick={(event) => scrollSlide(event.currentTarget, 1)}
        >
          {t('moreBelow')} <span aria-hidden="true">↓</span>
        </button>
      </div>
    </div>
  );
}

/** Scrolls the slide around `within` most of a screen on, or back with `direction` −1. */
export function scrollSlide(within: Element, direction: 1 | -1) {
  const room =
    within.closest<HTMLElement>('.present-main') ?? within.querySelector('.present-main');
  if (!room) return;
  room.scrollBy({ top: direction * room.clientHeight * 0.8, behavior: 'smooth' });
}
