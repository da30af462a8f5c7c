import 'server-only';
import { createHash } from 'node:crypto';
import { routing } from '@/i18n/routing';
import { indexContent } from '@/lib/content/index-content';
import { getContent } from '@/lib/content/server';
import type { MapLayout } from '@/lib/map/layout';
import { deckMaps } from './deck-layouts';

/*
 * A map's countries as a file of their own (out/maps/<hash>.svg, app/maps/[file]/route.ts),
 * which the page's map draws with <use>. The outlines are most of a map's bytes (16 of a deck
 * page's 25 KB of gzipped HTML, and as much again in the data React hydrates from): in the page
 * they held back a phone's first tap by the time it took to download them twice. As a file they
 * come beside the page's scripts, once, and the service worker keeps them like any page file.
 *
 * Colours are the page's CSS variables (app/map.css), which a <use> element's copy inherits, so
 * the map still follows the light and dark themes; the fallbacks are for the file opened alone.
 */

/** The id of the countries' group in the file: the page draws `<use href="…#land">`. */
export const BASEMAP_ID = 'land';

const LAND =
  'fill:var(--map-land,#f4f4f2);stroke:var(--map-border,#a9a9a4);stroke-width:.6;stroke-linejoin:round';
const PLACE = 'fill:var(--map-land-place,#f6e3d9)';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The file's text: the countries that hold none of the map's places, then those that do. */
export function basemapSvg(layout: MapLayout): string {
  const path = (d: string) => `<path d="${escapeAttribute(d)}"/>`;
  const others = layout.countries.filter((c) => !c.holdsPlace).map((c) => path(c.d));
  const places = layout.countries.filter((c) => c.holdsPlace).map((c) => path(c.d));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}">` +
    `<g id="${BASEMAP_ID}" style="${LAND}">${others.join('')}` +
    `<g style="${PLACE}">${places.join('')}</g></g></svg>`
  );
}

/** The file a map's countries are in: its name is its content's hash. */
export function basemapFile(layout: MapLayout): { name: string; href: string; svg: string } {
  const svg = basemapSvg(layout);
  const name = `${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.svg`;
  return { name, href: `/maps/${name}#${BASEMAP_ID}`, svg };
}

let all: Map<string, string> | undefined;

/** Every map file the deck pages use, in every language, by name (read once per build). */
export function allBasemaps(): Map<string, string> {
  if (all) return all;
  const content = getContent();
  const index = indexContent(content);
  all = new Map();
  for (const locale of routing.locales)
    for (const deck of content.decks) {
      const maps = deckMaps(index, deck, locale);
      for (const layout of [maps.overview, ...maps.trips.map((t) => t.layout)])
        if (layout) {
          const file = basemapFile(layout);
          all.set(file.name, file.svg);
        }
    }
  return all;
}
