'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type PointerEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CardsFile } from '@/lib/cards/file';
import { type DeckList, jsonFile } from '@/lib/content/remote';
import { formatInterval } from '@/lib/progress/interval';
import { randomId } from '@/lib/progress/random';
import type { Grade } from '@/lib/progress/schema';
import { ALL_DECKS } from '@/lib/progress/settings-limits';
import { nameCardSessions } from '@/lib/progress/session-cards';
import { readKey, STORAGE_KEYS, writeKey } from '@/lib/storage/keys';
import { BilingualText } from '../DisplayLanguage';
import { DisplaySwitch } from '../DisplaySwitch';
import { EARLY_REVEALS } from '../earlyTaps';
import { HydrationGate } from '../hydrated';
import { ScriptSelect } from '../ScriptControls';
import { browserSession } from '@/lib/progress/session';
import { Link, usePathname, useRouter } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { useProgress } from '../progress/ProgressProvider';
import { earlyModule } from '@/lib/early-module';
import { orNewVersion } from '../newVersion';
import { useSearch } from '../useSearch';
import type { CardView } from '@/lib/cards/card';
import type { CardsEngine } from './cardsEngine';
import { addressParam, echoText } from '@/lib/address-text';

const SWIPE_PX = 80;
const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];

const loadEngineModule = earlyModule(() => import('./cardsEngine'));

let engineLoading: Promise<CardsEngine> | null = null;

/** The cards' engine (./cardsEngine.ts) over the cards file: made once. */
function loadEngine(cardsUrl: string): Promise<CardsEngine> {
  engineLoading ??= Promise.all([loadEngineModule(), jsonFile<CardsFile>(cardsUrl)]).then(
    ([{ createCardsEngine }, file]) => createCardsEngine(file),
  );
  engineLoading.catch(() => {
    engineLoading = null;
  });
  return engineLoading;
}

/**
 * Flashcards: due cards first, then new ones up to the daily limit. Across all decks, or one deck
 * with `?deck=ID` (chosen on the page or from a deck's page).
 *
 * The HTML holds a first visit's first card (`first`, made at build time); the scheduler and
 * the cards file (every session's cards, worded at build time: lib/cards/file.ts, at `cardsUrl`)
 * come once the page runs (./cardsEngine.ts), so a phone can turn the first card before they have
 * arrived. The page never needs the content itself.
 */
