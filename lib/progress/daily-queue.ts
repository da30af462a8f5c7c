import type { ArchiveView } from './archive';
import { DAY_MS, dayNumber } from './days';
import { type MemoryCard, memoryKeys, studyQueue } from './schedule';
import type { Review } from './schema';
import type { SessionCard } from './session-cards';

export type { SessionCard } from './session-cards';
export { siblingGroup } from './session-cards';

/*
 * Today's flashcards: what the cards page shows, and what every page that says how many cards
 * are due or new today counts (home, progress, cards). One function, so they always agree.
 */

/**
 * Cards started today in flashcards: memories whose first review of all is a flashcard grade
 * made today. They count against the new-card limit; a claim first met in a quiz or test does not
 * (it is then a card in learning, due when FSRS says). A review saved before claims were the unit
 * names a fact and started each of its claims (`claimsOf`): one card then, it counts once.
 */
export function newCardsToday(
  reviews: readonly Review[],
  now: number,
  offsetMinutes: number,
  archive?: ArchiveView,
  claimsOf?: (fact: string) => readonly string[] | undefined,
): number {
  const today = dayNumber(now, offsetMinutes);
  // An archived memory was first reviewed before the archive's end, which is days ago.
  const seen = new Set((archive?.memories ?? []).map((m) => m[0]));
  let count = 0;
  for (const r of reviews) {
    let first = false;
    for (const key of memoryKeys(r, claimsOf)) {
      if (seen.has(key)) continue;
      seen.add(key);
      first = true;
    }
    if (first && r.kind === 'card' && dayNumber(r.at, offsetMinutes) === today) count += 1;
  }
  return count;
}

export interface DailyQueue {
  /** Cards due now, the most overdue first. */
  due: string[];
  /** New cards to study today, in the session's order. */
  fresh: string[];
  /** Cards not due now that fall due before the end of today (the learner's local day). */
  laterToday: number;
  /** When the next studied card is due (ms), or null when none has been studied. */
  nextDue: number | null;
  /** Cards of the session never studied. */
  unseen: number;
  /**
   * New cards held back until tomorrow although today's limit has room: another card of their
   * group was studied today, is due today, or comes first today.
   */
  buried: number;
  /** New cards today's limit still allows. */
  room: number;
}

export interface DailyQueueOptions {
  now: number;
  /** Date.prototype.getTimezoneOffset() of the learner's clock: "today" is their local day. */
  offsetMinutes: number;
  newCardsPerDay: number;
  archive?: ArchiveView;
  /** Each fact's claims, for reviews saved before claims were the unit (as in the replay). */
  claimsOf?: (fact: string) => readonly string[] | undefined;
}

/**
 * Due cards first, then new ones up to what is left of today's limit. A group's new cards come
 * one a day (Anki's "bury new siblings"): the card that asks where a meeting was held is not
 * followed by the one that asks its number, whose answer the first just gave. A group studied
 * today, or with a card due today, has no new card today.
 *
 * `reviews` are the profile's effective reviews; `memories` their replay (with the archive).
 */
export function dailyQueue(
  cards: readonly SessionCard[],
  memories: ReadonlyMap<string, MemoryCard>,
  reviews: readonly Review[],
  options: DailyQueueOptions,
): DailyQueue {
  const { now, offsetMinutes, newCardsPerDay, archive, claimsOf } = options;
  const today = dayNumber(now, offsetMinutes);
  const groupByKey = new Map(cards.map((c) => [c.key, c.group]));
  // Groups a card was studied of today (flashcards only: practice does not hold cards back).
  const studied = new Set<string>();
  for (const r of reviews) {
    if (r.kind !== 'card' || dayNumber(r.at, offsetMinutes) !== today) continue;
    const group = groupByKey.get(r.claim ?? r.fact);
    if (group) studied.add(group);
  }
  // The first moment of tomorrow, local time.
  const tomorrow = (today + 1) * DAY_MS + offsetMinutes * 60_000;
  // A group with a card due today is studied today once that card comes up (due cards come
  // first): its new cards wait, or the count would promise a card that grading its sibling buries.
  const offered = new Set<string>();
  for (const card of cards) {
    const memory = memories.get(card.key);
    if (memory && memory.card.due.getTime() < tomorrow) offered.add(card.group);
  }
  const keys: string[] = [];
  let buried = 0;
  for (const card of cards) {
    if (!memories.has(card.key)) {
      if (studied.has(card.group) || offered.has(card.group)) {
        buried += 1;
        continue;
      }
      offered.add(card.group);
    }
    keys.push(card.key);
  }
  const newStartedToday = newCardsToday(reviews, now, offsetMinutes, archive, claimsOf);
  const { due, fresh } = studyQueue(keys, memories, { now, newCardsPerDay, newStartedToday });
  let nextDue: number | null = null;
  let unseen = 0;
  let laterToday = 0;
  for (const { key } of cards) {
    const c = memories.get(key);
    if (!c) {
      unseen += 1;
      continue;
    }
    const at = c.card.due.getTime();
    if (at > now && at < tomorrow) laterToday += 1;
    if (nextDue === null || at < nextDue) nextDue = at;
  }
  const room = Math.max(0, newCardsPerDay - newStartedToday);
  return { due, fresh, laterToday, nextDue, unseen, buried, room };
}
