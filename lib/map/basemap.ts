import { geoContains, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from 'topojson-specification';
import type { LonLat } from './places';
import type { MapFrame } from './projection';

export type CountryFeature = GeoJSON.Feature<GeoJSON.Geometry, { name?: string } | null>;

type CountryGeometry = GeometryObject<{ name?: string }>;

function isArea(
  g: CountryGeometry,
): g is Polygon<{ name?: string }> | MultiPolygon<{ name?: string }> {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

/**
 * The countries of a world-atlas topology (`objects.countries`) as GeoJSON features.
 * `mergeInto` joins territories into one country by ISO 3166-1 numeric id (the ids world-atlas
 * uses), dissolving the border between them: { '156': ['158'] } draws Taiwan as part of China.
 */
export function countriesFromTopology(
  topology: Topology,
  mergeInto: Readonly<Record<string, readonly string[]>> = {},
): CountryFeature[] {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }> | undefined;
  if (!countries) throw new Error('the topology has no "countries" object');
  const absorbed = new Set(Object.values(mergeInto).flat());
  const geometries = countries.geometries.filter((g) => !absorbed.has(String(g.id)));
  return geometries.map((g): CountryFeature => {
    const parts = mergeInto[String(g.id)];
    if (!parts) return feature(topology, g) as CountryFeature;
    const members = countries.geometries.filter((m) => m === g || parts.includes(String(m.id)));
    return {
      type: 'Feature',
      id: g.id,
      properties: g.properties ?? null,
      geometry: merge(topology, members.filter(isArea)),
    };
  });
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
