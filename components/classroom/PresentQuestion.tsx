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
import type { DisplayMode } from '@/lib/display';
import type { Question } from '@/lib/questions/models';
import { AnswerText } from './AnswerText';
import { OptionLetter } from './OptionLetter';
import { applyFit, fitSlide, layoutsFor, type SlideFit, slideDensity } from './slideFit';

/**
 * Gives the explanation the room the fitted slide leaves below it. The fit (slideFit.ts) measured
 * the slide with the answer line and the first line of the explanation in it, revealed or not, so
 * that revealing never shrinks the question: the explanation grows into what is left of the room
 * and scrolls within its own panel past that.
 */
function giveExplanationRoom(room: HTMLElement, slide: HTMLElement, panel: HTMLElement) {
  // Measured, not from scrollHeight: that is never less than the room, however short the slide.
  // A pixel is kept back for rounding.
  const bottom = room.getBoundingClientRect().top + room.clientTop + room.clientHeight;
  const left = Math.floor(bottom - slide.getBoundingClientRect().bottom) - 1;
  if (left > 0) panel.style.maxHeight = `${panel.clientHeight + left}px`;
}

/**
 * Where even the smallest fit leaves the slide taller than its room, scrolls it so that the
 * revealed answer line shows, but never so far that the prompt leaves the top.
 */
function showAnswer(room: HTMLElement, slide: HTMLElement) {
  const answer = slide.querySelector<HTMLElement>('.present-answer');
  const prompt = slide.querySelector<HTMLElement>('.present-prompt');
  if (!answer || !prompt) return;
  const box = room.getBoundingClientRect();
  const hidden = answer.getBoundingClientRect().bottom - box.bottom;
  const above = prompt.getBoundingClientRect().top - box.top;
  if (hidden > 0 && above > 0) room.scrollTop += Math.min(hidden, above);
}

/** Whether an element scrolls on below what it shows (2 px: a rounded edge is not more). */
function runsOn(el: HTMLElement): boolean {
  return el.scrollTop + el.clientHeight < el.scrollHeight - 2;
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
  const explanationRef = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLDivElement>(null);
  const density = slideDensity(question, mode);
  // Whether the slide runs on below the visible room: the class is shown that it does.
  const [more, setMore] = useState(false);
  // The fit the slide was last given, kept for its reveal (below).
  const lastFit = useRef<SlideFit | null>(null);

  // The slide is fitted before it paints, and again when the room changes (a window resized,
  // full screen, the fonts arriving). Revealed or not, the slide lays out the same: the answer,
  // its marks and the explanation's first line take their room hidden until the reveal, so the
  // fit is the same before and after it, and the reveal shrinks nothing.
  useLayoutEffect(() => {
    const slide = slideRef.current;
    const room = slide?.closest<HTMLElement>('.present-main');
    const panel = explanationRef.current;
    if (!slide || !room || !panel) return;
    // A phone's slide is read up close and scrolls (the same width as the CSS's phone rules).
    const phone = window.matchMedia('(max-width: 40rem)');
    const layouts = () => (phone.matches ? [] : layoutsFor(question, density));
    const update = () => setMore(runsOn(room) || (revealed && runsOn(panel)));
    let width = room.clientWidth;
    let height = room.clientHeight;
    // Revealed, the slide keeps the fit it had: the answer's room was held in it, and a fit
    // searched for again came out a rounding smaller on some slides, shrinking the question.
    // A room that changes size is fitted afresh.
    const fit = (fresh: boolean) => {
      panel.style.maxHeight = '';
      if (!fresh && lastFit.current) applyFit(slide, lastFit.current);
      else lastFit.current = fitSlide(slide, room, phone.matches ? [] : layouts());
      if (!phone.matches) giveExplanationRoom(room, slide, panel);
      if (revealed) showAnswer(room, slide);
      update();
    };
    fit(!revealed);
    const observer = new ResizeObserver(() => {
      // Only the room's own size: the slide's changes are the fit's own doing.
      if (room.clientWidth === width && room.clientHeight === height) return;
      width = room.clientWidth;
      height = room.clientHeight;
      fit(true);
    });
    observer.observe(room);
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) fit(!revealed);
    });
    room.addEventListener('scroll', update, { passive: true });
    panel.addEventListener('scroll', update, { passive: true });
    return () => {
      live = false;
      observer.disconnect();
      room.removeEventListener('scroll', update);
      panel.removeEventListener('scroll', update);
    };
  }, [question, density, revealed]);

  // Hidden until the reveal, but in its place: the fit measures the slide as it will be revealed.
  const held = revealed ? '' : 'is-held';
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
            {keyed(o.id) ? (
              <span className={`present-mark ${held}`} aria-hidden={revealed ? undefined : true}>
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
            <span className={`present-rank ${held}`} aria-hidden={revealed ? undefined : true}>
              {question.answer.indexOf(o.id) + 1}
            </span>
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
              <span className={`present-pair ${held}`} aria-hidden={revealed ? undefined : true}>
                → {letterOf(question.answer[l.id] ?? '')}
              </span>
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
      {/* The answer keeps its room while hidden (see the fit above): hidden, it is neither seen
          nor read out, and it is not the .present-reveal the class sees. */}
      <div
        className={`present-reveal-box ${revealed ? 'present-reveal' : 'is-held'}`}
        aria-hidden={revealed ? undefined : true}
      >
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
        <div className="present-explanation-panel" ref={explanationRef}>
          <p className={`present-explanation ${mode === 'both' ? 'is-both' : ''}`}>
            <span className="present-answer-label">{t('explanation')}</span>
            <BilingualText text={question.explanation} mode={mode} />
          </p>
        </div>
      </div>
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

/**
 * Scrolls the slide around `within` most of a screen on, or back with `direction` −1: down, the
 * slide's room first and then the revealed explanation's own panel; up, the panel first.
 */
export function scrollSlide(within: Element, direction: 1 | -1) {
  const room =
    within.closest<HTMLElement>('.present-main') ?? within.querySelector('.present-main');
  if (!room) return;
  const panel = room.querySelector<HTMLElement>('.present-reveal .present-explanation-panel');
  const roomCan = direction === 1 ? runsOn(room) : room.scrollTop > 0;
  const panelCan = panel ? (direction === 1 ? runsOn(panel) : panel.scrollTop > 0) : false;
  const target = panel && panelCan && (direction === -1 || !roomCan) ? panel : room;
  // The panel may show a line or two: it moves on a panel less a line, and a line at least.
  const line = target === panel ? parseFloat(getComputedStyle(panel).lineHeight) || 0 : 0;
  const step =
    target === panel ? Math.max(line, target.clientHeight - line) : target.clientHeight * 0.8;
  target.scrollBy({ top: direction * step, behavior: 'smooth' });
}
