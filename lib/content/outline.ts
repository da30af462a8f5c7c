import { type ContentBundle, indexContent } from './index-content';
import type { CardOutline } from '../progress/session-cards';
import { cardOutline } from '../questions/cards';

/** The all-decks flashcard session's outline, for a page that counts today's cards. */
export function outlineOf(content: ContentBundle): CardOutline {
  const index = indexContent(content);
  return cardOutline(
    index,
    content.decks.map((d) => ({ id: d.id, facts: index.deckFacts(d).map((f) => f.id) })),
  );
}
