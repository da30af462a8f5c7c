import { calendarDate, DAY_MS, dayNumber, heatLevel } from './days';
import { QUESTION_KINDS } from '../questions/models';
import { answersOf } from './answers';
import {
  type ArchiveView,
  archivedAnswers,
  archivedDays,
  archivedKinds,
  replayHistory,
} from './archive';
import { answeredRight } from './mistakes';
import type { Review, ReviewKind, Settings } from './schema';
import { type DailyQueue, dailyQueue, newCardsToday, type SessionCard } from './daily-queue';
import { type MemoryCard, isDue, isMastered, scheduler } from './schedule';

export { calendarDate, DAY_MS, dayNumber, heatLevel };

export interface DayCount {
  day: number;
  count: number;
}

export { answersOf, newCardsToday };

/*
 * Each statistic reads the log's reviews that count and, where the profile has one, its archive:
 * the old part of the log, compacted (lib/progress/archive.ts).
 */

/** Answers per local day over the last `days` days, oldest first, today last. */
export function reviewsPerDay(
  reviews: readonly Review[],
  now: number,
  offsetMinutes: number,
  days: number,
  archive?: ArchiveView,
): DayCount[] {
  const today = dayNumber(now, offsetMinutes);
  const counts = archivedDays(archive, offsetMinutes);
  for (const r of answersOf(reviews)) {
    const d = dayNumber(r.at, offsetMinutes);
    if (d > today - days && d <= today) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = today - days + 1 + i;
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** Consecutive days with a review, ending today (or yesterday, while today is still open). */
export function streak(
  reviews: readonly Review[],
  now: number,
  offsetMinutes: number,
  archive?: ArchiveView,
): number {
  // Days with any review are days with an answer: no need to group them.
  const days = new Set(archivedDays(archive, offsetMinutes).keys());
  for (const r of reviews) days.add(dayNumber(r.at, offsetMinutes));
  const today = dayNumber(now, offsetMinutes);
  let day = days.has(today) ? today : today - 1;
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day -= 1;
  }
  return count;
}

export function reviewsToday(
  reviews: readonly Review[],
  now: number,
  offsetMinutes: number,
  archive?: ArchiveView,
): number {
  const today = dayNumber(now, offsetMinutes);
  return (
    (archivedDays(archive, offsetMinutes).get(today) ?? 0) +
    answersOf(reviews).filter((r) => dayNumber(r.at, offsetMinutes) === today).length
  );
}

export interface KindAccuracy {
  kind: Review['kind'];
  answered: number;
  correct: number;
}

/**
 * Right answers per question kind; flashcards count Hard, Good and Easy as remembered. One
 * answer counts once: a question on several facts (match, order, multiple select) records a
 * review per fact, all in one session at one moment, and those make one answer here.
 */
export function accuracyByKind(reviews: readonly Review[], archive?: ArchiveView): KindAccuracy[] {
  const byKind = new Map<Review['kind'], KindAccuracy>(
    [...archivedKinds(archive)].map(([kind, k]) => [kind, { kind, ...k }]),
  );
  for (const r of answersOf(reviews)) {
    const entry = byKind.get(r.kind) ?? { kind: r.kind, answered: 0, correct: 0 };
    entry.answered += 1;
    if (answeredRight(r)) entry.correct += 1;
    byKind.set(r.kind, entry);
  }
  return [...byKind.values()];
}

export interface DeckMastery {
  total: number;
  mastered: number;
  learning: number;
  fresh: number;
}

export function deckMastery(
  factIds: readonly string[],
  cards: ReadonlyMap<string, MemoryCard>,
): DeckMastery {
  let mastered = 0;
  let learning = 0;
  for (const id of factIds) {
    const card = cards.get(id);
    if (isMastered(card)) mastered += 1;
    else if (card) learning += 1;
  }
  return { total: factIds.length, mastered, learning, fresh: factIds.length - mastered - learning };
}

/** How many cards fall due on each of the next `days` local days; overdue ones count today. */
export function dueForecast(
  cards: Iterable<MemoryCard>,
  now: number,
  offsetMinutes: number,
  days: number,
): DayCount[] {
  const today = dayNumber(now, offsetMinutes);
  const counts = new Array<number>(days).fill(0);
  for (const card of cards) {
    const d = isDue(card, now) ? today : dayNumber(card.card.due.getTime(), offsetMinutes);
    const i = d - today;
    if (i >= 0 && i < days) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ day: today + i, count }));
}

