import { useLocale, useTranslations } from 'next-intl';
import { calendarDate, heatLevel } from '@/lib/progress/days';
import type { ActivityHeatmap } from '@/lib/progress/stats';

const CELL = 14;
const STEP = 17;
const LEFT = 34;
const TOP = 18;
const LABELLED_WEEKDAYS = [0, 2, 4];

/**
 * The last weeks as a calendar, weeks as columns and Monday to Sunday down, each day shaded by
 * how much of the daily goal it met. A visually hidden table gives screen readers the numbers.
 */
export function ActivityHeatmapChart({
  heatmap,
  dailyGoal,
}: {
  heatmap: ActivityHeatmap;
  dailyGoal: number;
}) {
  const t = useTranslations('ProgressPage');
  const locale = useLocale();
  const dayFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
  });
  const longFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'long',
    day: 'numeric',
  });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
  const monthFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short' });

  const { cells, weeks } = heatmap;
  const width = LEFT + weeks * STEP + 8;
  const height = TOP + 7 * STEP;
  const today = cells[cells.length - 1];
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const active = cells.filter((c) => c.count > 0).length;
  const best = cells.reduce(
    (a, c) => (c.count > a.count ? c : a),
    cells[0] ?? { day: 0, count: 0 },
  );
  const summary =
    total === 0
      ? t('heatmapSummaryEmpty', { weeks })
      : t('heatmapSummary', {
          weeks,
          active,
          total,
          best: dayFormat.format(calendarDate(best.day)),
          bestCount: best.count,
        });

  // A month's name over the column holding its first day.
  const monthLabels: { week: number; label: string }[] = [];
  for (const c of cells) {
    if (c !== cells[0] && calendarDate(c.day).getUTCDate() !== 1) continue;
    monthLabels.push({ week: c.week, label: monthFormat.format(calendarDate(c.day)) });
  }
  // The first column names its month only when the next month's name leaves it room.
  const [first, second] = monthLabels;
  if (first && second && second.week - first.week < 3) monthLabels.shift();
  const firstDayOf = (week: number) => cells.find((c) => c.week === week);
  const weekdayNames = Array.from({ length: 7 }, (_, i) =>
    // 5 January 1970 was a Monday.
    weekdayFormat.format(calendarDate(4 + i)),
  );

  return (
    <figure className="chart heatmap">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        className="heatmap-svg"
        style={{ maxWidth: `${width * 1.6}px` }}
      >
        {monthLabels.map((m) => (
          <text key={m.week} className="chart-label" x={LEFT + m.week * STEP} y={TOP - 5}>
            {m.label}
          </text>
        ))}
        {LABELLED_WEEKDAYS.map((w) => (
          <text
            key={w}
            className="chart-label"
            x={LEFT - 4}
            y={TOP + w * STEP + CELL / 2}
            textAnchor="end"
            dominantBaseline="central"
          >
            {weekdayNames[w]}
          </text>
        ))}
        {cells.map((c) => (
          <rect
            key={c.day}
            className={`heat heat-${heatLevel(c.count, dailyGoal)}${c === today ? ' is-today' : ''}`}
            x={LEFT + c.week * STEP}
            y={TOP + c.weekday * STEP}
            width={CELL}
            height={CELL}
            rx={3}
          >
            <title>
              {t('heatmapCell', { date: longFormat.format(calendarDate(c.day)), count: c.count })}
            </title>
          </rect>
        ))}
      </svg>
      <figcaption className="chart-legend">
        <span>{t('heatmapLegend')}</span>{' '}
        <span className="heat-scale" aria-hidden="true">
          {t('less')}
          {([0, 1, 2, 3, 4] as const).map((level) => (
            <svg key={level} viewBox="0 0 14 14" className="heat-swatch">
              <rect className={`heat heat-${level}`} width="14" height="14" rx="3" />
            </svg>
          ))}
          {t('more')}
        </span>
      </figcaption>
      {/* Tables ignore overflow, so the hiding is done by a wrapper. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('heatmapHeading', { weeks })}</caption>
          <thead>
            <tr>
              <td />
              {weekdayNames.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: weeks }, (_, week) => {
              const start = firstDayOf(week);
              return (
                <tr key={week}>
                  <th scope="row">
                    {start
                      ? t('tableWeek', { date: dayFormat.format(calendarDate(start.day)) })
                      : ''}
                  </th>
                  {weekdayNames.map((name, weekday) => {
                    const cell = cells.find((c) => c.week === week && c.weekday === weekday);
                    return <td key={name}>{cell ? cell.count : ''}</td>;
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
