import { geoContains, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from './places';
import type { MapFrame } from './projection';

export type CountryFeature = GeoJSON.Feature<GeoJSON.Geometry, { name?: string } | null>;

/** The countries of a world-atlas topology (`objects.countries`) as GeoJSON features. */
export function countriesFromTopology(topology: Topology): CountryFeature[] {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }> | undefined;
  if (!countries) throw new Error('the topology has no "countries" object');
  return feature(topology, countries).features;
}

export interface CountryShape {
  /** The ISO 3166-1 numeric code world-atlas gives, or the feature's position when it has none. */
  key: string;
  name: string;
  /** SVG path data, clipped to the frame. */
  d: string;
  /** True for a country that holds one of the places: it is drawn a shade stronger. */
  holdsPlace: boolean;
}

/**
 * The outline of every country that shows in the frame. Countries outside it are left out and
 * the rest are clipped to it, so the page carries only the part of the world it draws.
 */
export function countryShapes(
  countries: readonly CountryFeature[],
  frame: MapFrame,
  places: readonly LonLat[],
): CountryShape[] {
  // A tenth of a unit is finer than a screen shows the map at and keeps the markup small.
  const path = geoPath(frame.projection).digits(1);
  return countries.flatMap((country, i) => {
    const d = path(country);
    if (!d) return [];
    return [
      {
        key: String(country.id ?? `feature-${i}`),
        name: country.properties?.name ?? '',
        d,
        holdsPlace: places.some((p) => geoContains(country, [p[0], p[1]])),
      },
    ];
  });
}
