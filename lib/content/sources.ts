import type { ClaimSource, Source } from './fields';

// Apart from the schemas, so that code running in the browser does not load zod.

const withoutClaims = ({ claims: _claims, ...source }: ClaimSource): Source => source;

/** The source a claim cites: a claim source naming it, else the fact's own. */
export function sourceOfClaim(
  fact: { id: string; source: Source; claimSources?: ClaimSource[] | undefined },
  claimId: string,
): Source {
  const prefix = `${fact.id}/`;
  if (!claimId.startsWith(prefix)) return fact.source;
  const relation = claimId.slice(prefix.length);
  const own = fact.claimSources?.find((s) => s.claims.includes(relation));
  if (!own) return fact.source;
  return withoutClaims(own);
}
