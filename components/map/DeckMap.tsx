import { getTranslations } from 'next-intl/server';
import '@/app/map.css';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/content/dates';
import type { ContentIndex } from '@/lib/content/index-content';
import type { Deck, PartialDate, Text } from '@/lib/content/schema';
import { LANG_TAGS } from '@/lib/display';
import { type LabelLine, layoutMap, type LayoutOptions } from '@/lib/map/layout';
import {
  deckPlaces,
  deckTrips,
  type LonLat,
  type Place,
  type PlaceEvent,
  type Trip,
} from '@/lib/map/places';
import { factHeadline } from '@/lib/questions/explain';
import { type AtlasDetail, worldCountries } from './atlas';
import { MapSvg } from './MapSvg';

// The viewBox is about a phone's width, so the labels read at their set size on a phone;
// on a wide screen the map is capped in CSS rather than scaled up without end.
const MAP_WIDTH = 380;

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
function dayAndMonth(date: PartialDate): Text {
  const full = formatDate(date);
  return { zh: full.zh.replace(/^\d{4}年/, ''), en: full.en.replace(/ \d{4}$/, '') };
}

function tripWhen(trip: Trip): Text {
  const first = formatDate(trip.stops[0]!.date.slice(0, 7));
  const lastMonth = trip.stops[trip.stops.length - 1]!.date.slice(0, 7);
  if (lastMonth === trip.stops[0]!.date.slice(0, 7)) return first;
  const last = formatDate(lastMonth);
  return { zh: `${first.zh}至${last.zh}`, en: `${first.en} – ${last.en}` };
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

/** Events on the same day under one date: a meeting and an audience held at it, say. */
function eventsByDate(
  events: readonly PlaceEvent[],
): { date?: PartialDate; events: PlaceEvent[] }[] {
  const groups: { date?: PartialDate; events: PlaceEvent[] }[] = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && event.date && last.date === event.date) last.events.push(event);
    else groups.push({ ...(event.date ? { date: event.date } : {}), events: [event] });
  }
  return groups;
}

/** A fact's headline without the place after " · ", which the map list already names. */
function shortHeadline(index: ContentIndex, factId: string, locale: Locale): string {
  const headline = factHeadline(index, index.fact(factId))[locale];
  return headline.split(' · ')[0] ?? headline;
}

function inParentheses(text: string, locale: Locale): string {
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

function listNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === 'zh' ? '、' : ', ');
}

/**
 * The places of a deck on a map, drawn at build time: every city its facts name, and each trip
 * a person made through several of them, with numbered stops. Lists below the maps say the
 * same in text, for screen readers and for anyone who prefers it.
 */
