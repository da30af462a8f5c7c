import { dayNumber } from './days';
import type { ArchivedMistake, Review } from './schema';
import { SETTING_LIMITS } from './settings-limits';

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
  archived: readonly ArchivedMistake[] = [],
): Mistake[] {
  const open = new Map<string, Mistake & { session: string; rightDays: Set<number> }>();
  const day = (at: number) => dayNumber(at, offsetMinutes);
  // The notebook as the archive left it (lib/progress/archive.ts), for this setting.
  for (const entry of archived) {
    const { counts, rightDays, ...m } = fromArchive(entry);
    const wrongCount = counts[clearAfter - 1] ?? 0;
    if (wrongCount > 0) open.set(m.question, { ...m, wrongCount, rightDays: new Set(rightDays) });
  }
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

/** A question in the archived notebook, under every clear-after setting at once. */
interface Notebook extends Omit<Mistake, 'wrongCount'> {
  session: string;
  counts: number[];
  rightDays: number[];
}

function fromArchive([
  question,
  fact,
  kind,
  lastWrongAt,
  session,
  counts,
  rightDays,
  response,
  deck,
  seed,
]: ArchivedMistake): Notebook {
  return {
    question,
    fact,
    kind,
    lastWrongAt,
    session,
    counts,
    rightDays,
    ...(response !== null ? { response } : {}),
    ...(deck !== null ? { deck } : {}),
    ...(seed !== null ? { seed } : {}),
  };
}

function toArchive(m: Notebook): ArchivedMistake {
  return [
    m.question,
    m.fact,
    m.kind,
    m.lastWrongAt,
    m.session,
    m.counts,
    m.rightDays,
    m.response ?? null,
    m.deck ?? null,
    m.seed ?? null,
  ];
}

/**
 * The notebook state the archive keeps: what openMistakes would hold after `reviews` (and the
 * state before them), under every clear-after setting at once. Under each setting the state is
 * the same question, last wrong answer and right days; only the wrong count differs, and whether
 * the setting has cleared it (count 0).
 */
export function foldMistakes(
  archived: readonly ArchivedMistake[],
  reviews: readonly Review[],
  offsetMinutes: number,
): ArchivedMistake[] {
  const settings = SETTING_LIMITS.mistakeClearAfter.max;
  const day = (at: number) => dayNumber(at, offsetMinutes);
  const state = new Map<string, Notebook & { days: Set<number> }>();
  for (const entry of archived) {
    const m = fromArchive(entry);
    state.set(m.question, { ...m, days: new Set(m.rightDays) });
  }
  for (const r of reviews) {
    if (!r.question || r.kind === 'card') continue;
    const current = state.get(r.question);
    if (!answeredRight(r)) {
      state.set(r.question, {
        question: r.question,
        fact: r.fact,
        kind: r.kind,
        lastWrongAt: r.at,
        session: r.session,
        counts: Array.from({ length: settings }, (_, i) => {
          const before = current?.counts[i] ?? 0;
          return (before > 0 ? before : 0) + 1;
        }),
        rightDays: [],
        days: new Set(),
        ...(r.response ? { response: r.response } : {}),
        ...(r.deck ? { deck: r.deck } : {}),
        ...(r.seed !== undefined ? { seed: r.seed } : {}),
      });
    } else if (current && r.session !== current.session && day(r.at) > day(current.lastWrongAt)) {
      current.days.add(day(r.at));
      current.counts = current.counts.map((c, i) => (current.days.size >= i + 1 ? 0 : c));
      if (current.counts.every((c) => c === 0)) state.delete(r.question);
    }
  }
  return [...state.values()].map(({ days, ...m }) =>
    toArchive({ ...m, rightDays: [...days].sort((a, b) => a - b) }),
  );
}
