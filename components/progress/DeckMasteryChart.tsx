import { useLocale, useTranslations } from 'next-intl';
import type { Text } from '@/lib/content/schema';
import { LANG_TAGS } from '@/lib/display';
import type { DeckMastery } from '@/lib/progress/stats';

export interface DeckMasteryRow extends DeckMastery {
  id: string;
  title: Text;
}

const PARTS = ['mastered', 'learning', 'fresh'] as const;

/** Each deck's facts as one stacked bar: mastered, learning, not started. */
export function DeckMasteryChart({ decks }: { decks: DeckMasteryRow[] }) {
  const t = useTranslations('ProgressPage');
  const locale = useLocale();
  const lang = locale === 'zh' ? 'zh' : 'en';
  return (
    <figure className="chart mastery">
      <ul className="chart-rows">
        {decks.map((deck) => {
          const widths = PARTS.map((part) =>
            deck.total === 0 ? 0 : (deck[part] / deck.total) * 100,
          );
          return (
            <li key={deck.id} className="chart-row">
              <span className="chart-row-label" lang={LANG_TAGS[lang]}>
                {deck.title[lang]}
              </span>
              <svg
                className="bar-svg"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <rect className="bar-track" width="100" height="10" rx="2" />
                {PARTS.map((part, i) => (
                  <rect
                    key={part}
                    className={`bar-${part}`}
                    x={widths.slice(0, i).reduce((a, b) => a + b, 0)}
                    width={widths[i]}
                    height="10"
                  />
                ))}
              </svg>
              <span className="chart-row-value">
                {t('masteryRow', {
                  total: deck.total,
                  mastered: deck.mastered,
                  learning: deck.learning,
                  fresh: deck.fresh,
                })}
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption className="chart-legend">
        {PARTS.map((part) => (
          <span key={part} className="legend-item">
            <svg viewBox="0 0 12 12" className="legend-swatch" aria-hidden="true">
              <rect className={`bar-${part}`} width="12" height="12" rx="2" />
            </svg>
            {t(part)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
