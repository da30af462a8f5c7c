'use client';

import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { BilingualText, useDisplayLanguage } from '@/components/DisplayLanguage';
import { DisplaySwitch } from '@/components/DisplaySwitch';
import { useRecordReviews } from '@/components/progress/ProgressProvider';
import { Link, usePathname, useRouter } from '@/i18n/navigation';
import { formatDate } from '@/lib/content/dates';
import type { Text } from '@/lib/content/schema';
import { LANG_TAGS, textIn } from '@/lib/display';
import { randomId } from '@/lib/progress/random';
import type { TimelineEvent } from '@/lib/questions/claims';
import { seedParam } from '@/lib/questions/seed-param';
import { drawTimelineRound, markOrder, type TimelineRound, timelineReviews } from './round';
import { SortableList } from './SortableList';
import '@/app/timeline.css';
import { addressParam, echoText } from '@/lib/address-text';

export interface TimelineDeck {
  id: string;
  title: Text;
  /** The deck's events whose labels are unambiguous across all content (see timelineEvents). */
  events: TimelineEvent[];
}

function randomSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 1) % 1_000_000_000;
}

// One seed per page load, drawn in the browser: the exported HTML is the same for everyone.
let pageSeed: number | undefined;
const noSubscription = () => () => {};
const browserSeed = () => (pageSeed ??= randomSeed());

/**
 * The timeline game: put five or six of a deck's events in order. `?deck=ID` picks the deck
 * (the first by default); `?seed=N` repeats a round.
 */
export function TimelineGame({ decks }: { decks: TimelineDeck[] }) {
  const t = useTranslations('TimelineGame');
  const locale = useLocale();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requested = addressParam(params, 'deck');
  const deck = decks.find((d) => d.id === requested) ?? decks[0];
  const loadSeed = useSyncExternalStore(noSubscription, browserSeed, () => null);
  const [newSeed, setNewSeed] = useState<number | null>(null);
  const seedText = addressParam(params, 'seed');
  const linkedSeed = useMemo(() => seedParam(seedText).seed, [seedText]);
  const badSeed = linkedSeed === null ? seedText : null;
  const seed = newSeed ?? linkedSeed ?? loadSeed;

  const round = useMemo(
    () => (deck && seed !== null ? drawTimelineRound(deck.id, deck.events, seed) : undefined),
    [deck, seed],
  );

  function chooseDeck(id: string) {
    router.replace({ pathname, query: { deck: id } });
  }

  return (
    <div className="timeline-game">
      <div className="practice-toolbar">
        <label className="field">
          <span>{t('deckLabel')}</span>
          <select value={deck?.id ?? ''} onChange={(e) => chooseDeck(e.target.value)}>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title[locale]}
              </option>
            ))}
          </select>
        </label>
        <DisplaySwitch />
      </div>
      {requested && deck && requested !== deck.id ? (
        <p className="notice" role="status">
          {t('unknownDeck', { deck: echoText(requested), fallback: deck.title[locale] })}
        </p>
      ) : null}
      {badSeed !== null && newSeed === null ? (
        <p className="notice" role="status">
          {t('badSeed', { seed: echoText(badSeed) })}
        </p>
      ) : null}
      {seed === null ? (
        <p role="status">{t('loading')}</p>
      ) : !round ? (
        <p role="status">{t('tooFew')}</p>
      ) : (
        <TimelineRoundView
          key={`${round.deckId}:${round.seed}`}
          round={round}
          onAgain={() => setNewSeed(randomSeed())}
        />
      )}
    </div>
  );
}

