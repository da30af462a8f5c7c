import { compareDates, datePrecision, dateRange } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import type { Entity, Fact, Id, PartialDate, Text } from '../content/schema';
import { factDate, kindOf } from '../kinds';
import type { CityMention, PlaceRole, Presence } from '../kinds/types';

/** [longitude, latitude] in degrees, GeoJSON order. */
export type LonLat = readonly [number, number];

export type { PlaceRole };

export interface PlaceEvent {
  factId: Id;
  date: PartialDate | undefined;
  role: PlaceRole;
  /** The country the city lay in at the time of the event, where it is known. */
  country: Text | undefined;
}

/** A city a deck mentions, with what happened there. */
export interface Place {
  id: Id;
  name: Text;
  /**
   * The country the city lay in at the time of all its events: the one the fact records (a
   * meeting's host country), else the one `partOf` leads to if it existed then. Undefined when
   * the events fall under different states (each event then names its own) or none is known.
   */
  country: Text | undefined;
  /** Absent when the glossary gives none: such a city is listed beside the map, not drawn. */
  coordinates: LonLat | undefined;
  /** Earliest first; undated events last. */
  events: PlaceEvent[];
}

function countryOf(index: ContentIndex, id: Id): Entity | undefined {
  // Follow partOf upwards (city → province → country); the guard stops a cycle in bad data.
  let current = index.findEntity(id);
  for (let step = 0; current && step < 5; step++) {
    if (current.type === 'country') return current;
    current = current.partOf ? index.findEntity(current.partOf) : undefined;
  }
  return undefined;
}

/** Whether a state existed on a date (a partial date counts if any of it falls in its span). */
function existedOn(state: Entity, date: PartialDate | undefined): boolean {
  if (!date || !state.existed) return true;
  const { first, last } = dateRange(date);
  const { from, to } = state.existed;
  return (!from || last >= dateRange(from).first) && (!to || first <= dateRange(to).last);
}

/**
 * The country a city lay in at the time of an event: the one the fact records, else today's
 * country of the city if it existed then (Sarajevo's is not named for 1984: Bosnia and
 * Herzegovina dates from 1992). Naming today's state for a past event would mislead.
 */
function countryAt(
  index: ContentIndex,
  mention: CityMention,
  date: PartialDate | undefined,
): Entity | undefined {
  if (mention.country) return index.findEntity(mention.country);
  const today = countryOf(index, mention.city);
  return today && existedOn(today, date) ? today : undefined;
}

function byDate(a: PlaceEvent, b: PlaceEvent): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return dateRange(a.date).first - dateRange(b.date).first;
}

/** The country every event names, if they all name one and the same. */
function sharedCountry(events: readonly PlaceEvent[]): Text | undefined {
  const first = events[0]?.country;
  return first && events.every((e) => e.country?.en === first.en) ? first : undefined;
}

/** Every city the facts mention, in the order of their earliest event. */
export function deckPlaces(index: ContentIndex, facts: readonly Fact[]): Place[] {
  const places = new Map<Id, Place>();
  for (const fact of facts) {
    for (const mention of kindOf(fact).cityMentions?.(fact) ?? []) {
      const { city, role } = mention;
      const entity = index.findEntity(city);
      if (!entity) continue;
      const place = places.get(city) ?? {
        id: city,
        name: entity.name,
        country: undefined,
        coordinates: entity.coordinates,
        events: [],
      };
      const date = factDate(fact);
      if (!place.events.some((e) => e.factId === fact.id && e.role === role))
        place.events.push({
          factId: fact.id,
          date,
          role,
          country: countryAt(index, mention, date)?.name,
        });
      places.set(city, place);
    }
  }
  const list = [...places.values()];
  for (const place of list) {
    place.events.sort(byDate);
    place.country = sharedCountry(place.events);
  }
  return list.sort((a, b) => {
    const first = a.events[0] && b.events[0] ? byDate(a.events[0], b.events[0]) : 0;
    return first !== 0 ? first : a.id.localeCompare(b.id);
  });
}

export interface TripStop {
  city: Id;
  /** The first day the traveller is recorded there. */
  date: PartialDate;
  factIds: Id[];
}

/** One person's journey through several cities within a few days, in the order travelled. */
export interface Trip {
  traveller: Id;
  stops: TripStop[];
}

/** Where the facts put a person in person on a given day. Video attendance does not count. */
function presences(fact: Fact): Presence[] {
  const date = factDate(fact);
  return date ? (kindOf(fact).presences?.(fact, date) ?? []) : [];
}

export const TRIP_WINDOW_DAYS = 10;

/**
 * The trips the facts record: a person seen in person in two or more cities, every stop on a
 * known day and all of them within `windowDays`. Stops in one city on consecutive records merge.
 * A run whose order is not certain (two cities on one day) is not a trip: the map would guess.
 */
export function deckTrips(
  index: ContentIndex,
  facts: readonly Fact[],
  windowDays: number = TRIP_WINDOW_DAYS,
): Trip[] {
  const byPerson = new Map<Id, Presence[]>();
  for (const fact of facts) {
    for (const p of presences(fact)) {
      if (datePrecision(p.date) !== 'day') continue;
      if (index.findEntity(p.person)?.type !== 'person') continue;
      byPerson.set(p.person, [...(byPerson.get(p.person) ?? []), p]);
    }
  }
  const trips: Trip[] = [];
  for (const [person, seen] of byPerson) {
    seen.sort((a, b) => dateRange(a.date).first - dateRange(b.date).first);
    // Split into runs: a new run starts when the next record falls outside the window.
    let run: Presence[] = [];
    const runs: Presence[][] = [];
    for (const p of seen) {
      const start = run[0];
      if (start && dateRange(p.date).first - dateRange(start.date).first > windowDays) {
        runs.push(run);
        run = [];
      }
      run.push(p);
    }
    if (run.length > 0) runs.push(run);
    for (const r of runs) {
      const trip = tripFromRun(person, r);
      if (trip) trips.push(trip);
    }
  }
  return trips.sort(
    (a, b) => dateRange(a.stops[0]!.date).first - dateRange(b.stops[0]!.date).first,
  );
}

function tripFromRun(person: Id, run: readonly Presence[]): Trip | undefined {
  const stops: TripStop[] = [];
  let lastSeen: PartialDate | undefined;
  for (const p of run) {
    const last = stops[stops.length - 1];
    if (last && last.city === p.city) {
      if (!last.factIds.includes(p.factId)) last.factIds.push(p.factId);
    } else {
      if (lastSeen && compareDates(lastSeen, p.date) !== -1) return undefined;
      stops.push({ city: p.city, date: p.date, factIds: [p.factId] });
    }
    lastSeen = p.date;
  }
  return new Set(stops.map((s) => s.city)).size >= 2 ? { traveller: person, stops } : undefined;
}
