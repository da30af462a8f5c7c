import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { type CountryFeature, countriesFromTopology } from '@/lib/map/basemap';

/**
 * Natural Earth draws Taiwan, Hong Kong and Macao apart from China; this app, written for
 * learners of Chinese current affairs, shows them as part of China (ISO numeric ids).
 */
const MERGED_TERRITORIES = { '156': ['158', '344', '446'] } as const;

export type AtlasDetail = 'coarse' | 'fine';

const FILES: Record<AtlasDetail, string> = {
  // 1:110m for maps of a whole region, 1:50m for a close-up where the coarse outlines look blocky.
  coarse: 'countries-110m.json',
  fine: 'countries-50m.json',
};

const cache = new Map<AtlasDetail, CountryFeature[]>();

/**
 * The world's countries from world-atlas, read once per build. Only the server reads the
 * atlas: each page carries just the outlines its maps show, already projected.
 */
export function worldCountries(detail: AtlasDetail): CountryFeature[] {
  let countries = cache.get(detail);
  if (!countries) {
    const file = path.join(process.cwd(), 'node_modules', 'world-atlas', FILES[detail]);
    countries = countriesFromTopology(
      JSON.parse(readFileSync(file, 'utf8')) as Topology,
      MERGED_TERRITORIES,
    );
    cache.set(detail, countries);
  }
  return countries;
}
