import type { ContentIndex } from '../content/index-content';
import { type LearnerSource, sourceOfClaim } from '../content/sources';
import type { Claim } from './claims';
import type { Value } from './values';

/*
 * The sources a question cites: those recorded for the facts its explanation states. A question
 * used to cite its first fact's source alone, so a statements question on four congresses named
 * the 18th congress's Reuters article as the source of the 2nd and the 5th.
 */

/** The source recorded for what a claim says of these values (a claim source, else its fact's). */
export function claimValueSources(
  index: ContentIndex,
  claim: Claim,
  values: readonly Value[],
): LearnerSource[] {
  const facts = values.map((v) => claim.factOfValue?.(v) ?? claim.factIds[0] ?? '');
  return facts.map((id) => sourceOfClaim(index.fact(id), claim.id));
}

/** Each source once, in the order first cited. */
export function distinctSources(sources: readonly LearnerSource[]): LearnerSource[] {
  // Most repeats are the same object (one fact's source cited twice): those need no key. A quiz
  // cites sources for every question, so this runs in the generator's hot path.
  if (sources.length < 2) return [...sources];
  const objects = new Set<LearnerSource>();
  const keys = new Set<string>();
  return sources.filter((s) => {
    if (objects.has(s)) return false;
    objects.add(s);
    const key = `${s.publication.zh}\u0000${s.publication.en}\u0000${s.date}\u0000${s.locator.zh}\u0000${s.locator.en}\u0000${s.url ?? ''}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
