import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import type { Fact, MeetingFact, Source } from '../../lib/content/schema';
import { generateQuestions } from '../../lib/questions/generate';

/*
 * Over whatever content/ holds: a question cites the source recorded for each fact its
 * explanation states, and no other. (A statements question on four congresses used to cite the
 * first fact's source for all four.)
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = loadContent(ROOT);
const facts = new Map<string, Fact>(content.decks.flatMap((d) => d.facts.map((f) => [f.id, f])));
const bank = [1, 2, 3].flatMap((seed) => generateQuestions(content, { seed }));

/** Every source recorded for a fact: its own and its claims' (without their claim lists). */
function recorded(fact: Fact): string[] {
  const own = [fact.source, ...(fact.claimSources ?? []).map(({ claims: _c, ...s }) => s)];
  return own.map(key);
}

function key(s: Source): string {
  return JSON.stringify([s.publication, s.date, s.locator, s.url]);
}

describe('question sources', () => {
  it('cites only sources recorded for the facts the question is on', () => {
    for (const q of bank) {
      // A claim across a series, asked in a deck, may key a meeting of another deck.
      const series = new Set(
        q.claims.filter((c) => c.endsWith('/meetings')).map((c) => c.split('/')[0]),
      );
      const on = [
        ...q.factIds.map((id) => facts.get(id)!),
        ...[...facts.values()].filter((f) => f.kind === 'meeting' && series.has(f.series)),
      ];
      const allowed = new Set(on.flatMap(recorded));
      for (const s of q.sources) expect([q.id, allowed.has(key(s))]).toEqual([q.id, true]);
    }
  });

  it('cites each fact of an ordering or match question, and each fact a statement is about', () => {
    const several = bank.filter((q) => q.kind === 'order' || q.kind === 'match');
    expect(several.length).toBeGreaterThan(0);
    for (const q of several) {
      const cited = new Set(q.sources.map(key));
      for (const id of q.factIds) {
        const cites = recorded(facts.get(id)!).some((s) => cited.has(s));
        expect([q.id, id, cites]).toEqual([q.id, id, true]);
      }
    }
    const statements = bank.filter((q) => q.kind === 'multiple' && q.claims.length > 1);
    expect(statements.length).toBeGreaterThan(0);
    for (const q of statements) {
      const cited = new Set(q.sources.map(key));
      for (const claim of q.claims) {
        const fact = facts.get(claim.split('/')[0]!);
        if (!fact) continue;
        const cites = recorded(fact).some((s) => cited.has(s));
        expect([q.id, claim, cites]).toEqual([q.id, claim, true]);
      }
    }
  });

  it('cites the meeting a true statement about attendance across a series names', () => {
    const across = bank.filter(
      (q) => q.kind === 'truefalse' && q.answer && q.claimId.endsWith('/meetings'),
    );
    expect(across.length).toBeGreaterThan(0);
    for (const q of across) {
      if (q.kind !== 'truefalse') continue;
      const series = q.claimId.split('/')[0]!;
      const n = Number(q.statedValue.replace('ordinal-', ''));
      const meeting = [...facts.values()].find(
        (f): f is MeetingFact => f.kind === 'meeting' && f.series === series && f.ordinal === n,
      )!;
      expect([q.id, q.sources.map(key)]).toEqual([q.id, [key(meeting.source)]]);
    }
  });
});
