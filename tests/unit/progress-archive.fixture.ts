import type { Grade, Review } from '@/lib/progress/schema';

/*
 * A long, varied history for the compaction tests: quiz answers (some on two claims at once,
 * about one in five wrong, wrong answers kept with their response) and flashcard grades, several
 * sessions a day at changing hours, over `days` days. Deterministic: a small seeded generator.
 */

export const DAY = 86_400_000;
export const START = Date.UTC(2026, 0, 1, 6, 0, 0);

function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 40 facts of 2 claims each: `f7/a`, `f7/b`. */
export const FACTS = Array.from({ length: 40 }, (_, i) => `f${i}`);
export const claimsOf = (fact: string) => [`${fact}/a`, `${fact}/b`];

export function history(days: number, perDay: number, seed = 1): Review[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const reviews: Review[] = [];
  let n = 0;
  const id = () => `r${(n++).toString(36).padStart(8, '0')}`;
  for (let d = 0; d < days; d++) {
    // A session at a different hour each day, a second one most days.
    const sessions = random() < 0.7 ? 2 : 1;
    for (let s = 0; s < sessions; s++) {
      const session = `d${d}s${s}`;
      let at = START + d * DAY + Math.floor(random() * 20) * 3_600_000 + s * 7_200_000;
      for (let i = 0; i < perDay / sessions; i++) {
        at += 5_000 + Math.floor(random() * 60_000);
        const fact = pick(FACTS.slice(0, Math.min(FACTS.length, 6 + d)));
        if (random() < 0.4) {
          reviews.push({
            id: id(),
            fact,
            claim: pick(claimsOf(fact)),
            grade: pick([1, 2, 3, 3, 3, 4] as Grade[]),
            at,
            kind: 'card',
            mode: 'cards',
            session,
          });
          continue;
        }
        const right = random() < 0.8;
        const both = random() < 0.25;
        const parts = both ? claimsOf(fact) : [pick(claimsOf(fact))];
        const kind = both ? 'match' : 'single';
        const question = `${kind}:${fact}`;
        parts.forEach((claim, j) =>
          reviews.push({
            id: id(),
            fact,
            claim,
            grade: (right || j > 0 ? 3 : 1) as Grade,
            at,
            kind,
            mode: 'practice',
            session,
            deck: 'deck1',
            ...(j === 0 ? { question, right, seed: 1000 + d } : {}),
            ...(j === 0 && !right ? { response: `{"choice":${i % 4}}` } : {}),
          }),
        );
      }
    }
  }
  return reviews;
}
