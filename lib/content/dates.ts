import type { PartialDate, Source, Text } from './schema';

/** A partial date split into numbers. `month` and `day` are absent when the source does not give them. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

// Question generation compares the same few dates many times over.
const partsCache = new Map<string, DateParts>();

export function dateParts(date: PartialDate): DateParts {
  const cached = partsCache.get(date);
  if (cached) return cached;
  const parts = splitDate(date);
  if (partsCache.size > 10_000) partsCache.clear();
  partsCache.set(date, parts);
  return parts;
}

function splitDate(date: string): DateParts {
  const [y, m, d] = date.split('-').map(Number);
  return {
    year: y ?? NaN,
    ...(m === undefined ? {} : { month: m }),
    ...(d === undefined ? {} : { day: d }),
  };
}

export function datePrecision(date: PartialDate): DatePrecision {
  const parts = dateParts(date);
  return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The regex in the schema admits 2023-02-30; this does not. */
export function isRealDate(date: string): boolean {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) return false;
  const { year, month, day } = dateParts(date);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month)))
    return false;
  return year >= 1000 && year <= 9999;
}

/** Days since 1970-01-01 (UTC), so that dates compare and subtract as plain numbers. */
function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The first and last day a partial date may stand for: "2024-04" spans 1–30 April. */
export function dateRange(date: PartialDate): { first: number; last: number } {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  if (day === undefined)
    return {
      first: dayNumber(year, month, 1),
      last: dayNumber(year, month, daysInMonth(year, month)),
    };
  const n = dayNumber(year, month, day);
  return { first: n, last: n };
}

/** -1 when a is surely before b, 1 when surely after, 0 when the two may overlap. */
export function compareDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (ra.last < rb.first) return -1;
  if (rb.last < ra.first) return 1;
  return 0;
}

/** A total order for sorting: earliest possible day first, then the more precise date first. */
export function sortKey(date: PartialDate): number {
  const r = dateRange(date);
  return r.first * 1000 + (r.last - r.first);
}

/**
 * Whole years between two dates, when the dates fix it; null when their precision leaves it open.
 * 2019-05-15 → 2024-04-03 is 4 whole years.
 */
export function wholeYearsBetween(a: PartialDate, b: PartialDate): number | null {
  const candidates = new Set<number>();
  const ra = dateRange(a);
  const rb = dateRange(b);
  for (const x of [ra.first, ra.last]) {
    for (const y of [rb.first, rb.last]) {
      candidates.add(yearsFromDayNumbers(x, y));
    }
  }
  return candidates.size === 1 ? [...candidates][0]! : null;
}

function yearsFromDayNumbers(from: number, to: number): number {
  const a = new Date(from * 86_400_000);
  const b = new Date(to * 86_400_000);
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  const beforeAnniversary =
    b.getUTCMonth() < a.getUTCMonth() ||
    (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate());
  if (beforeAnniversary) years -= 1;
  return years;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 2024年4月3日 / 2024年4月 / 2004年 */
export function formatDateZh(date: PartialDate): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month === undefined ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`;
}

/** 3 April 2024 / April 2024 / 2004 */
export function formatDateEn(date: PartialDate): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return String(year);
  const name = EN_MONTHS[month - 1] ?? '';
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

export function formatDate(date: PartialDate): { zh: string; en: string } {
  return { zh: formatDateZh(date), en: formatDateEn(date) };
}

/**
 * Two dates as one span, without saying twice what they share: 2013年3月26日至27日 /
 * 26–27 March 2013; 2013年3月30日至4月2日 / 30 March – 2 April 2013. Dates not both to the day
 * are written out in full.
 */
export function formatDateSpan(start: PartialDate, end: PartialDate): { zh: string; en: string } {
  const a = dateParts(start);
  const b = dateParts(end);
  const full = {
    zh: `${formatDateZh(start)}至${formatDateZh(end)}`,
    en: `${formatDateEn(start)} – ${formatDateEn(end)}`,
  };
  if (a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined)
    return full;
  const month = (m: number) => EN_MONTHS[m - 1] ?? '';
  if (a.year !== b.year) return full;
  if (a.month === b.month)
    return {
      zh: `${a.year}年${a.month}月${a.day}日至${b.day}日`,
      en: `${a.day}–${b.day} ${month(a.month)} ${a.year}`,
    };
  return {
    zh: `${a.year}年${a.month}月${a.day}日至${b.month}月${b.day}日`,
    en: `${a.day} ${month(a.month)} – ${b.day} ${month(b.month)} ${a.year}`,
  };
}

export function yearOf(date: PartialDate): number {
  return dateParts(date).year;
}

/** Shift a date by whole days, months or years, keeping its precision. */
export function shiftDate(date: PartialDate, amount: number, unit: DatePrecision): PartialDate {
  const { year, month, day } = dateParts(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (unit === 'year' || month === undefined) {
    const y = year + amount;
    return month === undefined
      ? String(y)
      : day === undefined
        ? `${y}-${pad(month)}`
        : `${y}-${pad(month)}-${pad(Math.min(day, daysInMonth(y, month)))}`;
  }
  if (unit === 'month' || day === undefined) {
    const index = year * 12 + (month - 1) + amount;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return day === undefined
      ? `${y}-${pad(m)}`
      : `${y}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
  }
  const d = new Date(Date.UTC(year, month - 1, day + amount));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Where a fact comes from, in each language's punctuation: publication, date and place in it
 * ("政知新媒体，2024年4月，报道正文" / "Zhengzhi New Media, April 2024, main text").
 */
export function sourceText(source: Pick<Source, 'publication' | 'date' | 'locator'>): Text {
  const date = formatDate(source.date);
  return {
    zh: `${source.publication.zh}，${date.zh}，${source.locator.zh}`,
    en: `${source.publication.en}, ${date.en}, ${source.locator.en}`,
  };
}
