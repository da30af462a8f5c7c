import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { type CountryFeature, countriesFromTopology } from '@/lib/map/basemap';

let cached: CountryFeature[] | undefined;

/**
 * The world's countries from world-atlas (Natural Earth 1:50m), read once per build. Only the
 * server reads it: the pages carry the few outlines each map needs, already projected.
 */
export function worldCountries(): CountryFeature[] {
  cached ??= countriesFromTopology(
    JSON.parse(
      readFileSync(
        path.join(process.cwd(), 'node_modules', 'world-atlas', 'countries-50m.json'),
        'utf8',
      ),
    ) as Topology,
  );
  return cached;
}
