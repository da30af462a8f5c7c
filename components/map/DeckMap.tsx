import { getTranslations } from 'next-intl/server';
import '@/app/map.css';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/content/dates';
import type { ContentIndex } from '@/lib/content/index-content';
import type { Deck, PartialDate, Text } from '@/lib/content/schema';
import { LANG_TAGS } from '@/lib/display';
import type { PlaceEvent, Trip } from '@/lib/map/places';
import { factHeadline } from '@/lib/questions/explain';
import { dayAndMonth, deckMaps } from './deck-layouts';
import { MapSvg } from './MapSvg';

function tripWhen(trip: Trip): Text {
  const first = formatDate(trip.stops[0]!.date.slice(0, 7));
  const lastMonth = trip.stops[trip.stops.length - 1]!.date.slice(0, 7);
  if (lastMonth === trip.stops[0]!.date.slice(0, 7)) return first;
  const last = formatDate(lastMonth);
  return { zh: `${first.zh}至${last.zh}`, en: `${first.en} – ${last.en}` };
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
  const { places, mapped, unmapped, overview, trips: laidOut } = deckMaps(index, deck, locale);
  if (places.length === 0) return null;
  const other = locale === 'zh' ? 'en' : 'zh';
  const lang = LANG_TAGS[locale];

  const trips = laidOut.map(({ key, trip, stops, layout }) => {
    const when = tripWhen(trip);
    const title = t('tripTitle', {
      person: index.entity(trip.traveller).name[locale],
      when: when[locale],
    });
    const description = t('tripDescription', {
      stops: stops
        .map((s, i) =>
          t('stop', { n: i + 1, place: s.city.name[locale], date: dayAndMonth(s.date)[locale] }),
        )
        .join(locale === 'zh' ? '；' : '; '),
    });
    return { key, stops, title, description, layout };
  });

  // Places whose names fit nowhere near them are numbered on the map and named beside it.
  const numberedOnOverview = (overview?.places ?? [])
    .flatMap((p) => {
      const place = mapped.find((m) => m.id === p.id);
      return p.number !== undefined && place ? [{ number: p.number, place }] : [];
    })
    .sort((a, b) => a.number - b.number);

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
            {numberedOnOverview.length > 0 ? (
              <ol className="map-legend" aria-label={t('legendLabel')}>
                {numberedOnOverview.map(({ number, place }) => (
                  <li key={place.id}>
                    <span className="map-legend-number" aria-hidden="true">
                      {number}
                    </span>{' '}
                    <span lang={lang}>{place.name[locale]}</span>
                  </li>
                ))}
              </ol>
            ) : null}
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
                      {/* A city under two states in its events (Moscow in 1928 and in 2009) names each event's. */}
                      {!place.country && group.events[0]!.country
                        ? inParentheses(group.events[0]!.country[locale], locale)
                        : null}
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
