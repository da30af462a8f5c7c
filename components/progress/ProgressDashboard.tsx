'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '@/i18n/navigation';
import type { Text } from '@/lib/content/schema';
import { effectiveReviews } from '@/lib/progress/reviews';
import {
  allDecksSession,
  type CardOutline,
  claimsOfOutline,
  nameCardSessions,
} from '@/lib/progress/session-cards';
import { useLegacyNameCards } from '../study/useLegacyNameCards';
import { useProgress } from './ProgressProvider';
import { useNow } from './useNow';
import { earlyModule } from '@/lib/early-module';
import { orNewVersion } from '../newVersion';

// The statistics and the charts that draw them (./DashboardView.tsx), one chunk.
type StatsModule = typeof import('./DashboardView');

const loadStats = earlyModule(() => import('./DashboardView'));

export interface DeckOutline {
  id: string;
  title: Text;
  /** The deck's cards: one claim id each. */
  factIds: string[];
}

/** The progress page's body: today's goal and streak, then the charts; all from the active profile. */
export function ProgressDashboard({
  decks,
  outline,
}: {
  decks: DeckOutline[];
  /** The all-decks flashcards session: today's cards are counted over it, as the cards page does. */
  outline: CardOutline;
}) {
  const t = useTranslations('ProgressPage');
  const { progress } = useProgress();
  const now = useNow();
  // The statistics (with the FSRS scheduler) load after the page, in their own chunk: the
  // dashboard shows its loading state until the learner's progress is read anyway.
  const [stats, setStats] = useState<StatsModule | null>(null);
  useEffect(() => {
    let live = true;
    orNewVersion(loadStats()).then(
      (loaded) => live && setStats(loaded),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, []);
  const legacyNames = useLegacyNameCards();
  // Each fact's claims: a review saved before claims were the unit counts for all of them.
  const claimsOf = useMemo(() => claimsOfOutline(outline), [outline]);
  const summary = useMemo(() => {
    if (!progress || now === null || !stats || legacyNames === null) return null;
    const { settings, archive } = progress.profile;
    const session = allDecksSession(outline, nameCardSessions(settings.nameCardDecks, legacyNames));
    return stats.progressSummary(
      effectiveReviews(progress.profile),
      decks,
      settings,
      now,
      new Date(now).getTimezoneOffset(),
      claimsOf,
      archive,
      { cards: session, newCardsPerDay: settings.newCardsPerDay },
    );
  }, [progress, now, decks, stats, outline, claimsOf, legacyNames]);

  if (!progress || !summary || !stats) {
    return (
      <div className="progress-skeleton" aria-busy="true">
        <p role="status">{t('loading')}</p>
      </div>
    );
  }

  const profileLine = (
    <p className="progress-profile">{t('profile', { name: progress.profile.name })}</p>
  );

  if (summary.totalReviews === 0) {
    return (
      <>
        {profileLine}
        <section className="progress-empty" aria-labelledby="progress-empty-heading">
          <h2 id="progress-empty-heading">{t('emptyTitle')}</h2>
          <p>{t('emptyText')}</p>
          <Link href="/practice" className="button button-primary">
            {t('emptyAction')}
          </Link>
        </section>
      </>
    );
  }

  return (
    <>
      {profileLine}
      <stats.DashboardView summary={summary} decks={decks} />
    </>
  );
}
