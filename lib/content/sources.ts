import type { ClaimSource, Source } from './fields';

// Apart from the schemas, so that code running in the browser does not load zod.

/**
 * The fields of a source that are for maintainers only: `checked` names a row of the project's
 * fact-check table, which means nothing to a learner. Kept in the content, never cited.
 */
type MaintainerField = 'checked';

/** A source as a learner may read it: publication, date, locator, link and further sources. */
export type LearnerSource = Omit<Source, MaintainerField>;

const withoutMaintainerFields = ({
  checked: _checked,
  claims: _claims,
  ...source
}: Source & { claims?: string[] }): LearnerSource => source;

// One learner source per recorded source: a quiz cites the same source many times, and
// `distinctSources` (lib/questions/cite.ts) drops repeats of one object without comparing keys.
const learnerSources = new WeakMap<Source, LearnerSource>();

/** The source without its maintainer fields (and a claim source without its list of claims). */
export function learnerSource(source: Source | ClaimSource): LearnerSource {
  let learner = learnerSources.get(source);
  if (!learner) {
    learner = withoutMaintainerFields(source);
    learnerSources.set(source, learner);
  }
  return learner;
}

/** The source a claim cites: a claim source naming it, else the fact's own; never its maintainer fields. */
export function sourceOfClaim(
  fact: { id: string; source: Source; claimSources?: ClaimSource[] | undefined },
  claimId: string,
): LearnerSource {
  const prefix = `${fact.id}/`;
  if (!claimId.startsWith(prefix)) return learnerSource(fact.source);
  const relation = claimId.slice(prefix.length);
  const own = fact.claimSources?.find((s) => s.claims.includes(relation));
  if (!own) return learnerSource(fact.source);
  return learnerSource(own);
}
