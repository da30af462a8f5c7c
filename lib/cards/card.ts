import type { Text } from '../content/schema';

/*
 * A flashcard as the page shows it, and a session's order: what the cards made at build time
 * (./content-cards.ts) and the cards read in the browser (./session.ts) share. Nothing here
 * words a card, so the page's script can import it.
 */

/** One card as the page shows it: plain text, nothing to compute. */
export interface CardView {
  /** The claim id: the memory the card schedules. */
  key: string;
  fact: string;
  front: Text;
  answer: Text;
  /** For a name card: the answer is a name in this language, whatever the question language. */
  answerIn?: 'zh' | 'en';
  back?: Text;
  note?: Text;
  source: Text;
}

/**
 * A session's cards in the page's order: its claim cards as they come; in a session with name
 * cards (`names`, even none), a stable sort by each card's fact's place in the session puts each
 * fact's name cards after its claims, so they come up from the first day.
 */
export function sessionOrder(
  claims: readonly CardView[],
  names: readonly CardView[] | undefined,
  scopeIds: readonly string[],
): CardView[] {
  if (!names) return [...claims];
  const at = new Map(scopeIds.map((id, i) => [id, i]));
  return [...claims, ...names].sort((a, b) => (at.get(a.fact) ?? 0) - (at.get(b.fact) ?? 0));
}
