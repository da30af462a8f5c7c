import { factDate, yearOf } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import type { Fact, MeetingFact, MembershipFact, PartialDate } from '../content/schema';

/**
 * What the claims of one content share: the known dates, the meetings of each series, the
 * leaders. Each is computed once per content index, on first use, so that building the claims
 * of one fact costs the same in a deck of ten facts as in a content of a hundred thousand.
 * Every list is in content order, as the claims have always read it; none may be changed.
 */
export interface SeriesFacts {
  /** The series' meetings in content order. */
  meetings: readonly MeetingFact[];
  /** Host cities of its meetings, one per meeting held in a city. */
  cities: readonly string[];
  hosts: readonly string[];
  ordinals: readonly number[];
  /** The dates of its meetings. */
  dates: readonly PartialDate[];
  /** The formats its meetings were held in, each once. */
  formats: ReadonlySet<MeetingFact['format']>;
  /** Everyone recorded as attending one of its meetings, one entry per attendance. */
  attendees: readonly string[];
  /** Meetings whose attendance is recorded, by ordinal. */
  recorded: readonly MeetingFact[];
}

export interface MembershipLookups {
  facts: readonly MembershipFact[];
  joined: readonly string[];
  years: readonly number[];
  events: readonly string[];
}

export interface ContentLookups {
  /** Dates of every dated fact, in content order. */
  knownDates: () => readonly PartialDate[];
  /** Hosts, chairs and proposers, in content order: people who could plausibly hold those roles. */
  leaders: () => readonly string[];
  audienceCities: () => readonly string[];
  memberships: () => MembershipLookups;
  series: (id: string) => SeriesFacts;
  /** Every series with a meeting, in order of its first meeting. */
  seriesIds: () => readonly string[];
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

function seriesFacts(meetings: readonly MeetingFact[]): SeriesFacts {
  return {
    meetings,
    cities: meetings.flatMap((f) => (f.city ? [f.city] : [])),
    hosts: meetings.map((f) => f.hostCountry),
    ordinals: meetings.map((f) => f.ordinal),
    dates: meetings.map((f) => f.date),
    formats: new Set(meetings.map((f) => f.format)),
    attendees: meetings.flatMap((f) => f.attendance.map((x) => x.person)),
    recorded: meetings.filter((m) => m.attendance.length > 0).sort((a, b) => a.ordinal - b.ordinal),
  };
}

const cache = new WeakMap<ContentIndex, ContentLookups>();

export function lookups(index: ContentIndex): ContentLookups {
  const cached = cache.get(index);
  if (cached) return cached;
  const facts = index.facts;
  const meetingsBySeries = once(() => {
    const bySeries = new Map<string, MeetingFact[]>();
    for (const f of facts) {
      if (f.kind !== 'meeting') continue;
      const list = bySeries.get(f.series);
      if (list) list.push(f);
      else bySeries.set(f.series, [f]);
    }
    return bySeries;
  });
  const series = new Map<string, SeriesFacts>();
  const positions = once(() => new Map(facts.map((f, i) => [f.id, i])));
  const made: ContentLookups = {
    knownDates: once(() => facts.map(factDate).filter((d): d is PartialDate => d !== undefined)),
    leaders: once(() => facts.flatMap(leaderOf)),
    audienceCities: once(() => facts.flatMap((f) => (f.kind === 'audience' ? [f.city] : []))),
    memberships: once(() => {
      const all = facts.filter((f): f is MembershipFact => f.kind === 'membership');
      return {
        facts: all,
        joined: all.flatMap((f) => f.joined),
        years: all.map((f) => yearOf(f.date)),
        events: all.flatMap((f) => (f.event ? [f.event] : [])),
      };
    }),
    series: (id) => {
      let s = series.get(id);
      if (!s) {
        s = seriesFacts(meetingsBySeries().get(id) ?? []);
        series.set(id, s);
      }
      return s;
    },
    seriesIds: once(() => [...meetingsBySeries().keys()]),
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

function leaderOf(f: Fact): string[] {
  switch (f.kind) {
    case 'audience':
      return [f.host];
    case 'summit':
      return [f.chair];
    case 'initiative':
      return [f.proposer];
    default:
      return [];
  }
}
