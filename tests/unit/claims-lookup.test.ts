import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../lib/content/index-content';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { FIXTURE_ROOT, KINDS_FIXTURE_ROOT } from '../fixtures/content';
import { buildClaims, type Claim, timelineEvents } from '../../lib/questions/claims';
import { generateQuestions, generateQuiz } from '../../lib/questions/generate';
import { kindOf } from '../../lib/kinds';
import { LATEST_RULES } from '../../lib/questions/rules';
import type { RankedClaim } from '../../lib/kinds/types';
import type { Value } from '../../lib/questions/values';
import { syntheticContent } from '../../scripts/bench/synthetic';

/*
 * The generator builds only what it needs (the claims of a deck, a few facts for a quiz) from
 * lookups made once per content. These tests hold it to what building everything would give.
 */

const real = loadContent(FIXTURE_ROOT);
const synthetic = syntheticContent(400);

/**
 * What buildClaims(index, factIds) must equal: every claim, narrowed to the deck, as before; a
 * claim across a series keeps the meetings of the deck, as its facts and as its true values.
 * When that leaves some out, it asks "which of these" and keeps them all for a flashcard.
 */
function narrowed(all: readonly Claim[], factIds: ReadonlySet<string>): Claim[] {
  return all
    .map((c) => {
      if (c.relation !== 'attendance.meetings') return c;
      const values = c.values.filter((v) => factIds.has(c.factOfValue?.(v) ?? ''));
      const deckFacts = c.factIds.filter((id) => factIds.has(id));
      if (values.length === c.values.length) return { ...c, factIds: deckFacts, values };
      return {
        ...c,
        factIds: deckFacts,
        values,
        complete: c.values,
        ask: c.among!.ask,
        askMany: c.among!.askMany,
      };
    })
    .filter((c) => c.factIds.some((id) => factIds.has(id)));
}

const plain = (claims: readonly Claim[]) =>
  claims.map((c) => ({ ...c, statement: c.values.map((v) => c.statement(v)) }));

describe.each([
  ['the real content', real],
  ['the fixture content of the office and document kinds', loadContent(KINDS_FIXTURE_ROOT)],
  ['synthetic content', synthetic],
] as [string, ContentBundle][])('%s', (name, content) => {
  it("builds a deck's claims exactly as narrowing every claim to the deck would", () => {
    const index = indexContent(content);
    const all = buildClaims(index);
    for (const deck of content.decks) {
      const ids = new Set(index.deckFacts(deck).map((f) => f.id));
      expect(plain(buildClaims(index, ids))).toEqual(plain(narrowed(all, ids)));
    }
  });

  it("gives a fact's claims across its group, built alone, as the whole group's that name it", () => {
    // A fresh index: claimsAbout builds them first, one fact's at a time, in reverse order.
    const alone = indexContent(content);
    const whole = indexContent(content);
    // Functions compare by what they say, not by identity (each index has its own).
    const said = (r: RankedClaim) =>
      JSON.parse(
        JSON.stringify({ rank: r.rank, ...plain([r.claim])[0] }, (key, v: unknown) => {
          if (typeof v !== 'function') return v;
          const { values } = r.claim;
          return key === 'statementMany'
            ? (v as (xs: readonly Value[]) => unknown)(values)
            : values.map((x) => (v as (x: Value) => unknown)(x) ?? null);
        }),
      ) as unknown;
    let compared = 0;
    for (const fact of [...alone.facts].reverse()) {
      const groups = kindOf(fact).groups;
      if (!groups?.claimsAbout) continue;
      const expected = groups
        .claims(whole, groups.groupOf(fact), LATEST_RULES)
        .filter(({ claim }) => claim.factIds.includes(fact.id));
      expect(groups.claimsAbout(alone, fact, LATEST_RULES).map(said)).toEqual(expected.map(said));
      compared += expected.length;
    }
    if (name !== 'the fixture content of the office and document kinds')
      expect(compared).toBeGreaterThan(0);
  });

  it("lists a deck's timeline in content order, each event once", () => {
    const index = indexContent(content);
    for (const deck of content.decks) {
      const facts = index.deckFacts(deck);
      const events = timelineEvents(index, [...facts, ...facts]);
      const order = events.map((e) => index.facts.findIndex((f) => f.id === e.factId));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(events.map((e) => e.factId)).size).toBe(events.length);
    }
  });

  it('makes quizzes whose every question is the same question in its deck’s bank', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const quiz = generateQuiz(content, { seed, count: 20 });
      expect(quiz).toHaveLength(20);
      expect(new Set(quiz.map((q) => q.claimId)).size).toBe(20);
      const banks = new Map<string, Map<string, unknown>>();
      for (const q of quiz) {
        let bank = banks.get(q.deckId);
        if (!bank) {
          const questions = generateQuestions(content, { seed, deckIds: [q.deckId] });
          bank = new Map(questions.map((b) => [b.id, b]));
          banks.set(q.deckId, bank);
        }
        expect(bank.get(q.id)).toEqual(q);
      }
    }
  }, 120_000);

  it('gives the same quiz for the same seed, on a fresh copy of the content too', () => {
    const first = generateQuiz(content, { seed: 7, count: 20 });
    expect(generateQuiz(structuredClone(content), { seed: 7, count: 20 })).toEqual(first);
    expect(generateQuiz(content, { seed: 8, count: 20 })).not.toEqual(first);
  });
});

describe('quizzes on a chosen deck and kinds', () => {
  it('draws only from the chosen decks and kinds', () => {
    const deck = synthetic.decks[3]!.id;
    const quiz = generateQuiz(synthetic, {
      seed: 3,
      count: 10,
      deckIds: [deck],
      kinds: ['single', 'truefalse'],
    });
    expect(quiz).toHaveLength(10);
    expect(quiz.every((q) => q.deckId === deck)).toBe(true);
    expect(new Set(quiz.map((q) => q.kind))).toEqual(new Set(['single', 'truefalse']));
  });
});

describe('large pools', () => {
  it('still offers only distinct options, one of them right, when candidates are sampled', () => {
    const bank = generateQuestions(synthetic, { seed: 5, deckIds: [synthetic.decks[0]!.id] });
    for (const q of bank) {
      if (q.kind !== 'single') continue;
      const ids = q.options.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => id === q.answer)).toHaveLength(1);
      expect(ids.length).toBeGreaterThanOrEqual(3);
    }
  });
});
