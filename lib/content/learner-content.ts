import type { ContentBundle } from './index-content';
import type { Fact } from './schema';
import { learnerSource } from './sources';

/*
 * The content as a page hands it to the browser: without what is kept for maintainers, the
 * fact-check rows (`source.checked`) and editors' notes (`editorNote`). Nothing a learner is
 * shown reads them, and a page's payload is readable by anyone who opens it.
 */

function learnerFact({ editorNote: _editorNote, ...fact }: Fact): Fact {
  return {
    ...fact,
    source: learnerSource(fact.source),
    ...(fact.claimSources
      ? {
          claimSources: fact.claimSources.map((s) => ({ ...learnerSource(s), claims: s.claims })),
        }
      : {}),
  } as Fact;
}

/** The content without its maintainer fields: the same decks, facts and entities otherwise. */
export function learnerContent(content: ContentBundle): ContentBundle {
  return {
    entities: content.entities,
    decks: content.decks.map((deck) => ({ ...deck, facts: deck.facts.map(learnerFact) })),
  };
}
