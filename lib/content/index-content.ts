import type { Deck, Entity, EntityType, Fact, Id } from './schema';

/** Everything the app knows: plain data, so it can cross from server to client components. */
export interface ContentBundle {
  entities: Entity[];
  decks: Deck[];
}

/** Look-ups over a bundle. Built once where needed; never stored. */
export interface ContentIndex {
  bundle: ContentBundle;
  entity: (id: Id) => Entity;
  findEntity: (id: Id) => Entity | undefined;
  fact: (id: Id) => Fact;
  findFact: (id: Id) => Fact | undefined;
  /** Every fact of every deck, each once, in file order. */
  facts: Fact[];
  deck: (id: Id) => Deck | undefined;
  /** A deck's own facts and the facts it includes from other decks. */
  deckFacts: (deck: Deck) => Fact[];
  entitiesOfType: (type: EntityType) => Entity[];
  /** Every glossary entity, in file order. */
  entities: readonly Entity[];
}

export function indexContent(bundle: ContentBundle): ContentIndex {
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  const facts: Fact[] = [];
  const factById = new Map<Id, Fact>();
  for (const deck of bundle.decks) {
    for (const fact of deck.facts) {
      if (!factById.has(fact.id)) {
        factById.set(fact.id, fact);
        facts.push(fact);
      }
    }
  }
  const decks = new Map(bundle.decks.map((d) => [d.id, d]));
  const byType = new Map<EntityType, Entity[]>();
  for (const e of bundle.entities) {
    const ofType = byType.get(e.type);
    if (ofType) ofType.push(e);
    else byType.set(e.type, [e]);
  }
  return {
    bundle,
    entity: (id) => {
      const e = entities.get(id);
      if (!e) throw new Error(`Unknown entity "${id}"`);
      return e;
    },
    findEntity: (id) => entities.get(id),
    fact: (id) => {
      const f = factById.get(id);
      if (!f) throw new Error(`Unknown fact "${id}"`);
      return f;
    },
    findFact: (id) => factById.get(id),
    facts,
    deck: (id) => decks.get(id),
    deckFacts: (deck) => [
      ...deck.facts,
      ...deck.includes.map((id) => factById.get(id)).filter((f): f is Fact => f !== undefined),
    ],
    entitiesOfType: (type) => byType.get(type) ?? [],
    entities: bundle.entities,
  };
}