/** One round: reorder, check, see the dates; keyed by deck and seed so a new round starts clean. */
function TimelineRoundView({ round, onAgain }: { round: TimelineRound; onAgain: () => void }) {
  const t = useTranslations('TimelineGame');
  const locale = useLocale();
  const { mode } = useDisplayLanguage();
  const record = useRecordReviews();
  const [order, setOrder] = useState(() => round.shown.map((e) => e.factId));
  const [marks, setMarks] = useState<boolean[] | null>(null);
  const [saved, setSaved] = useState(false);
  // One session per visit to the page, so the mistakes logic can tell visits apart.
  const session = useRef<string | null>(null);
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const byId = new Map(round.shown.map((e) => [e.factId, e]));

  // The Check button gives way to Play again: move focus to the verdict so it is read out.
  useEffect(() => {
    if (marks) verdictRef.current?.focus();
  }, [marks]);

  function moveItem(from: number, to: number) {
    setOrder((current) => {
      const next = [...current];
      const [id] = next.splice(from, 1);
      if (id === undefined) return current;
      next.splice(to, 0, id);
      return next;
    });
  }

  function check() {
    const result = markOrder(round, order);
    setMarks(result);
    session.current ??= randomId();
    const reviews = timelineReviews(round, order, {
      now: Date.now(),
      session: session.current,
      newId: randomId,
    });
    // Before the saved progress is read the round waits in the ProgressProvider, which keeps it
    // through a navigation or a reload: it is saved either way.
    record(reviews);
    setSaved(true);
  }

  const right = marks?.filter(Boolean).length ?? 0;
  const items = order.map((id, i) => {
    const event = byId.get(id)!;
    const mark = marks?.[i];
    const belongs = round.answer.indexOf(id) + 1;
    return {
      id,
      label: textIn(event.label, mode),
      className: mark === undefined ? undefined : mark ? 'is-correct' : 'is-wrong',
      content: (
        <>
          <span className="sortable-text">
            <BilingualText text={event.label} />
          </span>
          {mark !== undefined ? (
            <span className="timeline-game-result">
              <time dateTime={event.date} lang={LANG_TAGS[locale]}>
                {formatDate(event.date)[locale]}
              </time>{' '}
              <span className="timeline-game-mark">
                {mark ? (
                  <>
                    <span className="mark">✓</span> {t('rightPlace')}
                  </>
                ) : (
                  <>
                    <span className="mark">✗</span> {t('wrongPlace', { position: belongs })}
                  </>
                )}
              </span>
            </span>
          ) : null}
        </>
      ),
    };
  });

  return (
    <section className="timeline-round" aria-labelledby="timeline-round-heading">
      <h2 id="timeline-round-heading" className="visually-hidden">
        {t('roundHeading')}
      </h2>
      <p className="hint">
        {t('howTo')}
        {/* The keys only where a keyboard is likely (globals.css): not on a touch phone. */}
        <span className="keys-only">
          {locale === 'zh' ? '' : ' '}
          {t('howToKeys')}
        </span>
      </p>
      <p className="timeline-end" aria-hidden="true">
        ▲ {t('earliest')}
      </p>
      <SortableList
        items={items}
        onMove={moveItem}
        disabled={marks !== null}
        listLabel={t('listLabel')}
      />
      <p className="timeline-end" aria-hidden="true">
        ▼ {t('latest')}
      </p>
      <div className="feedback-slot">
        {marks ? (
          <div className={`feedback ${right === marks.length ? 'is-correct' : 'is-wrong'}`}>
            <p className="feedback-verdict" tabIndex={-1} ref={verdictRef}>
              {right === marks.length
                ? t('allRight', { total: marks.length })
                : t('score', { right, total: marks.length })}
            </p>
            {right < marks.length ? (
              <>
                <h3 className="feedback-heading">{t('rightOrder')}</h3>
                <ol className="timeline-game-answer">
                  {round.answer.map((id) => {
                    const event = byId.get(id)!;
                    return (
                      <li key={id}>
                        <time dateTime={event.date} lang={LANG_TAGS[locale]}>
                          {formatDate(event.date)[locale]}
                        </time>{' '}
                        <BilingualText text={event.label} />
                      </li>
                    );
                  })}
                </ol>
              </>
            ) : null}
            {saved ? (
              <p className="timeline-game-saved">
                {right === marks.length
                  ? t('saved')
                  : t.rich('savedMistake', {
                      link: (chunks) => <Link href="/mistakes">{chunks}</Link>,
                    })}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="quiz-actions">
        {marks ? (
          <button type="button" className="button button-primary" onClick={onAgain}>
            {t('again')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={check}>
            {t('check')}
          </button>
        )}
      </div>
    </section>
  );
}
