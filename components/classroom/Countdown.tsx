'use client';

import { useTranslations } from 'next-intl';
import { clock, countdownMilestone } from './useCountdown';

/**
 * The time left as a bar and as m:ss. Screen readers hear only the milestones (30 and 10
 * seconds left, time up) through a polite live region; the timer itself stays silent.
 */
export function Countdown({
  limit,
  remaining,
  paused = false,
  className,
}: {
  limit: number;
  remaining: number;
  paused?: boolean;
  className?: string;
}) {
  const t = useTranslations('Classroom');
  const milestone = countdownMilestone(limit, remaining);
  const urgent = remaining <= 5;
  return (
    <div
      className={['countdown', urgent ? 'is-urgent' : '', remaining === 0 ? 'is-up' : '', className]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="countdown-bar" aria-hidden="true">
        <span style={{ width: `${(remaining / limit) * 100}%` }} />
      </div>
      <p className="countdown-text" role="timer" aria-label={t('timer')}>
        {remaining === 0 ? t('timeUp') : clock(remaining)}
        {paused ? <span className="countdown-paused"> · {t('paused')}</span> : null}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {milestone === 'up'
          ? t('timeUp')
          : milestone
            ? t('secondsLeft', { seconds: milestone === 'ten' ? 10 : 30 })
            : ''}
      </p>
    </div>
  );
}
