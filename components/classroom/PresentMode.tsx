'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { describeCorrectAnswer } from '@/lib/classroom/answers';
import { classroomPath, classroomUrl } from '@/lib/classroom/links';
import { revealWord } from '@/lib/classroom/pacing';
import { readProjectorPlace, writeProjectorPlace } from '@/lib/classroom/projector-place';
import type { ClassroomQuiz } from '@/lib/classroom/quiz';
import { textIn } from '@/lib/display';
import { Countdown } from './Countdown';
import { clearEarlyPresent, earlyStartOf, takeEarlyKeys } from './earlyHandover';
import { GroupedCode } from './GroupedCode';
import { PresentQuestion, scrollSlide } from './PresentQuestion';
import { QrCode } from './QrCode';
import { QuizSummary } from './QuizSummary';
import { useCountdown } from './useCountdown';

function subscribeFullscreen(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/**
 * Whether this page load is a reload (or Back/Forward) of the projector, which takes up its place;
 * opening the page afresh, from the builder or a link, starts at the QR code.
 */
function isReturn(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/** Typing into a field, or pressing a focused control, is not a slide command. */
function isOwnedByControl(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  if (target.closest('input, select, textarea, [contenteditable="true"]')) return true;
  const activates = event.key === 'Enter' || event.key === ' ';
  return activates && target.closest('button, a, summary') !== null;
}

/**
 * Slides: a join slide with the QR code, one per question, and an end slide. Keyboard:
 * → Space PageDown next, ← PageUp previous, Home the join slide, ↓ ↑ scroll a long slide, R reveal
 * or hide, Enter reveal then next, F full screen, P pause the timer (while it counts). Presentation clickers send PageUp
 * and PageDown. The place is kept in the tab (projector-place.ts): a reload goes on from it.
 */
/** The quiz on a projector, loaded once there is one (PresentPage.tsx). */
export function PresentStage({ quiz }: { quiz: ClassroomQuiz }) {
  const t = useTranslations('ClassroomPresent');
  const tc = useTranslations('Classroom');
  const total = quiz.questions.length;
  // This part renders only in the browser (it waits for the query), so the tab's storage is there.
  const [resumed] = useState(() => (isReturn() ? readProjectorPlace(quiz.code, total) : null));
  // Start pressed on the early join slide (earlyPresent.ts), before the page's scripts had drawn
  // the quiz: the stage goes on from the first question, its timer counted from that press.
  const [earlyStart] = useState(() => (resumed ? null : earlyStartOf(quiz.code)));
  // Counted from the early press on the first showing of that slide only.
  const [earlyTimer, setEarlyTimer] = useState(earlyStart);
  // -1 is the join slide; total is the end slide.
  const [slide, setSlide] = useState(resumed?.slide ?? (earlyStart !== null ? 0 : -1));
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(
    () => new Set(resumed?.revealed ?? []),
  );
  const [paused, setPaused] = useState(resumed?.paused ?? false);
  // Slides whose time ran out: a finished timer offers no Pause, and stays out when revisited.
  const [timeUp, setTimeUp] = useState<ReadonlySet<number>>(() => new Set(resumed?.timeUp ?? []));
  const pauseRef = useRef<HTMLButtonElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState(() => {
    const q = resumed ? quiz.questions[resumed.slide] : undefined;
    return q && resumed
      ? t('questionAnnouncement', {
          current: resumed.slide + 1,
          prompt: textIn(q.prompt, quiz.language),
        })
      : '';
  });
  const stageRef = useRef<HTMLElement>(null);
  const fullscreen = useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenElement !== null,
    () => false,
  );

  const question = quiz.questions[slide];
  const isRevealed = revealed.has(slide);
  const isTimeUp = timeUp.has(slide);
  const timed = question !== undefined && quiz.secondsPerQuestion > 0;
  // Pausing is for a timer still counting; once it is up, the teacher reveals and moves on.
  const canPause = timed && !isRevealed && !isTimeUp;

  function go(to: number) {
    const next = Math.max(-1, Math.min(total, to));
    if (next === slide) return;
    setEarlyTimer(null);
    setSlide(next);
    setPaused(false);
    const q = quiz.questions[next];
    setAnnouncement(
      q
        ? t('questionAnnouncement', { current: next + 1, prompt: textIn(q.prompt, quiz.language) })
        : next === total
          ? t('endHeading')
          : t('joinHeading'),
    );
  }

  function reveal(show: boolean) {
    if (!question) return;
    const next = new Set(revealed);
    if (show) next.add(slide);
    else next.delete(slide);
    setRevealed(next);
    if (show) {
      setAnnouncement(
        t('answerAnnouncement', {
          answer: textIn(describeCorrectAnswer(question), quiz.language),
        }),
      );
    }
  }

  function onTimeUp() {
    const next = new Set(timeUp);
    next.add(slide);
    setTimeUp(next);
    setPaused(false);
    // The Pause button goes: a teacher who had it focused goes on from Reveal.
    if (document.activeElement === pauseRef.current) revealRef.current?.focus();
  }

  useEffect(() => {
    writeProjectorPlace(quiz.code, {
      slide,
      revealed: [...revealed],
      timeUp: [...timeUp],
      paused: paused && canPause,
    });
  }, [quiz.code, slide, revealed, timeUp, paused, canPause]);

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void stageRef.current?.requestFullscreen?.().catch(() => {});
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isOwnedByControl(event)) return;
      const key = event.key;
      let handled = true;
      if (key === 'ArrowRight' || key === ' ' || key === 'PageDown') go(slide + 1);
      else if (key === 'ArrowLeft' || key === 'PageUp') go(slide - 1);
      else if (key === 'Home') go(-1);
      else if ((key === 'ArrowDown' || key === 'ArrowUp') && stageRef.current) {
        scrollSlide(stageRef.current, key === 'ArrowDown' ? 1 : -1);
      } else if (key === 'r' || key === 'R') reveal(!isRevealed);
      else if (key === 'Enter') {
        if (question && !isRevealed) reveal(true);
        else go(slide + 1);
      } else if (key === 'f' || key === 'F') toggleFullscreen();
      else if (key === 'p' || key === 'P') {
        if (canPause) setPaused((p) => !p);
      } else handled = false;
      if (handled) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The early slide goes as the stage is drawn, before it is painted; keys pressed on it are
  // pressed again here, each after the stage has drawn the one before.
  useLayoutEffect(() => clearEarlyPresent(), []);
  useEffect(() => {
    if (earlyStart === null) return;
    const keys = takeEarlyKeys();
    let timer = 0;
    const next = () => {
      const key = keys.shift();
      if (key === undefined) return;
      window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
      timer = window.setTimeout(next, 30);
    };
    next();
    return () => window.clearTimeout(timer);
  }, [earlyStart]);

  // The stage takes focus so that a screen reader starts inside it.
  useEffect(() => {
    stageRef.current?.focus();
  }, []);

  const root = typeof window === 'undefined' ? '' : new URL('../', window.location.href).toString();
  const studentLink = root ? classroomUrl(root, 'play', { q: quiz.code }) : '';
  const joinPage = root ? new URL('play/', root) : null;

  return (
    <section
      className={`present ${fullscreen ? 'is-fullscreen' : ''}`}
      ref={stageRef}
      tabIndex={-1}
      aria-label={t('stageLabel', {
        title: quiz.decks.map((d) => textIn(d.title, quiz.language)).join(' · '),
      })}
    >
      <header className="present-top">
        {question ? (
          <>
            {quiz.teacherPaced ? (
              // Phones follow the projector: the class reads which question it is on.
              <p className="present-progress is-paced">
                {t('classOn', { current: slide + 1, total })}
              </p>
            ) : (
              <p className="present-progress">
                <span className="present-count" aria-hidden="true">
                  {slide + 1} / {total}
                </span>
                <span className="visually-hidden">
                  {t('progress', { current: slide + 1, total })}
                </span>
              </p>
            )}
            {/* One row of dots, as small as the room asks; where they would be too small to
                see, none, and the count beside them says where the class is. */}
            <div className="present-dots-box" aria-hidden="true">
              <div className="present-dots" data-up-to={Math.ceil(total / 10) * 10}>
                {quiz.questions.map((q, i) => (
                  <span
                    key={q.id}
                    className={i < slide ? 'is-past' : i === slide ? 'is-current' : ''}
                  />
                ))}
              </div>
            </div>
          </>
        ) : null}
        {timed ? (
          <SlideTimer
            key={slide}
            limit={quiz.secondsPerQuestion}
            paused={paused}
            revealed={isRevealed}
            up={isTimeUp}
            onUp={onTimeUp}
            startedAt={slide === 0 ? earlyTimer : null}
          />
        ) : null}
      </header>

      <div className="present-main">
        {slide === -1 ? (
          <div className="present-join">
            <QrCode
              text={studentLink}
              label={tc('qrLabel', { text: studentLink })}
              className="present-qr"
            />
            <div className="present-join-text">
              <h2 className="present-join-heading">{t('joinHeading')}</h2>
              <p className="present-join-link">
                {t('orOpen', {
                  link: joinPage ? `${joinPage.host}${joinPage.pathname}` : '',
                })}
              </p>
              <GroupedCode code={quiz.code} className="present-join-code" />
              <QuizSummary quiz={quiz} showCode={false} />
              <button
                type="button"
                className="button button-primary button-large"
                onClick={() => {
                  go(0);
                  // Start goes with the join slide: the stage keeps focus (the first question
                  // is announced), not the page behind it.
                  stageRef.current?.focus();
                }}
              >
                {t('start')} →
              </button>
            </div>
          </div>
        ) : question ? (
          <PresentQuestion
            key={slide}
            question={question}
            mode={quiz.language}
            revealed={isRevealed}
          />
        ) : (
          <div className="present-end">
            <h2 className="present-join-heading">{t('endHeading')}</h2>
            <p>{t('endText')}</p>
            {quiz.teacherPaced ? (
              <div className="present-reveal-word">
                <h3>{t('revealWordHeading')}</h3>
                <p className="present-join-code" translate="no" data-testid="reveal-word">
                  {revealWord(quiz.code)}
                </p>
                <p>{t('revealWordText')}</p>
              </div>
            ) : null}
            <p className="present-end-actions">
              <a
                className="button button-primary button-large"
                href={`../${classroomPath('results', { q: quiz.code })}`}
              >
                {t('collect')}
              </a>
              <a className="button button-large" href={`../?q=${quiz.code}`}>
                {t('exit')}
              </a>
            </p>
          </div>
        )}
      </div>

      <footer className="present-controls">
        <button
          type="button"
          className="button"
          onClick={() => go(slide - 1)}
          disabled={slide === -1}
        >
          ← {t('prev')}
        </button>
        {question ? (
          <button
            type="button"
            ref={revealRef}
            className={`button ${isRevealed ? '' : 'button-primary'}`}
            onClick={() => reveal(!isRevealed)}
          >
            {/* The label says what a press does (not aria-pressed as well: "Hide answer,
                pressed" would say it twice, and the wrong way round). */}
            {isRevealed ? t('hide') : t('reveal')}
          </button>
        ) : null}
        {canPause ? (
          <button
            type="button"
            ref={pauseRef}
            className="button"
            onClick={() => setPaused((p) => !p)}
            aria-pressed={paused}
          >
            {paused ? t('resume') : t('pause')}
          </button>
        ) : null}
        <button
          type="button"
          className={`button ${question && isRevealed ? 'button-primary' : ''}`}
          onClick={() => go(slide + 1)}
          disabled={slide === total}
        >
          {t('next')} →
        </button>
        <button
          type="button"
          className="button"
          onClick={toggleFullscreen}
          aria-pressed={fullscreen}
        >
          {fullscreen ? t('exitFullscreen') : t('fullscreen')}
        </button>
        {slide === -1 ? null : (
          <button
            type="button"
            className="button"
            onClick={() => {
              go(-1);
              // The button goes with the slide it left: the stage keeps focus.
              stageRef.current?.focus();
            }}
          >
            {t('toStart')}
          </button>
        )}
        {/* The keys are the teacher's: folded away, so the slide carries nothing else. */}
        <details className="present-keys">
          <summary>{t('keysHeading')}</summary>
          <p>{t('keys')}</p>
        </details>
      </footer>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/**
 * The slide's countdown. It stops and steps aside while the answer is shown, and goes on if the
 * answer is hidden again; a slide whose time is up shows it so when the class comes back to it.
 */
function SlideTimer({
  limit,
  paused,
  revealed,
  up,
  onUp,
  startedAt,
}: {
  limit: number;
  paused: boolean;
  revealed: boolean;
  up: boolean;
  onUp: () => void;
  /** When the slide was first shown, if before this timer (the early slide's Start). */
  startedAt: number | null;
}) {
  const [elapsedAtStart] = useState(() =>
    up
      ? limit * 1000
      : startedAt !== null
        ? Math.min(limit * 1000, Math.max(0, performance.now() - startedAt))
        : 0,
  );
  const remaining = useCountdown(limit, !paused && !revealed, onUp, elapsedAtStart);
  if (revealed) return null;
  return (
    <Countdown limit={limit} remaining={remaining} paused={paused} className="present-countdown" />
  );
}

/** Names this module's scripts for the HTML's preload (PreloadQuizFiles.tsx, scripts/preload-chunks.ts). */
export const CHUNK_NAME = 'chunk:classroom-present';
