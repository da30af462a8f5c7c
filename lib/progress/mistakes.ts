import { dayNumber } from './days';
import type { Review } from './schema';

export interface Mistake {
  question: string;
  /** The last wrong answer, as given (JSON of a Response), where it was saved. */
  response?: string;
  fact: string;
  deck?: string;
  seed?: number;
  kind: Review['kind'];
  wrongCount: number;
  lastWrongAt: number;
}

/** Whether the answer a review records was right: its `right`, or else its grade. */
export function answeredRight(r: Review): boolean {
  return r.right ?? r.grade >= 2;
}

/**
 * The mistakes notebook (错题本): every question answered wrongly that has not since been
 * answered right on a later day. A right answer the same day as the mistake does not count,
 * however many page loads lie between: the learner has just seen the answer (redoing the
 * notebook straight after practice used to empty it). `offsetMinutes` is the learner's
 * Date.prototype.getTimezoneOffset(), which decides where a day ends. `clearAfter` (a setting)
 * asks for right answers on that many different later days; a new mistake starts the count again.
 */
export function openMistakes(
  reviews: readonly Review[],
  offsetMinutes = 0,
  clearAfter = 1,
): Mistake[] {
  const open = new Map<string, Mistake & { session: string; rightDays: Set<number> }>();
  const day = (at: number) => dayNumber(at, offsetMinutes);
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
        rightDays: new Set(),
        ...(r.response ? { response: r.response } : {}),
        ...(r.deck ? { deck: r.deck } : {}),
        ...(r.seed !== undefined ? { seed: r.seed } : {}),
      });
    } else if (current && r.session !== current.session && day(r.at) > day(current.lastWrongAt)) {
      current.rightDays.add(day(r.at));
      if (current.rightDays.size >= clearAfter) open.delete(r.question);
    }
  }
  return [...open.values()]
    .map(({ session: _session, rightDays: _days, ...mistake }) => mistake)
    .sort((a, b) => b.lastWrongAt - a.lastWrongAt);
}
