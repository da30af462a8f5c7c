import { describe, expect, it } from 'vitest';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import type { ClaimSource } from '@/lib/content/schema';
import { learnerSource, sourceOfClaim } from '@/lib/content/sources';
import { strayClaimSources } from '@/lib/questions/cards';
import { generateQuestions } from '@/lib/questions/generate';
import { FIXTURE_ROOT } from '../fixtures/content';

const XINHUA: ClaimSource = {
  publication: { zh: '新华网', en: 'Xinhuanet' },
  date: '2020-09-15',
  locator: { zh: '会议报道', en: 'report on the meeting' },
  claims: ['date'],
};

/** The fixture content with one claim source added to the 15th meeting. */
function withClaimSource(claims: string[]) {
  const bundle = structuredClone(loadContent(FIXTURE_ROOT));
  const fact = bundle.decks.flatMap((d) => d.facts).find((f) => f.id === 'sco-ssc-15')!;
  fact.claimSources = [{ ...XINHUA, claims }];
  return { bundle, fact };
}

describe('sources per claim', () => {
  it('a question on a claim cites the source that supports it; the others cite the main one', () => {
    const { bundle, fact } = withClaimSource(['date']);
    const questions = generateQuestions(bundle, { seed: 1 }).filter(
      (q) => q.claimId.startsWith(`${fact.id}/`) && q.factIds.length === 1,
    );
    const onDate = questions.filter((q) => q.claimId === `${fact.id}/date`);
    const others = questions.filter((q) => q.claimId !== `${fact.id}/date`);
    expect(onDate.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const q of onDate) expect(q.sources.map((s) => s.publication.en)).toEqual(['Xinhuanet']);
    for (const q of others) expect(q.sources).toEqual([learnerSource(fact.source)]);
    // The claim source is cited without its list of claims.
    expect(onDate[0]!.sources[0]).not.toHaveProperty('claims');
  });

  it('a claim no source names, or a claim of another fact, cites the main source', () => {
    const { fact } = withClaimSource(['date']);
    expect(sourceOfClaim(fact, `${fact.id}/city`)).toBe(learnerSource(fact.source));
    expect(sourceOfClaim(fact, 'sco-ssc-16/date')).toBe(learnerSource(fact.source));
    expect(sourceOfClaim(fact, `${fact.id}/date`).date).toBe('2020-09-15');
  });

  it('content:check names a claim source whose claim the fact does not have', () => {
    const { bundle } = withClaimSource(['date', 'dates']);
    expect(strayClaimSources(indexContent(bundle))).toEqual([
      expect.objectContaining({ fact: 'sco-ssc-15', claim: 'dates' }),
    ]);
    expect(strayClaimSources(indexContent(loadContent()))).toEqual([]);
  });
});
