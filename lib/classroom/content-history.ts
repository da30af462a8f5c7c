import type { ContentBundle } from '../content/index-content';
import type { Deck, Entity, Fact } from '../content/schema';
import { hashString } from '../questions/random';

/**
 * Content versions, so that a quiz code keeps drawing the same quiz after content is added.
 *
 * A quiz is drawn from the whole content: distractors come from every deck and the glossary, and
 * a deck's bank from all its facts. So a code names the content version it was drawn from, and a
 * device with newer content draws from the items that version held (each still in its current
 * form, in the current order): the same questions, the same options in the same places. Each
 * item has a short hash of its content, so a device can tell which facts of a quiz were edited
 * since.
 *
 * The history (content/history.json, recorded by `npm run content:history`) lists, per version,
 * the items that came or changed (`set`, item key → hash) and the items that went (`drop`).
 * Item keys: `deck:<deck>`, `fact:<deck>/<fact>` (a deck's own fact), `include:<deck>/<fact>`
 * (a fact a deck includes from another) and `entity:<entity>`.
 * The schema that checks the file is in lib/content/history-file.ts: the browser gets the
 * history from the build and never parses it.
 */
export interface ContentVersion {
  set: Record<string, string>;
  drop: string[];
}

export interface ContentHistory {
  versions: ContentVersion[];
}

/** Content with the history it was recorded under, as the classroom pages receive it. */
export interface ClassroomContent extends ContentBundle {
  history?: ContentHistory;
}

/** Every item at one version: key → hash. */
export type ContentState = ReadonlyMap<string, string>;

/** JSON with object keys sorted, so that a hash does not follow the order of keys in a file. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function itemHash(item: Fact | Entity): string {
  return hashString(canonical(item)).toString(16).padStart(8, '0');
}

/** The items of this content and their hashes. */
export function currentState(content: ContentBundle): ContentState {
  const state = new Map<string, string>();
  for (const deck of content.decks) {
    state.set(`deck:${deck.id}`, '');
    for (const fact of deck.facts) state.set(`fact:${deck.id}/${fact.id}`, itemHash(fact));
    for (const id of deck.includes) state.set(`include:${deck.id}/${id}`, '');
  }
  for (const entity of content.entities) state.set(`entity:${entity.id}`, itemHash(entity));
  return state;
}

/** The latest version of a history: 0 for none. */
export function latestVersion(history: ContentHistory | undefined): number {
  return history?.versions.length ?? 0;
}

/** The items at `version` (1 is the first recorded). */
export function stateAt(history: ContentHistory, version: number): ContentState {
  const state = new Map<string, string>();
  for (const v of history.versions.slice(0, version)) {
    for (const key of v.drop) state.delete(key);
    for (const [key, hash] of Object.entries(v.set)) state.set(key, hash);
  }
  return state;
}

/** What changed from one state to the next, as a version; null when nothing did. */
export function versionBetween(before: ContentState, after: ContentState): ContentVersion | null {
  const set: Record<string, string> = {};
  for (const [key, hash] of after) if (before.get(key) !== hash) set[key] = hash;
  const drop = [...before.keys()].filter((key) => !after.has(key));
  return Object.keys(set).length === 0 && drop.length === 0 ? null : { set, drop };
}

/** The history with this content recorded as a new version, or unchanged if it is the latest. */
export function recordVersion(history: ContentHistory, content: ContentBundle): ContentHistory {
  const change = versionBetween(stateAt(history, latestVersion(history)), currentState(content));
  return change ? { versions: [...history.versions, change] } : history;
}

/** Entity ids a fact or an entity names, anywhere in it (references are plain id strings). */
function namedIds(value: unknown, known: ReadonlySet<string>, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (known.has(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) namedIds(v, known, out);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) namedIds(v, known, out);
  }
  return out;
}

/** Entities named by these items, and the entities those name, and so on. */
function entitiesNamed(
  items: readonly unknown[],
  entities: ReadonlyMap<string, Entity>,
): Set<string> {
  const known = new Set(entities.keys());
  const found = namedIds(items, known, new Set());
  for (const queue = [...found]; queue.length > 0;) {
    const entity = entities.get(queue.pop()!);
    for (const id of namedIds(entity, known, new Set())) {
      if (!found.has(id)) {
        found.add(id);
        queue.push(id);
      }
    }
  }
  return found;
}

const snapshots = new WeakMap<ContentBundle, Map<number, ContentBundle>>();

/**
 * The content as `version` held it: its decks, facts, includes and entities, each in its
 * current form and order. An entity a fact names since an edit is kept, so the facts still
 * resolve (the edit is reported by `editedFacts`). The same content and version give the same
 * object, so the question generator's per-content caches are shared.
 */
export function contentAt(content: ClassroomContent, version: number): ContentBundle {
  const history = content.history;
  if (!history || version === 0) return content;
  let byVersion = snapshots.get(content);
  if (!byVersion) snapshots.set(content, (byVersion = new Map()));
  const cached = byVersion.get(version);
  if (cached) return cached;
  const state = stateAt(history, version);
  const decks: Deck[] = content.decks
    .filter((d) => state.has(`deck:${d.id}`))
    .map((d) => ({
      ...d,
      facts: d.facts.filter((f) => state.has(`fact:${d.id}/${f.id}`)),
      includes: d.includes.filter((id) => state.has(`include:${d.id}/${id}`)),
    }));
  const byId = new Map(content.entities.map((e) => [e.id, e]));
  const named = entitiesNamed(
    decks.flatMap((d) => d.facts),
    byId,
  );
  const entities = content.entities.filter((e) => state.has(`entity:${e.id}`) || named.has(e.id));
  const snapshot: ContentBundle = { entities, decks };
  byVersion.set(version, snapshot);
  return snapshot;
}

/**
 * Which of these facts differ from what `version` held: the fact itself or an entity it names
 * was edited, or the fact is gone from its deck. Empty for content without a history.
 */
export function editedFacts(
  content: ClassroomContent,
  version: number,
  factIds: readonly string[],
): Set<string> {
  const edited = new Set<string>();
  const history = content.history;
  if (!history || version === 0) return edited;
  const state = stateAt(history, version);
  const then = new Map<string, string>();
  for (const [key, hash] of state) {
    if (key.startsWith('fact:')) then.set(key.slice(key.indexOf('/') + 1), hash);
  }
  const facts = new Map(content.decks.flatMap((d) => d.facts.map((f) => [f.id, f] as const)));
  const entities = new Map(content.entities.map((e) => [e.id, e]));
  for (const id of new Set(factIds)) {
    const fact = facts.get(id);
    if (!fact || then.get(id) !== itemHash(fact)) {
      edited.add(id);
      continue;
    }
    for (const entityId of entitiesNamed([fact], entities)) {
      if (state.get(`entity:${entityId}`) !== itemHash(entities.get(entityId)!)) {
        edited.add(id);
        break;
      }
    }
  }
  return edited;
}
