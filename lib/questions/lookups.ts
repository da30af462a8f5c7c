import type { ContentIndex } from '../content/index-content';
import type { PartialDate } from '../content/schema';
import { factDate, kindOf } from '../kinds';

/**
 * What the claims of one content share: the known dates, the leaders, the documents. Each is
 * computed once per content index, on first use, so that building the claims of one fact costs
 * the same in a deck of ten facts as in a content of a hundred thousand. Every list is in content
 * order, as the claims have always read it; none may be changed. A kind's own look-ups (a
 * series' meetings) are made the same way in its module, with `perIndex`.
 */
export interface ContentLookups {
  /** Dates of every dated fact, in content order. */
  knownDates: () => readonly PartialDate[];
  /** Hosts, chairs and proposers, in content order: people who could plausibly hold those roles. */
  leaders: () => readonly string[];
  /** How many glossary documents have each id (one, in valid content). */
  documentCounts: () => ReadonlyMap<string, number>;
  /** A fact's place in content order. */
  position: (factId: string) => number;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** A look-up made once per content index, on first use. */
export function perIndex<T>(make: (index: ContentIndex) => T): (index: ContentIndex) => T {
  const cache = new WeakMap<ContentIndex, T>();
  return (index) => {
    if (cache.has(index)) return cache.get(index) as T;
    const value = make(index);
    cache.set(index, value);
    return value;
  };
}

const cache = new WeakMap<ContentIndex, ContentLookups>();

export function lookups(index: ContentIndex): ContentLookups {
  const cached = cache.get(index);
  if (cached) return cached;
  const facts = index.facts;
  const positions = once(() => new Map(facts.map((f, i) => [f.id, i])));
  const made: ContentLookups = {
    knownDates: once(() => facts.map(factDate).filter((d): d is PartialDate => d !== undefined)),
    leaders: once(() => facts.flatMap((f) => kindOf(f).leaders?.(f) ?? [])),
    documentCounts: once(() => {
      const counts = new Map<string, number>();
      for (const d of index.entitiesOfType('document'))
        counts.set(d.id, (counts.get(d.id) ?? 0) + 1);
      return counts;
    }),
    position: (factId) => positions().get(factId) ?? -1,
  };
  cache.set(index, made);
  return made;
}
