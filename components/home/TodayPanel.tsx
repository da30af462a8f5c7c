'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { useProgress } from '../progress/ProgressProvider';
import { useNow } from '../progress/useNow';
import { earlyModule } from '@/lib/early-module';
import { orNewVersion } from '../newVersion';

import type { CardOutline } from '@/lib/progress/session-cards';
import { useLegacyNameCards } from '../study/useLegacyNameCards';

type TodayModule = typeof import('./today');

const loadToday = earlyModule(() => import('./today'));

/**
 * What to do today, on the home page: the daily set (每日一练: cards due and the new ones left
 * today), today's answers against the goal, and the streak. The scheduler loads after the page,
 * in its own chunk, as on the progress page: until then the panel says it is loading. The cards
 * are counted over the all-decks flashcards session (`outline`, made at build time), as the
 * cards page counts them.
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

  return (
    <section className="today" aria-labelledby="today-heading" aria-busy={today ? undefined : true}>
      <h2 id="today-heading">{t('heading')}</h2>
      {today ? (
        <>
          <p className="today-set">{t('set', { due: today.due, fresh: today.fresh })}</p>
          <p className="today-goal">
            {t('goal', { done: Math.min(today.done, today.goal), goal: today.goal })}
            {' · '}
            {t('streak', { days: today.streak })}
          </p>
          <p className="today-actions">
            <Link href="/cards" className="button button-primary">
              {today.due + today.fresh > 0 ? t('start') : t('allDone')}
            </Link>
            <Link href="/learn" className="button">
              {t('learn')}
            </Link>
            <Link href="/mistakes" className="button">
              {t('mistakes')}
            </Link>
          </p>
        </>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </section>
  );
}
