import type { QuestionKind } from '../questions/models';
import { createRandom } from '../questions/random';

/**
 * A classroom quiz's first question, its opener (generator rules `openerFirst`,
 * lib/questions/rules.ts). The code alone chooses the opener's deck and kind; the opener is then
 * one of a few questions of that deck and kind that do not depend on the code, which the export
 * writes to a small file per deck (openers-file.ts). A projector can so show the first
 * question as soon as that file has come, before it has the generator, the content or even its
 * scripts (components/classroom/earlyPresent.ts), and every device still draws the same quiz:
 * the generator computes the same candidates from the content (quiz.ts, drawQuestions).
 *
 * This module holds only the choice, so that the early script carries no generator.
 */

/** The kinds an opener may be of: one prompt and its options, which the early slide can draw. */
export const OPENER_KINDS = ['single', 'truefalse', 'multiple'] as const satisfies QuestionKind[];
export type OpenerKind = (typeof OPENER_KINDS)[number];

/** Candidates per deck and kind: the seed chooses among them. */
export const OPENERS_PER_KIND = 4;

/** The seed the candidates are drawn with: any fixed value, the same for every code. */
export const OPENER_SEED = 'opener';

export function isOpenerKind(kind: QuestionKind): kind is OpenerKind {
  return (OPENER_KINDS as readonly QuestionKind[]).includes(kind);
}

/** What the code decides: which of its decks (by position) and which kind, and which candidate. */
export interface OpenerPick {
  deck: number;
  kind: OpenerKind;
  /** Taken modulo the candidates there are. */
  index: number;
}

/**
 * The opener's deck, kind and candidate, from the code's settings alone; undefined when the quiz
 * asks none of the opener kinds (it is then drawn as before the rule).
 */
export function pickOpener(settings: {
  seed: number;
  kinds: readonly QuestionKind[];
  deckCount: number;
}): OpenerPick | undefined {
  const kinds = OPENER_KINDS.filter((k) => settings.kinds.includes(k));
  if (kinds.length === 0 || settings.deckCount < 1) return undefined;
  const random = createRandom(`${settings.seed}|opener`);
  const deck = random.int(settings.deckCount);
  const kind = kinds[random.int(kinds.length)]!;
  return { deck, kind, index: random.nextUint32() };
}

/** The candidate a pick names, or undefined where the deck has none of its kind. */
export function candidateAt<Q>(candidates: readonly Q[], pick: OpenerPick): Q | undefined {
  return candidates.length === 0 ? undefined : candidates[pick.index % candidates.length];
}