export async function DeckMap({
  index,
  deck,
  locale,
}: {
  index: ContentIndex;
  deck: Deck;
  locale: Locale;
}) {
  const t = await getTranslations('DeckMap');
  const facts = index.deckFacts(deck);
  const places = deckPlaces(index, facts);
  if (places.length === 0) return null;
  const other = locale === 'zh' ? 'en' : 'zh';
  const lang = LANG_TAGS[locale];

  const mapped = places.filter((p): p is Place & { coordinates: LonLat } => !!p.coordinates);
  const unmapped = places.filter((p) => !p.coordinates);
  const overview =
    mapped.length > 0
      ? layoutMap(
          worldCountries(detailFor(mapped.map((p) => p.coordinates))),
          mapped.map((p) => ({
            id: p.id,
            coordinates: p.coordinates,
            lines: nameLines(p.name, locale),
          })),
          OVERVIEW,
        )
      : undefined;

  const trips = deckTrips(index, facts).map((trip, n) => {
    const stops = trip.stops.map((stop) => ({ ...stop, city: index.entity(stop.city) }));
    const when = tripWhen(trip);
    const title = t('tripTitle', {
      person: index.entity(trip.traveller).name[locale],
      when: when[locale],
    });
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
    const description = t('tripDescription', {
      stops: stops
        .map((s, i) =>
          t('stop', { n: i + 1, place: s.city.name[locale], date: dayAndMonth(s.date)[locale] }),
        )
        .join(locale === 'zh' ? '；' : '; '),
    });
    return { key: `${trip.traveller}-${n}`, stops, title, description, layout };
  });

  const mapId = `map-${deck.id}`;
  return (
    <section aria-labelledby={`${mapId}-heading`} className="deck-map">
      <h2 id={`${mapId}-heading`}>{t('heading')}</h2>
      <div className="deck-map-figures">
        {overview ? (
          <figure className="map-figure">
            <MapSvg
              id={`${mapId}-overview`}
              layout={overview}
              title={t('overviewTitle')}
              description={t('overviewDescription', {
                count: mapped.length,
                places: listNames(
                  mapped.map((p) => p.name[locale]),
                  locale,
                ),
              })}
              numbered={false}
            />
            <figcaption>{t('overviewCaption', { count: mapped.length })}</figcaption>
          </figure>
        ) : null}
        {trips.map((trip) =>
          trip.layout ? (
            <figure className="map-figure" key={trip.key}>
              <MapSvg
                id={`${mapId}-${trip.key}`}
                layout={trip.layout}
                title={trip.title}
                description={trip.description}
                numbered
              />
              <figcaption>{trip.title}</figcaption>
            </figure>
          ) : null,
        )}
      </div>
      {unmapped.length > 0 ? (
        <p className="map-unplaced">
          {t('notOnMap', {
            places: listNames(
              unmapped.map((p) => p.name[locale]),
              locale,
            ),
          })}
        </p>
      ) : null}
      <p className="map-credit">{t('credit')}</p>

      <div className="map-lists">
        {trips.map((trip) => (
          <div key={trip.key} className="map-list">
            <h3>{trip.title}</h3>
            <ol className="trip-stops">
              {trip.stops.map((stop, i) => (
                <li key={`${stop.city.id}-${i}`}>
                  <span className="trip-stop-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span>
                    <time dateTime={stop.date}>{dayAndMonth(stop.date)[locale]}</time>{' '}
                    <strong lang={lang}>{stop.city.name[locale]}</strong>{' '}
                    <span lang={LANG_TAGS[other]} className="bilingual-second">
                      {stop.city.name[other]}
                    </span>
                    {' — '}
                    {listNames(
                      stop.factIds.map((id) => shortHeadline(index, id, locale)),
                      locale,
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
        <div className="map-list">
          <h3>{t('placesHeading', { count: places.length })}</h3>
          <ul className="place-list">
            {places.map((place) => (
              <li key={place.id}>
                <span className="place-name">
                  <strong lang={lang}>{place.name[locale]}</strong>{' '}
                  <span lang={LANG_TAGS[other]} className="bilingual-second">
                    {place.name[other]}
                  </span>
                  {place.country ? (
                    <span className="place-country">
                      {locale === 'zh' ? '，' : ', '}
                      {place.country[locale]}
                    </span>
                  ) : null}
                </span>
                {locale === 'zh' ? '：' : ': '}
                {eventsByDate(place.events).map((group, i) => {
                  const what = group.events.map((e) => shortHeadline(index, e.factId, locale));
                  const joined = what.join(locale === 'zh' ? '；' : '; ');
                  const date = group.date ? formatDate(group.date)[locale] : joined;
                  const fromHere = group.events.some((e) => e.role === 'video-from');
                  return (
                    <span key={group.events[0]!.factId}>
                      {i > 0 ? (locale === 'zh' ? '、' : ', ') : null}
                      {/* The name starts with the visible date, then says what happened. */}
                      <a
                        href={`#${group.events[0]!.factId}`}
                        aria-label={
                          group.date
                            ? `${date}${locale === 'zh' ? '：' : ': '}${joined}`
                            : undefined
                        }
                      >
                        {date}
                      </a>
                      {fromHere ? inParentheses(t('videoFrom'), locale) : null}
                    </span>
                  );
                })}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
