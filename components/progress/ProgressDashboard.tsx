'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '@/i18n/navigation';
import type { Text } from '@/lib/content/schema';
import { effectiveReviews } from '@/lib/progress/reviews';
import { ActivityHeatmapChart } from './ActivityHeatmapChart';
import { DeckMasteryChart } from './DeckMasteryChart';
import { DueForecastChart } from './DueForecastChart';
import { GoalRing } from './GoalRing';
import { KindAccuracyChart } from './KindAccuracyChart';
import { useProgress } from './ProgressProvider';
import { useNow } from './useNow';
import { orNewVersion } from '../newVersion';

type StatsModule = typeof import('@/lib/progress/stats');

// Asked for as soon as this module runs in the browser, not after the page has hydrated.
let statsModule: Promise<StatsModule> | null = null;
function loadStats() {
  statsModule ??= import('@/lib/progress/stats');
  statsModule.catch(() => {
    statsModule = null;
  });
  return statsModule;
}
if (typeof window !== 'undefined') void loadStats().catch(() => undefined);

export interface DeckOutline {
  id: string;
  title: Text;
  /** The deck's cards: one claim id each. */
  factIds: string[];
}

/** The progress page's body: today's goal and streak, then the charts; all from the active profile. */
export function ProgressDashboard({
  decks,
  factClaims,
}: {
  decks: DeckOutline[];
  /** Each fact's claims: a review saved before claims were the unit counts for all of them. */
  factClaims: Record<string, string[]>;
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
  const summary = useMemo(
    () =>
      progress && now !== null && stats
        ? stats.progressSummary(
            effectiveReviews(progress.profile),
            decks,
            progress.profile.settings,
            now,
            new Date(now).getTimezoneOffset(),
            (fact) => factClaims[fact],
            progress.profile.archive,
          )
        : null,
    [progress, now, decks, stats, factClaims],
  );

  if (!progress || !summary) {
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

  const left = Math.max(0, summary.dailyGoal - summary.today);
  const titles = new Map(decks.map((d) => [d.id, d.title]));
  return (
    <>
      {profileLine}
      <section className="progress-section" aria-labelledby="progress-today">
        <h2 id="progress-today">{t('todayHeading')}</h2>
        <div className="progress-today">
          <GoalRing done={summary.today} goal={summary.dailyGoal} />
          <div className="progress-today-text">
            <p className="progress-goal">
              {left === 0 ? t('goalMet') : t('goalLeft', { count: left })}
            </p>
            <p className="progress-streak">
              <svg className="streak-mark" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M12 2c1 4 5 6 5 11a5 5 0 0 1-10 0c0-2.5 1.5-4 2.5-5.5.3 1.8 1.2 2.8 2.5 3.5-.5-3 0-6 0-9z" />
              </svg>{' '}
              {t('streak', { count: summary.streak })}
            </p>
            {summary.streak === 0 && <p className="hint">{t('streakHint')}</p>}
            <p className="progress-totals">
              {t('totals', { reviews: summary.totalReviews, mastered: summary.mastered })}
            </p>
          </div>
        </div>
      </section>
      <section className="progress-section" aria-labelledby="progress-heatmap">
        <h2 id="progress-heatmap">{t('heatmapHeading')}</h2>
        <ActivityHeatmapChart heatmap={summary.heatmap} dailyGoal={summary.dailyGoal} />
      </section>
      <section className="progress-section" aria-labelledby="progress-forecast">
        <h2 id="progress-forecast">{t('forecastHeading')}</h2>
        <DueForecastChart forecast={summary.forecast} />
      </section>
      <section className="progress-section" aria-labelledby="progress-mastery">
        <h2 id="progress-mastery">{t('masteryHeading')}</h2>
        <p className="hint">{t('masteryHint')}</p>
        <DeckMasteryChart
          decks={summary.decks.flatMap((d) => {
            const title = titles.get(d.id);
            return title ? [{ ...d, title }] : [];
          })}
        />
      </section>
      <section className="progress-section" aria-labelledby="progress-accuracy">
        <h2 id="progress-accuracy">{t('accuracyHeading')}</h2>
        <KindAccuracyChart kinds={summary.kinds} />
      </section>
    </>
  );
}
