import type { ContentIndex } from '../content/index-content';
import type { Fact, PartialDate, Text } from '../content/schema';
import { allKinds, factDate, kindOf } from '../kinds';
import type { FactKindModule, RankedClaim } from '../kinds/types';
import { lookups } from './lookups';
import type { Difficulty } from './models';
import { follows, LATEST_RULES } from './rules';
import { type Value, type ValuePool, valueLabel } from './values';
import { capitalise } from './wording';

/**
 * One thing the facts say about one subject, with every value that makes it true.
 * Questions are drawn from claims; a claim knows which values are true, which are known
 * to be false, and how to say it in both languages.
 */
export interface Claim {
  /** `${factId}/${relation}` or, for claims across facts, a key naming the group. */
  id: string;
  relation: string;
  factIds: string[];
  values: Value[];
  /**
   * Values known to be false. When absent the claim is closed: its values are all the true
   * ones, so every other value in the pool is false.
   */
  knownFalse?: Value[];
  /** Values that must not be offered although they are not keyed (days within a date span). */
  avoid?: Value[];
  pool: ValuePool;
  /** The question when one value is asked for. */
  ask: Text;
  /** The question when several values are asked for (multiple select). */
  askMany?: Text;
  /**
   * The question with no options to choose from, for a flashcard, where `ask` reads "which of
   * these". Without it a card asks `askMany` (without its "select all") or `ask`.
   */
  recall?: Text;
  /** A sentence that is true exactly when `value` is one of `values`. */
  statement: (value: Value) => Text;
  /**
   * One sentence true of several values at once ("Russia and Kazakhstan were founding members
   * of …"), for explanations that state more than one: without it, one statement a value.
   */
  statementMany?: (values: readonly Value[]) => Text;
  /** The statement with a blank, for typed answers. */
  blank?: Text;
  /** A short name of the subject, for matching pairs. */
  subjectLabel: Text;
  /** Claims of one family with distinct values can be matched against each other. */
  matchFamily?: string;
  /**
   * A match question's prompt for the family, naming what is matched with what (请将下列党的全国
   * 代表大会与其开幕日期正确配对。): the claims of one family give the same one. Without it the
   * prompt names what the values are (lib/questions/match-prompt.ts).
   */
  matchPrompt?: Text;
  difficulty: Difficulty;
  /** Two-way claims (in person or by video) make true/false questions only. */
  trueFalseOnly?: boolean;
  /**
   * No value of its pool is both wrong and plausible (rules 7, attendanceOfTheTime): no
   * true/false question or statement to judge, which could only be true. Still a flashcard.
   */
  noPlausibleFalsehood?: boolean;
  /**
   * For a claim across facts (the meetings one person attended): the fact that records a value,
   * so an explanation of that value cites that fact's source. Without it, the first fact's.
   */
  factOfValue?: (value: Value) => string | undefined;
  /**
   * For a claim across facts: its questions when a deck asks it of some of its true values only
   * (its own meetings). "Which meeting did he attend in person?" would say there was one, when
   * the content records another in a second deck: the question asks "which of these".
   */
  among?: { ask: Text; askMany?: Text };
  /**
   * Every true value, when `values` holds a deck's share of them. A flashcard offers no options
   * to choose among, so it asks the whole question and answers with all of them.
   */
  complete?: Value[];
}

/** A dated event, for ordering questions. */
export interface TimelineEvent {
  factId: string;
  /** The event's own id where one fact holds several (a mission's steps); the fact's id if absent. */
  id?: string;
  label: Text;
  date: PartialDate;
  /** The claim of its date, which placing it reviews ("sco-ssc-19/date"); "<factId>/date" if absent. */
  claim?: string;
  /**
   * The event's group (a meeting's series) and its label with its number, for an ordering
   * question that holds no other event of the group: see FactKindModule.namedEventLabel.
   */
  group?: string;
  named?: Text;
}

/**
 * A claim whose question names its own answer is not asked: "In which city was the Shanghai
 * Cooperation Organisation founded?", "In which country was the 8th National Congress of the
 * Communist Party of China held?".
 */
function givesAway(index: ContentIndex, claim: Claim): boolean {
  const asks = [claim.ask, claim.askMany, claim.recall, claim.blank].filter(
    (x): x is Text => x !== undefined,
  );
  return claim.values.some((v) => {
    const label = valueLabel(index, v);
    return asks.some(
      (a) =>
        (label.zh.length > 1 && a.zh.includes(label.zh)) ||
        (label.en.length > 3 && a.en.toLowerCase().includes(label.en.toLowerCase())),
    );
  });
}

