'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ProgressSummary } from '@/lib/progress/stats';
import { ActivityHeatmapChart } from './ActivityHeatmapChart';
import { DeckMasteryChart } from './DeckMasteryChart';
import { DueForecastChart } from './DueForecastChart';
import { GoalRing } from './GoalRing';
import { KindAccuracyChart } from './KindAccuracyChart';
import type { DeckOutline } from './ProgressDashboard';

/*
 * The progress page's figures and charts: loaded with the statistics (one chunk, fetched while
 * the page hydrates), since neither draws anything before the learner's progress is read.
 */

export { progressSummary } from '@/lib/progress/stats';

export function DashboardView({
  summary,
  decks,
}: {
  summary: ProgressSummary;
  decks: readonly DeckOutline[];
}) {
  const t = useTranslations('ProgressPage');
  const locale = useLocale();
  const left = Math.max(0, summary.dailyGoal - summary.today);
  const titles = new Map(decks.map((d) => [d.id, d.title]));
  return (
    <>
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
            {summary.cards ? (
              <p className="progress-cards">
                {t('cardsToday', {
                  due: summary.cards.due.length,
                  fresh: summary.cards.fresh.length,
                })}
                {/* Chinese sentences follow one another without a space. */}
                {summary.cards.laterToday > 0
                  ? `${locale === 'zh' ? '' : ' '}${t('cardsLater', { count: summary.cards.laterToday })}`
                  : null}{' '}
                <Link href="/cards">{t('cardsAction')}</Link>
              </p>
            ) : null}
            <p className="progress-totals">
              {t('totals', { reviews: summary.totalReviews, mastered: summary.mastered })}
            </p>
          </div>
        </div>
      </section>
      <section className="progress-section" aria-labelledby="progress-heatmap">
        <h2 id="progress-heatmap">{t('heatmapHeading', { weeks: summary.heatmap.weeks })}</h2>
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