export function CardsSession({
  decks,
  cardsUrl,
  first,
}: {
  decks: DeckList['decks'];
  cardsUrl: string;
  first: CardView | null;
}) {
  const t = useTranslations('Cards');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const pathname = usePathname();
  const { store, progress } = useProgress();
  const [search, searchReporter] = useSearch();
  const requestedDeck = search === null ? null : addressParam(new URLSearchParams(search), 'deck');
  const deck = requestedDeck ? decks.find((d) => d.id === requestedDeck) : undefined;
  const [engine, setEngine] = useState<CardsEngine | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    orNewVersion(loadEngine(cardsUrl)).then(
      (loaded) => live && setEngine(loaded),
      (error: unknown) => {
        console.error(error);
        if (live) setEngine('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [cardsUrl]);
  const ready = engine !== null && engine !== 'failed' ? engine : null;
  // Name cards (中英名称卡) are a card type each profile switches on per deck (or for the
  // all-decks session). A device that switched them on before they were per profile keeps them on
  // for every deck until the learner chooses.
  const [legacyNames, setLegacyNames] = useState(false);
  useEffect(() => {
    // Read after hydration: the exported HTML is the same for everyone.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLegacyNames(readKey(STORAGE_KEYS.nameCards) === '1');
  }, []);
  const savedNameDecks = progress?.profile.settings.nameCardDecks;
  const nameDecks = useMemo(
    () => nameCardSessions(savedNameDecks, legacyNames),
    [savedNameDecks, legacyNames],
  );
  const scopeKey = deck ? deck.id : ALL_DECKS;
  const withNames = nameDecks.some((d) => d === scopeKey);
  // One card per atomic claim of the deck's facts (or every deck's): the memory unit.
  const deckCards = useMemo(
    () => (ready ? ready.deckCards(deck?.id, nameDecks) : first ? [first] : []),
    [ready, deck?.id, nameDecks, first],
  );
  function switchNames(on: boolean) {
    if (!store) return;
    const key = scopeKey;
    const others = nameDecks.filter((d) => d !== key);
    store.updateSettings({ nameCardDecks: on ? [...others, key] : others });
    writeKey(STORAGE_KEYS.nameCards, null);
    setLegacyNames(false);
  }
  const cardByKey = useMemo(() => new Map(deckCards.map((c) => [c.key, c])), [deckCards]);
  const factIds = useMemo(() => deckCards.map((c) => c.key), [deckCards]);
  const [now, setNow] = useState(() => Date.now());
  const [flipped, setFlipped] = useState(false);
  const [history, setHistory] = useState<{ reviewId: string; key: string }[]>([]);
  // The card a learner has just undone shows again, answer up, whatever the queue's order.
  const [undone, setUndone] = useState<string | null>(null);
  // Another deck shows its own first card, front up; Undo applies to the deck it was graded in.
  const [deckShown, setDeckShown] = useState(deck?.id);
  if (deck?.id !== deckShown) {
    setDeckShown(deck?.id);
    setFlipped(false);
    setHistory([]);
    setUndone(null);
  }
  const pointerStart = useRef<number | null>(null);
  const frontRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const backId = useId();
  // A turned card's answer takes the focus, so a keyboard or screen reader goes on from there
  // (Show answer, which had it, is gone), and comes into view above the grade buttons, which
  // stay at the bottom of a phone's screen (the page's scroll padding keeps it clear of them).
  useEffect(() => {
    if (!flipped) return;
    answerRef.current?.focus({ preventScroll: true });
    answerRef.current?.scrollIntoView({ block: 'nearest' });
  }, [flipped]);

  // Cards graded Again come back within minutes: look again every half minute.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const profile = progress?.profile;
  const settings = profile?.settings;
  // The replay and the queue are lib/progress/cards-today.ts's, as on the home and progress
  // pages: each counts what this page shows.
  const memories = useMemo(
    () => (ready && progress ? ready.memories(profile) : null),
    [ready, progress, profile],
  );
  const queue = useMemo(
    () => (ready && memories ? ready.queue(deckCards, memories, now) : null),
    [ready, memories, deckCards, now],
  );
  // Until the saved progress, the address and the cards are read, the page shows the queue of a
  // learner with none across all decks: the HTML holds its first new card, which is what a first
  // visit shows anyway, and a returning learner's who has answered nothing. A learner who has, or
  // an address with a query, hides it (html[data-own-queue] and html[data-query], set by the head
  // script) until the real queue is ready.
  const provisional = !progress || search === null || !queue;
  const current =
    (undone !== null && factIds.includes(undone) ? undone : undefined) ??
    (queue ? (queue.due[0] ?? queue.fresh[0]) : first?.key);
  const card = current ? cardByKey.get(current) : undefined;
  // Only the back of a card shows when each grade brings it back.
  const preview = useMemo(
    () => (ready && memories && current && flipped ? ready.preview(memories, current, now) : null),
    [ready, memories, current, flipped, now],
  );
  // A grade tapped before the cards are ready (a first card turned on a slow phone) is made once
  // they are.
  const [waitingGrade, setWaitingGrade] = useState<Grade | null>(null);

  function grade(g: Grade) {
    if (!card || !flipped) return;
    if (!store || !ready || provisional) {
      setWaitingGrade(g);
      return;
    }
    const at = Date.now();
    const review = ready.review(card, g, { now: at, session: browserSession(), newId: randomId });
    store.record([review]);
    setHistory((h) => [...h, { reviewId: review.id, key: card.key }]);
    setUndone(null);
    setFlipped(false);
    setWaitingGrade(null);
    setNow(at);
    frontRef.current?.focus();
  }
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (waitingGrade !== null && store && ready && !provisional) grade(waitingGrade);
  });

  function undo() {
    const last = history[history.length - 1];
    if (!store || !last) return;
    store.undo([last.reviewId]);
    setHistory((h) => h.slice(0, -1));
    setUndone(last.key);
    setFlipped(true);
    setNow(Date.now());
  }

  // Space flips, 1–4 grade, U undoes.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!progress) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      if (event.key === ' ' && card && !flipped) {
        event.preventDefault();
        setFlipped(true);
      } else if (/^[1-4]$/.test(event.key) && flipped) {
        event.preventDefault();
        grade(Number(event.key) as Grade);
      } else if (event.key.toLowerCase() === 'u' && history.length > 0) {
        event.preventDefault();
        undo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function onPointerDown(event: PointerEvent) {
    pointerStart.current = event.clientX;
  }
  function onPointerUp(event: PointerEvent) {
    const start = pointerStart.current;
    pointerStart.current = null;
    if (start === null || !flipped) return;
    const dx = event.clientX - start;
    if (dx > SWIPE_PX) grade(3);
    else if (dx < -SWIPE_PX) grade(1);
  }

  function chooseDeck(id: string) {
    router.replace(id ? { pathname, query: { deck: id } } : pathname);
  }

  const gradeLabel: Record<Grade, string> = {
    1: t('again'),
    2: t('hard'),
    3: t('good'),
    4: t('easy'),
  };
  // Only this page's cards (one deck's, or all): another deck's card due in a minute never shows
  // here. Intervals are interface text, in the interface's language (cards follow the question one).
  return (
    <div
      className="cards"
      data-provisional={provisional ? '' : undefined}
      aria-busy={provisional || undefined}
    >
      {provisional ? (
        <p role="status" className="cards-wait">
          {t('loading')}
        </p>
      ) : null}
      {searchReporter}
      <div className="practice-toolbar">
        <label className="field">
          <span>{t('deckLabel')}</span>
          <ScriptSelect value={deck?.id ?? ''} onChange={(e) => chooseDeck(e.target.value)}>
            <option value="">{t('allDecks')}</option>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title[locale]}
              </option>
            ))}
          </ScriptSelect>
        </label>
        <DisplaySwitch />
        <label className="check">
          <input
            type="checkbox"
            checked={withNames}
            disabled={!store}
            onChange={(e) => switchNames(e.target.checked)}
          />
          <span>{t('nameCards')}</span>
        </label>
        <p className="cards-counts" aria-live="polite">
          {provisional
            ? '\u00a0'
            : t('counts', { due: queue.due.length, fresh: queue.fresh.length })}
        </p>
      </div>
      {requestedDeck && !deck ? (
        <p className="notice" role="status">
          {t('unknownDeck', { deck: echoText(requestedDeck) })}
        </p>
      ) : null}
      {card ? (
        <div
          className={`flashcard ${flipped ? 'is-flipped' : ''}`}
          onPointerDown={onPointerDown}
          onPointerUp={onPointerUp}
        >
          <p className="flashcard-meta">{memories?.cards.has(card.key) ? t('review') : t('new')}</p>
          <div className="flashcard-front" tabIndex={-1} ref={frontRef}>
            <h2 className="flashcard-prompt">
              <BilingualText text={card.front} />
            </h2>
          </div>
          {/* The back is in the page from the start, hidden: a Show answer tapped before the
              page has hydrated shows it at once (components/earlyTaps.ts), and the grade tapped
              on it is kept and made once the cards are ready. */}
          <div className="flashcard-back" id={backId} hidden={!flipped}>
            {/* Its first element: the head script focuses it too when it shows the back. */}
            <div className="flashcard-text" tabIndex={-1} ref={answerRef}>
              <p className="flashcard-answer">
                <BilingualText text={card.answer} mode={card.answerIn} />
              </p>
              {card.back ? (
                <p>
                  <BilingualText text={card.back} />
                </p>
              ) : null}
              {card.note ? (
                <p className="flashcard-note">
                  <BilingualText text={card.note} />
                </p>
              ) : null}
              <p className="feedback-source">
                {t('sourceLabel')}
                <BilingualText text={card.source} />
              </p>
            </div>
            <HydrationGate>
              <div className="grade-buttons" role="group" aria-label={t('gradeLabel')}>
                {GRADES.map((g) => (
                  <button
                    key={g}
                    type="button"
                    className={`button grade grade-${g}`}
                    onClick={() => grade(g)}
                  >
                    <span className="grade-name">
                      <span className="option-key" aria-hidden="true">
                        {g}
                      </span>{' '}
                      {gradeLabel[g]}
                    </span>
                    {preview ? <span className="grade-interval">{preview[g][locale]}</span> : null}
                  </button>
                ))}
              </div>
            </HydrationGate>
            <p className="hint">{t('swipeHint')}</p>
          </div>
          {flipped ? null : (
            <HydrationGate>
              <button
                type="button"
                className="button button-primary flip-button"
                onClick={() => setFlipped(true)}
                {...{ [EARLY_REVEALS]: backId }}
              >
                {t('show')}
              </button>
            </HydrationGate>
          )}
        </div>
      ) : engine === 'failed' ? (
        <p role="alert">{t('failed')}</p>
      ) : queue ? (
        <section className="quiz-done">
          {/* Cards due later today (a practice round's mistakes, a card in its learning steps)
              are not "done for today": the page says when they come, and shows them then. */}
          <h2>{queue.laterToday > 0 ? t('doneForNow') : t('doneTitle')}</h2>
          {queue.nextDue !== null ? (
            <p>
              {t(queue.laterToday > 0 ? 'laterToday' : 'nextDue', {
                count: queue.laterToday,
                when: formatInterval(Math.max(0, queue.nextDue - now))[locale],
              })}
            </p>
          ) : queue.unseen === 0 ? (
            <p>{t('nothingYet')}</p>
          ) : null}
          {queue.unseen > 0 && queue.room === 0 ? (
            <p>
              {t('limitReached', { limit: settings?.newCardsPerDay ?? 10, left: queue.unseen })}{' '}
              <Link href="/settings">{t('changeLimit')}</Link>
            </p>
          ) : queue.buried > 0 ? (
            <p>{t('siblingsTomorrow', { count: queue.buried })}</p>
          ) : null}
        </section>
      ) : null}
      <p className="hint">{t('newCardRule')}</p>
      <div className="cards-footer">
        <button type="button" className="button" onClick={undo} disabled={history.length === 0}>
          {t('undo')}
        </button>
        <p className="hint keys-only">{t('keyboardHint')}</p>
      </div>
    </div>
  );
}
