import type { Review } from './schema';

export interface Mistake {
  question: string;
  fact: string;
  deck?: string;
  seed?: number;
  kind: Review['kind'];
  wrongCount: number;
  lastWrongAt: number;
}

/**
 * The mistakes notebook (错题本): every question answered wrongly that has not since been
 * answered right in a later session. A right answer in the same session as the mistake does not
 * count: the learner has just seen the answer.
 */
/** Whether the answer a review records was right: its `right`, or else its grade. */
export function answeredRight(r: Review): boolean {
  return r.right ?? r.grade >= 2;
}

export function openMistakes(reviews: readonly Review[]): Mistake[] {
  const open = new Map<string, Mistake & { session: string }>();
  for (const r of reviews) {
    if (!r.question || r.kind === 'card') continue;
    const current = open.get(r.question);
    if (!answeredRight(r)) {
      open.set(r.question, {
        question: r.question,
        fact: r.fact,
        kind: r.kind,
        wrongCount: (current?.wrongCount ?? 0) + 1,
        lastWrongAt: r.at,
        session: r.session,
        ...(r.deck ? { deck: r.deck } : {}),
        ...(r.seed !== undefined ? { seed: r.seed } : {}),
      });
    } else if (current && r.session !== current.session) {
      open.delete(r.question);
    }
  }
  return [...open.values()]
    .map(({ session: _session, ...mistake }) => mistake)
    .sort((a, b) => b.lastWrongAt - a.lastWrongAt);
}
