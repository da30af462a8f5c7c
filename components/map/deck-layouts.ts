import 'server-only';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/content/dates';
import type { ContentIndex } from '@/lib/content/index-content';
import type { Deck, Entity, PartialDate, Text } from '@/lib/content/schema';
import { LANG_TAGS } from '@/lib/display';
import { type LabelLine, layoutMap, type LayoutOptions, type MapLayout } from '@/lib/map/layout';
import { deckPlaces, deckTrips, type LonLat, type Place, type Trip } from '@/lib/map/places';
import { type AtlasDetail, worldCountries } from './atlas';

/*
 * The maps of a deck page, laid out at build time: the page draws them (DeckMap.tsx) and the
 * export writes each map's countries as a file of their own (basemap-file.ts), so both must lay
 * them out the same way.
 */

// The viewBox is about a phone's width, so the labels read at their set size on a phone;
// on a wide screen the map is capped in CSS rather than scaled up without end.
const MAP_WIDTH = 380;

/*
 * The overview names each place once, in the page's language, large enough to read on a phone;
 * the list below the map gives both names. A name that fits nowhere near its place is replaced
 * by a number, and the figure names the numbered places beside the map.
 */
const OVERVIEW_LABEL_SIZE = 14;

const OVERVIEW: LayoutOptions = {
  frame: {
    width: MAP_WIDTH,
    minHeight: 240,
    maxHeight: 420,
    padding: { top: 34, right: 62, bottom: 34, left: 62 },
    minSpanDegrees: 8,
  },
  markerRadius: 4.5,
  labelGap: 3,
  route: false,
  routeClearance: 0,
  numberSize: OVERVIEW_LABEL_SIZE,
};

const TRIP: LayoutOptions = {
  frame: {
    width: MAP_WIDTH,
    minHeight: 260,
    maxHeight: 340,
    padding: { top: 46, right: 90, bottom: 46, left: 90 },
    minSpanDegrees: 6,
  },
  markerRadius: 9,
  labelGap: 4,
  route: true,
  routeClearance: 4,
};

/** 4月1日 / 1 April: a day within a trip whose year the title already gives. */
export function dayAndMonth(date: PartialDate): Text {
  const full = formatDate(date);
  return { zh: full.zh.replace(/^\d{4}年/, ''), en: full.en.replace(/ \d{4}$/, '') };
}

/** The coarse atlas for a region, the fine one for a close-up (a few hundred kilometres). */
function detailFor(points: readonly LonLat[]): AtlasDetail {
  const span = (values: number[]) => Math.max(...values) - Math.min(...values);
  const degrees = Math.max(span(points.map((p) => p[0])), span(points.map((p) => p[1])));
  return degrees < 25 ? 'fine' : 'coarse';
}

function nameLines(name: Text, locale: Locale, size = 13): LabelLine[] {
  const other = locale === 'zh' ? 'en' : 'zh';
  return [
    { text: name[locale], size, lang: LANG_TAGS[locale] },
    { text: name[other], size: size - 2, lang: LANG_TAGS[other] },
  ];
}

export interface DeckMaps {
  places: Place[];
  mapped: (Place & { coordinates: LonLat })[];
  unmapped: Place[];
  overview?: MapLayout;
  trips: {
    key: string;
    trip: Trip;
    stops: (Omit<Trip['stops'][number], 'city'> & { city: Entity })[];
    layout?: MapLayout;
  }[];
}

/** Every map of a deck's page in one language: the overview of its places and each trip. */
export function deckMaps(index: ContentIndex, deck: Deck, locale: Locale): DeckMaps {
  const facts = index.deckFacts(deck);
  const places = deckPlaces(index, facts);
  const mapped = places.filter((p): p is Place & { coordinates: LonLat } => !!p.coordinates);
  const unmapped = places.filter((p) => !p.coordinates);
  const lang = LANG_TAGS[locale];
  const overview =
    mapped.length > 0
      ? layoutMap(
          worldCountries(detailFor(mapped.map((p) => p.coordinates))),
          mapped.map((p) => ({
            id: p.id,
            coordinates: p.coordinates,
            lines: [{ text: p.name[locale], size: OVERVIEW_LABEL_SIZE, lang }],
          })),
          OVERVIEW,
        )
      : undefined;
  const trips = deckTrips(index, facts).map((trip, n) => {
    const stops = trip.stops.map((stop) => ({ ...stop, city: index.entity(stop.city) }));
    const points = stops.flatMap((s) => (s.city.coordinates ? [s.city.coordinates] : []));
    const layout =
      points.length === stops.length
        ? layoutMap(
            worldCountries(detailFor(points)),
            stops.map((s, i) => ({
              id: `stop-${i}`,
              coordinates: s.city.coordinates!,
              lines: [
                ...nameLines(s.city.name, locale),
                { text: dayAndMonth(s.date)[locale], size: 11, lang },
              ],
            })),
            TRIP,
          )
        : undefined;
    return { key: `${trip.traveller}-${n}`, trip, stops, ...(layout ? { layout } : {}) };
  });
  return { places, mapped, unmapped, ...(overview ? { overview } : {}), trips };
}
