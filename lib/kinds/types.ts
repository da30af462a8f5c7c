import type { ContentIndex } from '../content/index-content';
import type { EntityType, Fact, FactKind, Id, PartialDate, Text } from '../content/schema';
import type { Claim } from '../questions/claims';

/**
 * What one fact kind knows about itself. Generic code (content checks, claims, explanations,
 * timelines, maps) asks the kind's module through the registry in ./index and never names a
 * kind. A module is plain data and functions: no zod (its schema is in ./<kind>/schema.ts and
 * runs at build time only), so the browser can load every kind for question generation.
 */
export interface FactKindModule<F extends Fact = Fact> {
  kind: F['kind'];
  /** What a fact of the kind records, in a few words, for authors: content:check suggests kinds by it. */
  summary: string;
  /** Words an author may use for the kind ("appointment" for office): content:check suggests the kind. */
  alsoCalled?: readonly string[];

  /**
   * The date the fact is placed at (timelines, ordering, the deck map, date distractors) when it
   * is not the fact's `date` field: an office's first day.
   */
  date?: (fact: F) => PartialDate | undefined;

  // ── Content checks (content:check, the build) ──
  /** Every glossary entity the fact names, with the types its field allows. */
  entityRefs: (fact: F) => EntityRef[];
  /** Every fact id the fact names. */
  factRefs?: (fact: F) => FactRef[];
  /** The checks of the kind's own fields (arithmetic, duplicates, ids unique across facts). */
  check?: (fact: F, context: CheckContext) => void;

  // ── Claims and questions ──
  /**
   * The fact's own claims, in the order they are asked, by these generator rules
   * (lib/questions/rules.ts): a kind whose claims a correction changed asks `follows`.
   */
  claims: (index: ContentIndex, fact: F, rules: number) => Claim[];
  /**
   * Claims across several facts of the kind (which meetings of a series one person attended).
   * Each fact belongs to one group; a deck asks a group's claims restricted to its facts.
   */
  groups?: ClaimGroups<F>;
  /**
   * Facts the fact's claims name besides itself (a statement's occasions). A deck holding only
   * one of them still asks the claim; tests/unit/claims-lookup.test.ts holds every claim to it.
   */
  otherFactsNamed?: (fact: F) => readonly string[];
  /**
   * How an ordering question names the event, without its date or number; `detailed` adds what
   * tells two events of one place apart. No label: the fact is not put in order.
   */
  eventLabel?: (index: ContentIndex, fact: F, detailed: boolean) => Text | undefined;
  /**
   * How an ordering question names the event when nothing else of its group (its series) is
   * in the question: with its number (中国共产党第三次全国代表大会在广州举行), which then gives
   * no order away. Also how the explanation names it, once the order is shown.
   */
  namedEventLabel?: (index: ContentIndex, fact: F) => Text;
  /**
   * Labels of events that happened but are no fact (a series' other meetings): ordering labels
   * must tell the recorded events apart from them as well.
   */
  otherEventLabels?: (index: ContentIndex) => readonly Text[];
  /** The event's name in a sentence ("at the 19th meeting …"), where it has one. */
  eventName?: (index: ContentIndex, fact: F) => Text | undefined;
  /** The relation of the claim that placing the event in order reviews: `date` unless set. */
  orderedBy?: string;
  /**
   * The dated steps within one fact (a mission's milestones), for an ordering question on the
   * fact alone: each with an id of its own, a label without its date, and the claim of its date.
   */
  steps?: (index: ContentIndex, fact: F) => readonly Step[];

  // ── Text for learners ──
  /** One or two sentences that state the fact in full (its note is added after them). */
  explain: (index: ContentIndex, fact: F) => Text;
  /** A short title for timelines and lists. */
  headline: (index: ContentIndex, fact: F) => Text;

  // ── Maps and look-ups ──
  /** Cities the fact puts on the deck map. */
  cityMentions?: (fact: F) => CityMention[];
  /** Where the fact puts a person in person on its date (for trips on the map). */
  presences?: (fact: F, date: PartialDate) => Presence[];
  /** People the fact shows as hosts, chairs or proposers (distractors for such roles). */
  leaders?: (fact: F) => string[];
}

/** A dated step within one fact: a mission's launch, docking, landing. */
export interface Step {
  id: string;
  label: Text;
  date: PartialDate;
  /** The claim of its date, which placing it reviews. */
  claim: string;
}

/** The registry's type: one module per kind of the schema, so a kind left out fails tsc. */
export type KindRegistry = { [K in FactKind]: FactKindModule<Extract<Fact, { kind: K }>> };

export interface EntityRef {
  field: string;
  id: string;
  types: readonly EntityType[];
}

export interface FactRef {
  field: string;
  id: string;
  /** The id may name a glossary entity instead of a fact (an audience's occasion). */
  orEntity?: boolean;
}

export interface CheckContext {
  /** Reports a problem in a field of the fact. */
  at: (field: string, message: string) => void;
  /** A fact of any deck by id. */
  fact: (id: string) => Fact | undefined;
  /** Every fact of the content, in content order (for a check against facts of another kind). */
  facts: () => readonly Fact[];
  /**
   * For a value that must be unique across the content (a series' ordinal): records this fact
   * under `key` and returns the fact recorded under it before, if any.
   */
  claimKey: (key: string) => string | undefined;
}

/** How a fact ties a city to itself: the event was held there, or someone joined it by video from there. */
export type PlaceRole = 'venue' | 'video-from';

export interface CityMention {
  city: Id;
  role: PlaceRole;
  /**
   * The state the city lay in at the time, where the fact records it (a meeting's host
   * country): Moscow was in the Soviet Union in 1928, Sarajevo in Yugoslavia in 1984.
   */
  country?: Id;
}

export interface Presence {
  person: Id;
  city: Id;
  date: PartialDate;
  factId: Id;
}

/** A claim across facts, with the place in content order where it first arises. */
export interface RankedClaim {
  claim: Claim;
  /** The position of the first fact it arises from, then a position within that fact. */
  rank: [number, number];
}

export interface ClaimGroups<F extends Fact> {
  /** The group a fact belongs to (a meeting's series). */
  groupOf: (fact: F) => string;
  /** Every group of the content, in content order. */
  all: (index: ContentIndex) => readonly string[];
  /** The claims of one group by these generator rules, built once per content index. */
  claims: (index: ContentIndex, group: string, rules: number) => readonly RankedClaim[];
  /**
   * The claims of `claims` about one fact (those whose factIds hold it), in their order. A quiz
   * that draws one fact then builds only these; without it, the group's claims are filtered.
   */
  claimsAbout?: (index: ContentIndex, fact: F, rules: number) => readonly RankedClaim[];
}
