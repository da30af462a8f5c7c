'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { useProgress } from '../progress/ProgressProvider';
import { useNow } from '../progress/useNow';
import { earlyModule } from '@/lib/early-module';
import { orNewVersion } from '../newVersion';

import type { CardOutline } from '@/lib/progress/session-cards';
import type { Today } from './today';
import { useLegacyNameCards } from '../study/useLegacyNameCards';

type TodayModule = typeof import('./today');

/**
 * Figures that only hold the lines' room: never shown. Two-digit figures and a streak, as long
 * as a learner's lines usually are, so the real ones seldom need more room than these.
 */
const PLACEHOLDER: Today = { due: 10, fresh: 10, done: 10, goal: 20, streak: 10 };

const loadToday = earlyModule(() => import('./today'));

/**
 * What to do today, on the home page: the daily set (每日一练: cards due and the new ones left
 * today), today's answers against the goal, and the streak. The scheduler loads after the page,
 * in its own chunk, as on the progress page: until then the panel says it is loading, at the
 * size it will have. The cards are counted over the all-decks flashcards session (`outline`,
 * made at build time), as the cards page counts them.
 */
export function TodayPanel({ outline }: { outline: CardOutline }) {
  const t = useTranslations('Today');
  const { progress } = useProgress();
  const now = useNow();
  const [lib, setLib] = useState<TodayModule | null>(null);
  useEffect(() => {
    let live = true;
    orNewVersion(loadToday()).then(
      (loaded) => live && setLib(loaded),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, []);
  const legacyNames = useLegacyNameCards();
  const today = useMemo(
    () =>
      progress && now !== null && lib && legacyNames !== null
        ? lib.todayOf(progress.profile, outline, now, legacyNames)
        : null,
    [progress, now, lib, outline, legacyNames],
  );

  // The panel is drawn at its final size from the first paint, before the figures are known:
  // the lines are laid out with placeholder figures, hidden under the loading message, and stay
  // laid out (hidden) behind the real ones, so the panel never grows or shrinks when the
  // scheduler arrives: it would move the deck list under a thumb about to tap it. The links
  // need no figures and are there at once.
  const start = !today || today.due + today.fresh > 0;
  return (
    <section className="today" aria-labelledby="today-heading" aria-busy={today ? undefined : true}>
      <h2 id="today-heading">{t('heading')}</h2>
      <div className="today-figures">
        <TodayLines today={PLACEHOLDER} placeholder />
        {today ? (
          <TodayLines today={today} />
        ) : (
          <p role="status" className="today-loading">
            {t('loading')}
          </p>
        )}
      </div>
      <p className="today-actions">
        <Link href="/cards" className="button button-primary today-start">
          {/* Both labels take their room, so the button is as wide whichever it says. */}
          <span aria-hidden={start ? undefined : true}>{t('start')}</span>
          <span aria-hidden={start ? true : undefined}>{t('allDone')}</span>
        </Link>
        <Link href="/learn" className="button">
          {t('learn')}
        </Link>
        <Link href="/mistakes" className="button">
          {t('mistakes')}
        </Link>
      </p>
    </section>
  );
}

function TodayLines({ today, placeholder }: { today: Today; placeholder?: boolean }) {
  const t = useTranslations('Today');
  return (
    <div
      className="today-lines"
      aria-hidden={placeholder || undefined}
      data-placeholder={placeholder || undefined}
    >
      <p className={placeholder ? undefined : 'today-set'}>
        {t('set', { due: today.due, fresh: today.fresh })}
      </p>
      <p className={placeholder ? undefined : 'today-goal'}>
        {t('goal', { done: Math.min(today.done, today.goal), goal: today.goal })}
        {' · '}
        {t('streak', { days: today.streak })}
      </p>
    </div>
  );
}