/** Monday 0 … Sunday 6 of a local day number; day 0, 1 January 1970, was a Thursday. */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export interface HeatmapCell extends DayCount {
  /** The column: weeks run left to right, Monday to Sunday top to bottom, as on GitHub. */
  week: number;
  weekday: number;
}

export interface ActivityHeatmap {
  cells: HeatmapCell[];
  weeks: number;
}

/**
 * Reviews per local day over the last `weeks` calendar weeks laid out as a calendar: one column
 * per week, Monday to Sunday, the first column a full week and the last the current one, which
 * ends today. So "the last 12 weeks" are 12 columns, this partial week among them.
 */
export function activityHeatmap(
  reviews: readonly Review[],
  now: number,
  offsetMinutes: number,
  weeks: number,
  archive?: ArchiveView,
): ActivityHeatmap {
  const days = (weeks - 1) * 7 + weekday(dayNumber(now, offsetMinutes)) + 1;
  const perDay = reviewsPerDay(reviews, now, offsetMinutes, days, archive);
  const cells = perDay.map((d, i) => ({
    ...d,
    week: Math.floor(i / 7),
    weekday: weekday(d.day),
  }));
  return { cells, weeks };
}

export interface DeckFacts {
  id: string;
  factIds: readonly string[];
}

export interface ProgressSummary {
  totalReviews: number;
  today: number;
  dailyGoal: number;
  streak: number;
  /** Facts kept for three weeks or more, over every deck. */
  mastered: number;
  heatmap: ActivityHeatmap;
  forecast: DayCount[];
  decks: (DeckMastery & { id: string })[];
  kinds: KindAccuracy[];
  /** Today's flashcards of the all-decks session, as the cards page shows them. */
  cards: Pick<DailyQueue, 'due' | 'fresh' | 'laterToday'> | null;
}

/** The all-decks flashcards session, to count today's cards and the forecast over. */
export interface SummarySession {
  cards: readonly SessionCard[];
  newCardsPerDay: number;
}

export const HEATMAP_WEEKS = 12;
export const FORECAST_DAYS = 7;

/**
 * Everything the progress page shows, from the reviews that count (see effectiveReviews).
 * Cards are replayed with the learner's desired retention, so the forecast matches the cards page.
 * With `session`, today's cards are counted by lib/progress/daily-queue.ts, as the cards page
 * counts them, and the forecast counts that session's cards only: its first day is the cards due
 * now and those due later today.
 */
export function progressSummary(
  reviews: readonly Review[],
  decks: readonly DeckFacts[],
  settings: Pick<Settings, 'dailyGoal' | 'desiredRetention'>,
  now: number,
  offsetMinutes: number,
  claimsOf?: (fact: string) => readonly string[] | undefined,
  archive?: ArchiveView,
  session?: SummarySession,
): ProgressSummary {
  const ordered = [...reviews].sort((a, b) => a.at - b.at);
  const cards = replayHistory(archive, ordered, scheduler(settings.desiredRetention), claimsOf);
  const today = session
    ? dailyQueue(session.cards, cards, ordered, {
        now,
        offsetMinutes,
        newCardsPerDay: session.newCardsPerDay,
        ...(archive ? { archive } : {}),
        ...(claimsOf ? { claimsOf } : {}),
      })
    : null;
  const forecastCards = session
    ? session.cards.flatMap(({ key }) => cards.get(key) ?? [])
    : cards.values();
  const kindOrder: readonly ReviewKind[] = [...QUESTION_KINDS, 'card'];
  return {
    totalReviews: archivedAnswers(archive) + answersOf(ordered).length,
    today: reviewsToday(ordered, now, offsetMinutes, archive),
    dailyGoal: settings.dailyGoal,
    streak: streak(ordered, now, offsetMinutes, archive),
    mastered: [...cards.values()].filter((c) => isMastered(c)).length,
    heatmap: activityHeatmap(ordered, now, offsetMinutes, HEATMAP_WEEKS, archive),
    forecast: dueForecast(forecastCards, now, offsetMinutes, FORECAST_DAYS),
    decks: decks.map((d) => ({ id: d.id, ...deckMastery(d.factIds, cards) })),
    kinds: accuracyByKind(ordered, archive).sort(
      (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
    ),
    cards: today && { due: today.due, fresh: today.fresh, laterToday: today.laterToday },
  };
}
