import { useLocale, useTranslations } from 'next-intl';
import { calendarDate } from '@/lib/progress/days';
import type { DayCount } from '@/lib/progress/stats';

const COLUMN = 40;
const BAR = 26;
const TOP = 18;
const BAR_HEIGHT = 90;
const BOTTOM = 22;

/** Cards falling due on each of the next days as columns; overdue cards count today. */
export function DueForecastChart({ forecast }: { forecast: DayCount[] }) {
  const t = useTranslations('ProgressPage');
  const locale = useLocale();
  const weekdayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
  const longFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'short',
    day: 'numeric',
  });
  const max = Math.max(1, ...forecast.map((d) => d.count));
  const total = forecast.reduce((sum, d) => sum + d.count, 0);
  const width = forecast.length * COLUMN;
  const height = TOP + BAR_HEIGHT + BOTTOM;
  const label = (d: DayCount, i: number) =>
    i === 0 ? t('today') : weekdayFormat.format(calendarDate(d.day));

  return (
    <figure className="chart forecast">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('forecastSummary', { total, today: forecast[0]?.count ?? 0 })}
        className="forecast-svg"
      >
        <line
          className="chart-axis"
          x1="0"
          x2={width}
          y1={TOP + BAR_HEIGHT + 0.5}
          y2={TOP + BAR_HEIGHT + 0.5}
        />
        {forecast.map((d, i) => {
          const h = d.count === 0 ? 0 : Math.max(2, (d.count / max) * BAR_HEIGHT);
          const x = i * COLUMN + (COLUMN - BAR) / 2;
          return (
            <g key={d.day}>
              <rect
                className={i === 0 ? 'forecast-bar is-today' : 'forecast-bar'}
                x={x}
                y={TOP + BAR_HEIGHT - h}
                width={BAR}
                height={h}
                rx={3}
              />
              <text
                className="chart-value"
                x={i * COLUMN + COLUMN / 2}
                y={TOP + BAR_HEIGHT - h - 5}
                textAnchor="middle"
              >
                {d.count}
              </text>
              <text
                className={i === 0 ? 'chart-label is-today' : 'chart-label'}
                x={i * COLUMN + COLUMN / 2}
                y={height - 6}
                textAnchor="middle"
              >
                {label(d, i)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* Tables ignore overflow, so the hiding is done by a wrapper. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('forecastHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tableDay')}</th>
              <th scope="col">{t('tableCards')}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((d, i) => (
              <tr key={d.day}>
                <th scope="row">
                  {i === 0
                    ? t('todayDate', { date: longFormat.format(calendarDate(d.day)) })
                    : longFormat.format(calendarDate(d.day))}
                </th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
