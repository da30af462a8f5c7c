import type { ContentIndex } from '../content/index-content';

/**
 * Who could plausibly fill a role, for the wrong answers of a question on who filled it
 * (generator rules 4, personsByRole): people are kept by the country they serve (the glossary's
 * `country`) and, where that says it, its region. A person whose country the glossary does not
 * say is never offered for a role that belongs to a country.
 */

/** The country a person serves, if the glossary says it. */
export function countryOf(index: ContentIndex, person: string): string | undefined {
  return index.findEntity(person)?.country;
}

function regionOf(index: ContentIndex, country: string | undefined): string | undefined {
  return country ? index.findEntity(country)?.region : undefined;
}

/**
 * Hosts who could have received these guests in place of this one: leaders of another country
 * than any guest's (the Chinese president does not receive his own minister abroad), of the host's
 * region when the glossary says it (a Central Asian president for a meeting in Dushanbe).
 */
export function plausibleHosts(
  index: ContentIndex,
  leaders: readonly string[],
  host: string,
  guests: readonly string[],
): string[] {
  const guestCountries = new Set(guests.flatMap((g) => countryOf(index, g) ?? []));
  const hostRegion = regionOf(index, countryOf(index, host)) || '';
  return (leadersByRegion(index, leaders).get(hostRegion) ?? []).flatMap(({ person, country }) =>
    guestCountries.has(country) || guests.includes(person) ? [] : [person],
  );
}

interface Leader {
  person: string;
  country: string;
}

const byRegion = new WeakMap<readonly string[], Map<string, Leader[]>>();

/**
 * The leaders whose country the glossary says, in their order, by their country's region; under
 * '' every one of them (for a host of no known region). Made once per list: filtering the whole
 * list for each audience made the bank's time grow with the square of the content.
 */
function leadersByRegion(index: ContentIndex, leaders: readonly string[]): Map<string, Leader[]> {
  let regions = byRegion.get(leaders);
  if (!regions) {
    regions = new Map([['', []]]);
    for (const person of leaders) {
      const country = countryOf(index, person);
      if (!country) continue;
      regions.get('')!.push({ person, country });
      const region = regionOf(index, country);
      if (!region) continue;
      const list = regions.get(region);
      if (list) list.push({ person, country });
      else regions.set(region, [{ person, country }]);
    }
    byRegion.set(leaders, regions);
  }
  return regions;
}

/** Leaders of the same country as this person: who else could have proposed a Chinese initiative. */
export function sameCountry(
  index: ContentIndex,
  people: readonly string[],
  person: string,
): string[] {
  const country = countryOf(index, person);
  return country ? people.filter((p) => countryOf(index, p) === country) : [];
}
