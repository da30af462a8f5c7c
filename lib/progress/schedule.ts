import {
  type Card,
  createEmptyCard,
  type FSRS,
  fsrs,
  generatorParameters,
  type Grade as FsrsGrade,
  State,
} from 'ts-fsrs';
import type { Grade, Review } from './schema';

/**
 * Spaced repetition through ts-fsrs. A fact's card is the replay of every review of that fact,
 * whatever question form it came from: one memory per fact. Time is always passed in.
 */

export const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];

export function scheduler(desiredRetention: number): FSRS {
  // No fuzz: the same reviews give the same schedule in every tab and every test.
  return fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: false }));
}

export interface FactCard {
  fact: string;
  card: Card;
  reviews: number;
  lapses: number;
  lastReviewAt: number;
}

/** Cards of every reviewed fact, from reviews sorted oldest first. */
export function replayReviews(reviews: readonly Review[], f: FSRS): Map<string, FactCard> {
  const cards = new Map<string, FactCard>();
  for (const r of reviews) {
    const current = cards.get(r.fact);
    const card = current?.card ?? createEmptyCard<Card>(new Date(r.at));
    // Two tabs can log a review of one fact a moment apart; never step back in time.
    const when = new Date(Math.max(r.at, current?.lastReviewAt ?? 0));
    const next = f.next(card, when, r.grade as FsrsGrade).card;
    cards.set(r.fact, {
      fact: r.fact,
      card: next,
      reviews: (current?.reviews ?? 0) + 1,
      lapses: (current?.lapses ?? 0) + (r.grade === 1 && current ? 1 : 0),
      lastReviewAt: when.getTime(),
    });
  }
  return cards;
}

/** When each grade would bring the card back: shown on the grade buttons before grading. */
export function previewGrades(
  card: FactCard | undefined,
  now: number,
  f: FSRS,
): Record<Grade, number> {
  const base = card?.card ?? createEmptyCard<Card>(new Date(now));
  const at = new Date(Math.max(now, card?.lastReviewAt ?? 0));
  const preview = f.repeat(base, at);
  const out = {} as Record<Grade, number>;
  for (const g of GRADES) out[g] = preview[g as FsrsGrade].card.due.getTime() - at.getTime();
  return out;
}

export function isDue(card: FactCard, now: number): boolean {
  return card.card.due.getTime() <= now;
}

/** A fact the learner has kept for at least three weeks is counted as mastered. */
export function isMastered(card: FactCard | undefined): boolean {
  return !!card && card.card.state === State.Review && card.card.stability >= 21;
}

export interface StudyQueueOptions {
  now: number;
  newCardsPerDay: number;
  /** New facts already started today: they count against the daily limit. */
  newStartedToday: number;
}

/**
 * What to study next: due facts first, the most overdue first; then new facts in content
 * order, up to what is left of today's new-card limit.
 */
export function studyQueue(
  factIds: readonly string[],
  cards: ReadonlyMap<string, FactCard>,
  options: StudyQueueOptions,
): { due: string[]; fresh: string[] } {
  const due = factIds
    .flatMap((id) => {
      const c = cards.get(id);
      return c && isDue(c, options.now) ? [c] : [];
    })
    .sort((a, b) => a.card.due.getTime() - b.card.due.getTime())
    .map((c) => c.fact);
  const room = Math.max(0, options.newCardsPerDay - options.newStartedToday);
  const fresh = factIds.filter((id) => !cards.has(id)).slice(0, room);
  return { due, fresh };
}

/** 10 分钟 / 10 min, 3 天 / 3 d, 2 个月 / 2 mo: how long until a card comes back. */
export function formatInterval(ms: number): { zh: string; en: string } {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { zh: `${minutes}分钟`, en: `${minutes} min` };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { zh: `${hours}小时`, en: `${hours} h` };
  const days = Math.round(hours / 24);
  if (days < 31) return { zh: `${days}天`, en: `${days} d` };
  const months = Math.round(days / 30);
  if (months < 12) return { zh: `${months}个月`, en: `${months} mo` };
  const years = Math.round((days / 365) * 10) / 10;
  return { zh: `${years}年`, en: `${years} y` };
}
