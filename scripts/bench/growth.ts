import { compactProfile, replayHistory } from '../../lib/progress/archive';
import { effectiveReviews, emptySave, restoreSave, serializeSave } from '../../lib/progress/save';
import { scheduler, studyQueue } from '../../lib/progress/schedule';
import type { Grade, Review, Save } from '../../lib/progress/schema';
import { SAVE_VERSION } from '../../lib/progress/schema';
import { newCardsToday } from '../../lib/progress/stats';
import { type Timing, time } from './measure';

/*
 * Growth (issue 21): a learner who reviews 200 times a day. Each day brings 14 new claims, so
 * two years (146,000 reviews) touch about 10,000 memories; the rest of the day's reviews go to
 * claims met before, the recent ones more often. Four in ten are flashcard grades, the others
 * quiz answers (a quarter of them on two claims at once), about one in six wrong, with the
 * response kept. The save is what the store writes: the log compacted into the archive
 * (lib/progress/archive.ts), with the last three days kept as they are.
 *
 * The queue time is what the flashcards page does before it can show a card: read the stored
 * text, check and restore it, rebuild every memory's card, count today's new cards and sort the
 * due ones.
 */

const DAY = 86_400_000;
export const REVIEWS_PER_DAY = 200;
const NEW_CLAIMS_PER_DAY = 14;
/** Chromium keeps at most about 5 million characters per origin in localStorage. */
export const QUOTA_CHARS = 5_000_000;

export interface GrowthFigures {
  reviews: number;
  memories: number;
  /** Characters of the save as stored (localStorage counts UTF-16 code units). */
  chars: number;
  /** The same log, never compacted. */
  uncompactedChars: number;
  archived: number;
  notebook: number;
  queue: Timing;
}

function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const START = Date.UTC(2025, 0, 1);

function claimOf(i: number) {
  const fact = `syn-m-${Math.floor(i / 2) + 1}-${(i % 40) + 1}`;
  return {
    fact,
    claim: `${fact}/${i % 2 ? 'city' : 'date'}`,
    deck: `syn-deck-${Math.floor(i / 80) + 1}`,
  };
}

/** `count` reviews of the learner above, oldest first, ids as long as randomId makes them. */
export function learnerReviews(count: number, seed = 1): Review[] {
  const random = generator(seed);
  const reviews: Review[] = [];
  let n = 0;
  const id = () => `r${(n++).toString(36).padStart(19, '0')}`;
  for (let day = 0; reviews.length < count; day++) {
    const known = Math.max(1, (day + 1) * NEW_CLAIMS_PER_DAY);
    let at = START + day * DAY + (7 + Math.floor(random() * 14)) * 3_600_000;
    const session = `s${day.toString(36).padStart(19, '0')}`;
    while (reviews.length < count && reviews.length < (day + 1) * REVIEWS_PER_DAY) {
      at += 4_000 + Math.floor(random() * 20_000);
      // Recent claims more often: the square pulls the draw towards the newest.
      const i = known - 1 - Math.floor(random() ** 2 * known);
      const { fact, claim, deck } = claimOf(i);
      if (random() < 0.4) {
        reviews.push({
          id: id(),
          fact,
          claim,
          grade: (1 + Math.floor(random() * 4)) as Grade,
          at,
          kind: 'card',
          mode: 'cards',
          session,
          deck,
        });
        continue;
      }
      const right = random() >= 1 / 6;
      const both = random() < 0.25 && i % 2 === 0;
      const parts = both ? [claim, claimOf(i + 1).claim] : [claim];
      const kind = both ? 'match' : 'single';
      parts.forEach((part, j) =>
        reviews.push({
          id: id(),
          fact,
          claim: part,
          grade: right || j > 0 ? 3 : 1,
          at,
          kind,
          mode: 'practice',
          session,
          deck,
          ...(j === 0
            ? { question: `${kind}:${claim}`, right, seed: 100_000_000 + (n % 900_000_000) }
            : {}),
          ...(j === 0 && !right ? { response: '{"choice":2}' } : {}),
        }),
      );
    }
  }
  return reviews.slice(0, count);
}

export function benchGrowth(sizes: readonly number[]): GrowthFigures[] {
  return sizes.map((count) => {
    const reviews = learnerReviews(count);
    const now = reviews.at(-1)!.at + 3_600_000;
    const plain = emptySave('p1', '学习者', START);
    plain.profiles[0]!.reviews = reviews;
    const uncompactedChars = serializeSave(plain).length;
    const profile = compactProfile(plain.profiles[0]!, now, -480, () => 'bench');
    const save: Save = { ...plain, version: SAVE_VERSION, profiles: [profile] };
    const text = serializeSave(save);
    const claims = new Set(reviews.map((r) => r.claim!));
    const factIds = [...claims];
    const queue = time(
      5,
      () => undefined,
      () => {
        const restored = restoreSave(text).save;
        const p = restored?.profiles[0];
        if (!p) throw new Error('the save did not restore');
        const log = effectiveReviews(p);
        const cards = replayHistory(p.archive, log, scheduler(p.settings.desiredRetention));
        const q = studyQueue(factIds, cards, {
          now,
          newCardsPerDay: p.settings.newCardsPerDay,
          newStartedToday: newCardsToday(log, now, -480, p.archive),
        });
        if (cards.size !== claims.size || q.due.length === 0)
          throw new Error('a memory is missing');
      },
    );
    return {
      reviews: count,
      memories: claims.size,
      chars: text.length,
      uncompactedChars,
      archived: profile.archive?.reviews ?? 0,
      notebook: profile.archive?.mistakes.length ?? 0,
      queue,
    };
  });
}
