import type { Review } from './schema';

/**
 * One answer: a flashcard grade, or a question answered (a match or ordering question records a
 * review per claim, all in one session at one moment, and they make one answer).
 */
export function answerKey(r: Review): string {
  return r.kind === 'card' ? r.id : `${r.kind}|${r.mode}|${r.session}|${r.at}`;
}

/** The first review of each answer: what the daily goal, streak and heatmap count. */
export function answersOf(reviews: readonly Review[]): Review[] {
  const seen = new Set<string>();
  return reviews.filter((r) => {
    const key = answerKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
