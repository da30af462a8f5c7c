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
 * Spaced repetition through ts-fsrs. A card is one atomic claim (the SCO's founding date, its
 * founding city): the replay of every review of that claim, whatever question form it came from.
 * One memory per claim. Time is always passed in.
 */

export const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];

export function scheduler(desiredRetention: number): FSRS {
  // No fuzz: the same reviews give the same schedule in every tab and every test.
  return fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: false }));
}

export interface MemoryCard {
  /** The claim remembered (or, for reviews saved before claims, a fact). */
  key: string;
  card: Card;
  reviews: number;
  lapses: number;
  lastReviewAt: number;
}

/**
 * The memories a review feeds: its claim; for a review saved before claims were the unit, every
 * claim of its fact (`claimsOf`, when the content is at hand), so no earlier progress is lost.
 */
export function memoryKeys(
  r: Review,
  claimsOf?: (fact: string) => readonly string[] | undefined,
): readonly string[] {
  if (r.claim) return [r.claim];
  const claims = claimsOf?.(r.fact);
  return claims && claims.length ? claims : [r.fact];
}

/** Cards of every reviewed claim, from reviews sorted oldest first. */
export function replayReviews(
  reviews: readonly Review[],
  f: FSRS,
  claimsOf?: (fact: string) => readonly string[] | undefined,
): Map<string, MemoryCard> {
  const cards = new Map<string, MemoryCard>();
  for (const r of reviews) for (const key of memoryKeys(r, claimsOf)) replay(cards, key, r, f);
  return cards;
}

/** One review applied to one memory's card. */
export function replay(cards: Map<string, MemoryCard>, key: string, r: Review, f: FSRS): void {
  const current = cards.get(key);
  const card = current?.card ?? createEmptyCard<Card>(new Date(r.at));
  // Two tabs can log a review of one claim a moment apart; never step back in time.
  const when = new Date(Math.max(r.at, current?.lastReviewAt ?? 0));
  const next = f.next(card, when, r.grade as FsrsGrade).card;
  cards.set(key, {
    key,
    card: next,
    reviews: (current?.reviews ?? 0) + 1,
    lapses: (current?.lapses ?? 0) + (r.grade === 1 && current ? 1 : 0),
    lastReviewAt: when.getTime(),
  });
}

/** When each grade would bring the card back: shown on the grade buttons before grading. */
export function previewGrades(
  card: MemoryCard | undefined,
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

export function isDue(card: MemoryCard, now: number): boolean {
  return card.card.due.getTime() <= now;
}

/** A claim the learner has kept for at least three weeks is counted as mastered. */
export function isMastered(card: MemoryCard | undefined): boolean {
  return !!card && card.card.state === State.Review && card.card.stability >= 21;
}

export interface StudyQueueOptions {
  now: number;
  newCardsPerDay: number;
  /** New cards already started in flashcards today: they count against the daily limit. */
  newStartedToday: number;
}

/**
 * What to study next: due cards first, the most overdue first; then new ones in content order,
 * up to what is left of today's new-card limit.
 */
export function studyQueue(
  factIds: readonly string[],
  cards: ReadonlyMap<string, MemoryCard>,
  options: StudyQueueOptions,
): { due: string[]; fresh: string[] } {
  const due = factIds
    .flatMap((id) => {
      const c = cards.get(id);
      return c && isDue(c, options.now) ? [c] : [];
    })
    .sort((a, b) => a.card.due.getTime() - b.card.due.getTime())
    .map((c) => c.key);
  const room = Math.max(0, options.newCardsPerDay - options.newStartedToday);
  const fresh = factIds.filter((id) => !cards.has(id)).slice(0, room);
  return { due, fresh };
}
