import fc from 'fast-check';
import type { ContentBundle } from '../../lib/content/index-content';
import { outlineOf } from '../../lib/content/outline';

/** Whether the content holds together: a deck may include, or a claim compare, a fact left out. */
export function makesCards(content: ContentBundle): boolean {
  try {
    outlineOf(content);
    return true;
  } catch {
    return false;
  }
}

/** Some of one bundle's decks, each with all or some of its facts, that still make cards. */
export function arbPartialContent(bundles: readonly ContentBundle[]): fc.Arbitrary<ContentBundle> {
  return fc
    .constantFrom(...bundles)
    .chain((bundle) =>
      fc
        .tuple(
          ...bundle.decks.map((deck) =>
            fc.option(
              fc.oneof(fc.constant(deck.facts), fc.subarray(deck.facts, { minLength: 1 })),
              { nil: undefined, freq: 3 },
            ),
          ),
        )
        .map((picked) => ({
          entities: bundle.entities,
          decks: bundle.decks.flatMap((deck, i) => {
            const facts = picked[i];
            return facts ? [{ ...deck, facts }] : [];
          }),
        })),
    )
    .filter((c) => c.decks.length > 0 && makesCards(c));
}
