import { ALL_DECKS } from './settings-limits';

/*
 * What a flashcard session's cards are, in a module that imports no scheduler: the flashcards
 * and progress pages use it in their first-load script, and FSRS comes later with the store.
 */

/** A card of a flashcard session: the memory it schedules and the siblings it is buried with. */
export interface SessionCard {
  key: string;
  /** Cards of one group are siblings: only one new card of a group comes each day. */
  group: string;
}

/**
 * Siblings: a fact's claim cards, and apart from them its name cards (a name card asks nothing
 * its fact's claims answer; its two directions answer each other).
 */
export function siblingGroup(fact: string, nameCard: boolean): string {
  return `${fact}|${nameCard ? 'name' : 'claim'}`;
}

/*
 * The cards of the all-decks flashcard session, without their wording: what the home and
 * progress pages count today's cards over. The outline is made at build time from the content
 * (lib/questions/cards.ts, cardOutline); the session's name cards depend on the learner's
 * settings, so which facts have them is chosen here, by the rule the cards page follows.
 */

export interface CardOutline {
  /**
   * Every claim card, in content order: its key, and the fact it is about by its place in
   * `facts`. A key that starts with "<fact>/" is written without it: the outline is in the page.
   */
  claims: [key: string, fact: number][];
  /**
   * Every fact in content order: the deck it is shown in (its first; '' for none), and the entities
   * it names that have name cards, in the order the fact names them.
   */
  facts: [fact: string, deck: string, entities: string[]][];
}

/** The claim cards of an outline: each one's key and fact. */
export function outlineClaims(outline: CardOutline): [key: string, fact: string][] {
  return outline.claims.map(([key, at]) => {
    const fact = outline.facts[at]?.[0] ?? '';
    return [key.includes('/') ? key : `${fact}/${key}`, fact];
  });
}

/**
 * The facts whose name cards a session has: all of its facts when name cards are on for the
 * session (`scope`: a deck id, or ALL_DECKS), else in the all-decks session those of the decks
 * they are on for.
 */
export function factsWithNames(
  facts: readonly { id: string; deck: string | undefined }[],
  scope: string,
  nameDecks: readonly string[],
): string[] {
  if (nameDecks.includes(scope)) return facts.map((f) => f.id);
  if (scope !== ALL_DECKS) return [];
  return facts.filter((f) => nameDecks.includes(f.deck ?? ALL_DECKS)).map((f) => f.id);
}

/**
 * The sessions with name cards: the profile's choice, or on a device that switched them on before
 * they were per profile (`legacyOn`), every session until the learner chooses.
 */
export function nameCardSessions(
  saved: readonly string[] | undefined,
  legacyOn: boolean,
): readonly string[] {
  return saved ?? (legacyOn ? [ALL_DECKS] : []);
}

/** The name card keys of an entity: one for each language shown. */
export function nameCardKeys(entity: string): [string, string] {
  return [`name:${entity}:zh`, `name:${entity}:en`];
}

/**
 * The all-decks session's cards, in the cards page's order: each fact's claim cards, then its
 * name cards (an entity's, with the first fact that names it).
 */
export function allDecksSession(outline: CardOutline, nameDecks: readonly string[]): SessionCard[] {
  const facts = outline.facts.map(([id, deck]) => ({ id, deck: deck || undefined }));
  const named = new Set(factsWithNames(facts, ALL_DECKS, nameDecks));
  const at = new Map(outline.facts.map(([id], i) => [id, i]));
  const cards: (SessionCard & { at: number })[] = outlineClaims(outline).map(([key, fact]) => ({
    key,
    group: siblingGroup(fact, false),
    at: at.get(fact) ?? 0,
  }));
  const seen = new Set<string>();
  for (const [fact, , entities] of outline.facts) {
    if (!named.has(fact)) continue;
    for (const entity of entities) {
      if (seen.has(entity)) continue;
      seen.add(entity);
      for (const key of nameCardKeys(entity))
        cards.push({ key, group: siblingGroup(fact, true), at: at.get(fact) ?? 0 });
    }
  }
  // As on the cards page: with name cards, a stable sort by fact (name cards follow their fact's
  // claims); without, the claims' own order.
  if (named.size === 0) return cards.map(({ key, group }) => ({ key, group }));
  return cards.sort((a, b) => a.at - b.at).map(({ key, group }) => ({ key, group }));
}

/**
 * Each fact's own claims (not those across facts), for reviews saved before claims were the
 * memory unit: such a review counts for each of them.
 */
export function claimsOfOutline(
  outline: CardOutline,
): (fact: string) => readonly string[] | undefined {
  const map = new Map<string, string[]>();
  for (const [key, fact] of outlineClaims(outline)) {
    if (key.split('/')[0] !== fact) continue;
    const list = map.get(fact);
    if (list) list.push(key);
    else map.set(fact, [key]);
  }
  return (fact) => map.get(fact);
}