/** A sentence or question may begin with a name that reads "the …" in a sentence. */
function capitalised(claim: Claim): Claim {
  const up = (x: Text): Text => ({ zh: x.zh, en: capitalise(x.en) });
  const statement = claim.statement;
  return {
    ...claim,
    ask: up(claim.ask),
    ...(claim.askMany ? { askMany: up(claim.askMany) } : {}),
    ...(claim.recall ? { recall: up(claim.recall) } : {}),
    ...(claim.blank ? { blank: up(claim.blank) } : {}),
    statement: (v) => up(statement(v)),
    ...(claim.statementMany
      ? { statementMany: (vs: readonly Value[]) => up(claim.statementMany!(vs)) }
      : {}),
  };
}

interface ClaimCache {
  /** Each fact's claims, by the generator rules they were built by. */
  byFact: Map<number, Map<string, Claim[]>>;
  namedBy?: Map<string, string[]>;
}

const claimCaches = new WeakMap<ContentIndex, ClaimCache>();

function claimCache(index: ContentIndex): ClaimCache {
  let cache = claimCaches.get(index);
  if (!cache) {
    cache = { byFact: new Map() };
    claimCaches.set(index, cache);
  }
  return cache;
}

/**
 * The claims of one fact (those across a series aside) by these generator rules, built once per
 * content index and rules.
 */
export function claimsOfFact(
  index: ContentIndex,
  fact: Fact,
  rules: number = LATEST_RULES,
): Claim[] {
  const byRules = claimCache(index).byFact;
  let cache = byRules.get(rules);
  if (!cache) {
    cache = new Map();
    byRules.set(rules, cache);
  }
  let claims = cache.get(fact.id);
  if (!claims) {
    claims = kindOf(fact)
      .claims(index, fact, rules)
      .filter((c) => !givesAway(index, c))
      .map(capitalised);
    cache.set(fact.id, claims);
  }
  return claims;
}

/**
 * The claims about one fact as a deck holding it asks them: the fact's own claims, and the claims
 * across facts of its group (its series) restricted to the deck's facts. Each is a claim of
 * buildClaims for the deck by the same generator rules (lib/questions/rules.ts).
 */
export function claimsInDeck(
  index: ContentIndex,
  fact: Fact,
  deckFactIds: ReadonlySet<string>,
  rules: number = LATEST_RULES,
): Claim[] {
  const own = claimsOfFact(index, fact, rules);
  const groups = kindOf(fact).groups;
  if (!groups) return own;
  const about =
    groups.claimsAbout?.(index, fact, rules) ??
    groups
      .claims(index, groups.groupOf(fact), rules)
      .filter(({ claim }) => claim.factIds.includes(fact.id));
  const across = about.flatMap(({ claim }) => restrictToFacts(claim, deckFactIds, rules) ?? []);
  return [...own, ...across];
}

/** For each fact, the facts whose claims name it besides their own. */
function namedBy(index: ContentIndex): Map<string, string[]> {
  const cache = claimCache(index);
  if (!cache.namedBy) {
    const map = new Map<string, string[]>();
    for (const fact of index.facts) {
      for (const id of kindOf(fact).otherFactsNamed?.(fact) ?? []) {
        const list = map.get(id);
        if (list) list.push(fact.id);
        else map.set(id, [fact.id]);
      }
    }
    cache.namedBy = map;
  }
  return cache.namedBy;
}

/**
 * The claims across facts of these groups (the attendance across a series), in the order they
 * first arise in the content.
 */
function acrossGroups(
  index: ContentIndex,
  groups: readonly { kind: FactKindModule; groups: readonly string[] }[],
  rules: number,
): Claim[] {
  const ranked: RankedClaim[] = groups.flatMap(({ kind, groups: ids }) =>
    ids.flatMap((id) => kind.groups?.claims(index, id, rules) ?? []),
  );
  return ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]).map((r) => r.claim);
}

/**
 * Every claim the facts support, in content order. Facts outside `factIds` still decide what is
 * true. With `factIds`, only the claims about those facts are built: the cost follows the deck,
 * not the content. `rules` are the generator rules drawn by (lib/questions/rules.ts).
 */
export function buildClaims(
  index: ContentIndex,
  factIds?: ReadonlySet<string>,
  rules: number = LATEST_RULES,
): Claim[] {
  const look = lookups(index);
  if (!factIds) {
    return [
      ...index.facts.flatMap((fact) => claimsOfFact(index, fact, rules)),
      ...acrossGroups(
        index,
        allKinds().flatMap((kind) =>
          kind.groups ? [{ kind, groups: kind.groups.all(index) }] : [],
        ),
        rules,
      ),
    ];
  }
  const owners = new Set<number>();
  const groups = new Map<FactKindModule, Set<string>>();
  const named = namedBy(index);
  for (const id of factIds) {
    const fact = index.findFact(id);
    if (!fact) continue;
    owners.add(look.position(id));
    for (const other of named.get(id) ?? []) owners.add(look.position(other));
    const kind = kindOf(fact);
    if (kind.groups) {
      const ofKind = groups.get(kind) ?? new Set();
      ofKind.add(kind.groups.groupOf(fact));
      groups.set(kind, ofKind);
    }
  }
  const own = [...owners]
    .sort((a, b) => a - b)
    .flatMap((at) => claimsOfFact(index, index.facts[at]!, rules))
    .filter((c) => c.factIds.some((id) => factIds.has(id)));
  const across = acrossGroups(
    index,
    [...groups].map(([kind, ids]) => ({ kind, groups: [...ids] })),
    rules,
  ).flatMap((c) => restrictToFacts(c, factIds, rules) ?? []);
  return [...own, ...across];
}

