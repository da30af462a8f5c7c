'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { effectiveReviews } from '@/lib/progress/reviews';
import { useProgress } from '../progress/ProgressProvider';
import { useNow } from '../progress/useNow';
import { orNewVersion } from '../newVersion';

type Stats = typeof import('@/lib/progress/stats');
type Schedule = typeof import('@/lib/progress/schedule');
type Archive = typeof import('@/lib/progress/archive');

/**
 * What to do today, on the home page: the daily set (每日一练: cards due and the new ones left
 * today), today's answers against the goal, and the streak. The scheduler loads after the page,
 * in its own chunk, as on the progress page: until then the panel says it is loading.
 */
export function TodayPanel() {
  const t = useTranslations('Today');
  const { progress } = useProgress();
  const now = useNow();
  const [libs, setLibs] = useState<{ stats: Stats; schedule: Schedule; archive: Archive } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    void orNewVersion(
      Promise.all([
        import('@/lib/progress/stats'),
        import('@/lib/progress/schedule'),
        import('@/lib/progress/archive'),
      ]),
    ).then(([stats, schedule, archive]) => live && setLibs({ stats, schedule, archive }));
    return () => {
      live = false;
    };
  }, []);
  const today = useMemo(() => {
    if (!progress || now === null || !libs) return null;
    const { stats, schedule } = libs;
    const { settings, archive } = progress.profile;
    const reviews = [...effectiveReviews(progress.profile)].sort((a, b) => a.at - b.at);
    const offset = new Date(now).getTimezoneOffset();
    const cards = libs.archive.replayHistory(
      archive,
      reviews,
      schedule.scheduler(settings.desiredRetention),
    );
    const due = [...cards.values()].filter((c) => schedule.isDue(c, now)).length;
    const fresh = Math.max(
      0,
      settings.newCardsPerDay - stats.newCardsToday(reviews, now, offset, archive),
    );
    return {
      due,
      fresh,
      done: stats.reviewsToday(reviews, now, offset, archive),
      goal: settings.dailyGoal,
      streak: stats.streak(reviews, now, offset, archive),
    };
  }, [progress, now, libs]);

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
