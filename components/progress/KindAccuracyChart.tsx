import { useTranslations } from 'next-intl';
import type { KindAccuracy } from '@/lib/progress/stats';

/** Share of right answers per question kind, one bar each; flashcards count Hard and above. */
export function KindAccuracyChart({ kinds }: { kinds: KindAccuracy[] }) {
  const t = useTranslations('ProgressPage');
  const tq = useTranslations('Quiz.kind');
  return (
    <figure className="chart accuracy">
      <ul className="chart-rows">
        {kinds.map((k) => {
          const percent = Math.round((k.correct / Math.max(1, k.answered)) * 100);
          const name = k.kind === 'card' ? t('cardKind') : tq(k.kind);
          return (
            <li key={k.kind} className="chart-row">
              <span className="chart-row-label" aria-hidden="true">
                {name}
              </span>
              <svg
                className="bar-svg"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <rect className="bar-track" width="100" height="10" rx="2" />
                <rect className="bar-accuracy" width={percent} height="10" rx="2" />
              </svg>
              <span className="chart-row-value" aria-hidden="true">
                {t('accuracyRow', { percent, correct: k.correct, answered: k.answered })}
              </span>
              <span className="visually-hidden">
                {t('accuracyLabel', {
                  kind: name,
                  percent,
                  correct: k.correct,
                  answered: k.answered,
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