/**
 * A cross-meeting claim asked within one deck: about that deck's meetings, and true of those
 * only. Its values are narrowed with its facts, so a deck that holds the 14th meeting alone keys
 * the 14th, never the 13th of another deck, and the 13th is not offered either (it is true, so
 * never known false). A claim that cannot tell which fact records a value keeps its values.
 */
function restrictToFacts(
  claim: Claim,
  factIds: ReadonlySet<string>,
  rules: number,
): Claim | undefined {
  const inDeck = claim.factIds.filter((id) => factIds.has(id));
  if (inDeck.length === 0) return undefined;
  // Rules 1, for the quiz codes drawn by them: every meeting of the series stays a true value.
  if (!follows(rules, 'seriesWithinDeck')) return { ...claim, factIds: inDeck };
  const factOf = claim.factOfValue;
  const values = factOf ? claim.values.filter((v) => factIds.has(factOf(v) ?? '')) : claim.values;
  if (values.length === claim.values.length) return { ...claim, factIds: inDeck, values };
  const { among } = claim;
  return {
    ...claim,
    factIds: inDeck,
    values,
    complete: claim.values,
    ...(among ? { ask: among.ask, ...(among.askMany ? { askMany: among.askMany } : {}) } : {}),
  };
}

interface PlacedEvent extends TimelineEvent {
  position: number;
}

const timelines = new WeakMap<ContentIndex, Map<string, PlacedEvent>>();

/**
 * For events of a list: whether another event of the list shares the label in either language.
 * (An event's own label is counted once, so a label used twice in either language collides.)
 */
function collisions(events: readonly { label: Text }[]): (label: Text) => boolean {
  const zh = new Map<string, number>();
  const en = new Map<string, number>();
  for (const { label } of events) {
    zh.set(label.zh, (zh.get(label.zh) ?? 0) + 1);
    en.set(label.en, (en.get(label.en) ?? 0) + 1);
  }
  return (label) => (zh.get(label.zh) ?? 0) > 1 || (en.get(label.en) ?? 0) > 1;
}

/** Every event of the content whose label tells it apart from every other, once per index. */
function contentTimeline(index: ContentIndex): Map<string, PlacedEvent> {
  const cached = timelines.get(index);
  if (cached) return cached;
  // Labels are compared with every dated event in the content, not only the deck's: a deck that
  // holds one of two meetings in Bishkek must still not call it just "the meeting in Bishkek".
  const plain = index.facts.flatMap((fact, position) => {
    const date = factDate(fact);
    const label = kindOf(fact).eventLabel?.(index, fact, false);
    return date && label ? [{ fact, factId: fact.id, label, date, position }] : [];
  });
  // Events that happened but are no fact count too: a label that fits one of them is ambiguous.
  const others = allKinds().flatMap((k) => k.otherEventLabels?.(index) ?? []);
  const collidesInPlain = collisions([...plain, ...others.map((label) => ({ label }))]);
  // Two meetings in one city need more detail; an event that stays ambiguous is left out,
  // since a learner could not tell which of the two is meant.
  const detailed = plain.flatMap((e) => {
    if (!collidesInPlain(e.label)) return [e];
    const label = kindOf(e.fact).eventLabel?.(index, e.fact, true);
    return label ? [{ ...e, label }] : [];
  });
  const collidesInDetailed = collisions(detailed);
  const events = new Map<string, PlacedEvent>();
  for (const { factId, label, date, position } of detailed) {
    if (!collidesInDetailed(label)) events.set(factId, { factId, label, date, position });
  }
  timelines.set(index, events);
  return events;
}

/** Dated events for ordering questions, each with a label that does not give its date away. */
export function timelineEvents(index: ContentIndex, facts: readonly Fact[]): TimelineEvent[] {
  const events = contentTimeline(index);
  const wanted = new Set(facts.map((f) => f.id));
  return [...wanted]
    .flatMap((id) => events.get(id) ?? [])
    .sort((a, b) => a.position - b.position)
    .map(({ factId, label, date }) => {
      const fact = index.fact(factId);
      const kind = kindOf(fact);
      const named = kind.namedEventLabel?.(index, fact);
      return {
        factId,
        label,
        date,
        claim: `${factId}/${kind.orderedBy ?? 'date'}`,
        ...(named && kind.groups ? { group: kind.groups.groupOf(fact), named } : {}),
      };
    });
}
