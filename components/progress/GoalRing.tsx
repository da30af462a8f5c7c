import { useTranslations } from 'next-intl';

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** Today's reviews against the daily goal as a ring; full when the goal is met. */
export function GoalRing({ done, goal }: { done: number; goal: number }) {
  const t = useTranslations('ProgressPage');
  const share = Math.min(1, done / Math.max(1, goal));
  const met = done >= goal;
  return (
    <svg
      className="goal-ring"
      viewBox="0 0 120 120"
      role="img"
      aria-label={t('goalRing', { done, goal })}
    >
      <circle className="goal-ring-track" cx="60" cy="60" r={RADIUS} />
      {share > 0 && (
        <circle
          className={met ? 'goal-ring-value is-met' : 'goal-ring-value'}
          cx="60"
          cy="60"
          r={RADIUS}
          strokeDasharray={`${CIRCUMFERENCE * share} ${CIRCUMFERENCE}`}
          transform="rotate(-90 60 60)"
        />
      )}
      <text className="goal-ring-text" x="60" y="60" textAnchor="middle" dominantBaseline="central">
        {t('goalRingShort', { done, goal })}
      </text>
    </svg>
  );
}
