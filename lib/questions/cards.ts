import type { ContentIndex } from '../content/index-content';
import type { Fact, Text } from '../content/schema';
import { nameCardWording } from '../cards/name-cards';
import type { CardOutline } from '../progress/session-cards';
import { buildClaims, type Claim } from './claims';
import { valueLabel } from './values';
import { joinEnglish } from './wording';

/**
 * Flashcards: one card per atomic claim, the same unit every quiz question feeds. The front asks
 * the claim's question and shows nothing of its answer; the back gives the answer, a sentence
 * that states it, and the fact's context note.
 */
export interface Flashcard {
  /** The claim id: the memory the card schedules. */
  key: string;
  /** The fact the claim is about, for its source and note. */
  fact: Fact;
  front: Text;
  answer: Text;
  /** For a name card: the answer is a name in this language, whatever the question language. */
  answerIn?: 'zh' | 'en';
  back: Text;
}

function answerOf(index: ContentIndex, claim: Claim): Text {
  const labels = (claim.complete ?? claim.values).map((v) => valueLabel(index, v));
  return { zh: labels.map((l) => l.zh).join('、'), en: joinEnglish(labels.map((l) => l.en)) };
}

/**
 * One sentence on every true value where the claim has one, else a sentence per value, or for
 * many values the answer alone (it is shown above).
 */
function backOf(claim: Claim): Text | undefined {
  const values = claim.complete ?? claim.values;
  if (values.length > 1 && claim.statementMany) return claim.statementMany(values);
  if (values.length > 3) return undefined;
  const parts = values.map(claim.statement);
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}

/**
 * The card's question: one with no options to pick from. A claim with one true value asks for
 * one ("哪个国家获准加入", not "哪些国家").
 */
function frontOf(claim: Claim): Text {
  if (claim.recall) return claim.recall;
  if (!claim.askMany || (claim.complete ?? claim.values).length === 1) return claim.ask;
  return {
    zh: claim.askMany.zh.replace(/（多选）$/, ''),
    en: claim.askMany.en.replace(/ \(Select all that apply\.\)$/, ''),
  };
}

const made = new WeakMap<ContentIndex, Map<string, Flashcard[]>>();

/**
 * The cards of these facts, in content order: each fact's claims, then the claims across facts
 * (which meetings one person attended) after the last fact they name.
 */
export function flashcards(index: ContentIndex, factIds: readonly string[]): Flashcard[] {
  let byKey = made.get(index);
  if (!byKey) made.set(index, (byKey = new Map()));
  const cacheKey = factIds.join(',');
  const cached = byKey.get(cacheKey);
  if (cached) return cached;
  const cards: Flashcard[] = buildClaims(index, new Set(factIds)).map((claim) => {
    const fact = index.fact(claim.factIds[0] ?? '');
    const back = backOf(claim);
    return {
      key: claim.id,
      fact,
      front: frontOf(claim),
      answer: answerOf(index, claim),
      back: back ?? { zh: '', en: '' },
    };
  });
  byKey.set(cacheKey, cards);
  return cards;
}

/** Every glossary id a fact names, in the order its fields name them. */
function entityIdsOf(index: ContentIndex, value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (index.findEntity(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) entityIdsOf(index, v, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) if (key !== 'id') entityIdsOf(index, v, out);
  }
}

/** The entities a fact names that have name cards: a group ("the heads of delegation") is a
 * description, not a name to learn. */
export function namedEntities(index: ContentIndex, fact: Fact): string[] {
  const ids = new Set<string>();
  entityIdsOf(index, fact, ids);
  return [...ids].filter((id) => index.entity(id).type !== 'group');
}

/**
 * Name cards (中英名称卡): the official Chinese and English names of the people, places, bodies and
 * documents these facts name, both ways (lib/cards/name-cards.ts), each entity's with the first
 * fact that names it.
 */
export function nameCards(index: ContentIndex, factIds: readonly string[]): Flashcard[] {
  const cards: Flashcard[] = [];
  const seen = new Set<string>();
  for (const id of factIds) {
    const fact = index.fact(id);
    for (const entityId of namedEntities(index, fact)) {
      if (seen.has(entityId)) continue;
      seen.add(entityId);
      const { zh, en } = index.entity(entityId).name;
      for (const wording of nameCardWording(entityId, { zh, en }))
        cards.push({ ...wording, fact, back: { zh: '', en: '' } });
    }
  }
  return cards;
}

/**
 * The all-decks flashcard session without its wording (lib/progress/session-cards.ts): what the
 * home and progress pages count today's cards over, made at build time.
 */
export function cardOutline(
  index: ContentIndex,
  decks: readonly { id: string; facts: readonly string[] }[],
): CardOutline {
  const deckOf = new Map<string, string>();
  for (const deck of decks) for (const f of deck.facts) if (!deckOf.has(f)) deckOf.set(f, deck.id);
  const ids = [...new Set(index.facts.map((f) => f.id))];
  const at = new Map(ids.map((id, i) => [id, i]));
  return {
    claims: flashcards(index, ids).map((c) => {
      const suffix = c.key.slice(c.fact.id.length + 1);
      if (c.key.startsWith(`${c.fact.id}/`) && !suffix.includes('/'))
        return [suffix, at.get(c.fact.id) ?? 0];
      // A key written whole is told from a suffix by its "/" (lib/progress/session-cards.ts).
      if (!c.key.includes('/')) throw new Error(`claim key "${c.key}" has no "/"`);
      return [c.key, at.get(c.fact.id) ?? 0];
    }),
    facts: ids.map((id) => [id, deckOf.get(id) ?? '', namedEntities(index, index.fact(id))]),
  };
}

const claimsByFact = new WeakMap<ContentIndex, Map<string, string[]>>();

/**
 * The claims of each fact across the whole content: reviews saved before claims were the memory
 * unit name a fact only, and count for each of its claims.
 */
export function claimsOfFact(index: ContentIndex): (fact: string) => readonly string[] | undefined {
  let map = claimsByFact.get(index);
  if (!map) {
    map = new Map();
    for (const claim of buildClaims(index, new Set(index.facts.map((f) => f.id)))) {
      const fact = claim.factIds[0];
      if (!fact || claim.id.split('/')[0] !== fact) continue;
      const list = map.get(fact);
      if (list) list.push(claim.id);
      else map.set(fact, [claim.id]);
    }
    claimsByFact.set(index, map);
  }
  const found = map;
  return (fact) => found.get(fact);
}

/**
 * Claim sources (`claimSources`) that name no claim of their fact: content:check reports them,
 * with the claims the fact has.
 */
export function strayClaimSources(
  index: ContentIndex,
): { fact: string; claim: string; known: readonly string[] }[] {
  const claimsOf = claimsOfFact(index);
  return index.facts.flatMap((fact) => {
    const known = (claimsOf(fact.id) ?? []).map((id) => id.slice(fact.id.length + 1));
    return (fact.claimSources ?? []).flatMap((source) =>
      source.claims
        .filter((c) => !known.includes(c))
        .map((claim) => ({ fact: fact.id, claim, known })),
    );
  });
}
