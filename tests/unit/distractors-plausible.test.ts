import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../lib/content/dates';
import type { ContentBundle } from '../../lib/content/index-content';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import type { Entity, Fact } from '../../lib/content/schema';
import { factDate } from '../../lib/kinds';
import type { Claim } from '../../lib/questions/claims';
import { pickDistractors } from '../../lib/questions/distractors';
import { generateQuestions } from '../../lib/questions/generate';
import { createRandom } from '../../lib/questions/random';
import { FIXTURE_ROOT } from '../fixtures/content';
import { REGIONS } from '../fixtures/places';

/*
 * Wrong answers a learner who half knows the topic could pick: never a state that did not exist
 * at the time asked about (the Soviet Union as a founder of the SCO in 2001), countries that
 * joined an organisation later before any other country as its founders, and for the rest
 * countries of the right answer's region first (not the United Kingdom for Kazakhstan).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = loadContent(ROOT);
const entities = new Map<string, Entity>(content.entities.map((e) => [e.id, e]));
const facts = new Map<string, Fact>(content.decks.flatMap((d) => d.facts.map((f) => [f.id, f])));
const bank = [1, 2, 3, 4, 5].flatMap((seed) => generateQuestions(content, { seed }));

/**
 * The entity ids a question offers as wrong (options not keyed; a false statement's value), each
 * with the facts of the claim it is offered for.
 */
function wrongEntities(q: (typeof bank)[number]): { id: string; factIds: string[] }[] {
  const on = (id: string) => ({ id, factIds: q.factIds });
  const out: { id: string; factIds: string[] }[] = [];
  if (q.kind === 'single')
    out.push(...q.options.filter((o) => o.id !== q.answer).map((o) => on(o.id)));
  if (q.kind === 'multiple')
    for (const o of q.options.filter((x) => !q.answer.includes(x.id))) {
      const at = o.id.lastIndexOf('=');
      // A statements question: the option id is the claim, "=", the value it states.
      out.push(
        at < 0 ? on(o.id) : { id: o.id.slice(at + 1), factIds: [o.id.slice(0, at).split('/')[0]!] },
      );
    }
  if (q.kind === 'truefalse' && !q.answer) out.push(on(q.statedValue));
  return out.filter(({ id, factIds }) => entities.has(id) && factIds.every((f) => facts.has(f)));
}

describe('plausible distractors over content/', () => {
  it('never offers a state that did not exist at the time of the facts asked about', () => {
    let checked = 0;
    for (const q of bank) {
      for (const { id, factIds } of wrongEntities(q)) {
        const dates = factIds.flatMap((f) => {
          const d = factDate(facts.get(f)!);
          return d ? [d] : [];
        });
        const { from, to } = entities.get(id)!.existed ?? {};
        if (!from && !to) continue;
        checked++;
        for (const d of dates) {
          const existed =
            (!from || compareDates(d, from) >= 0) && (!to || compareDates(d, to) <= 0);
          expect([q.id, id, d, existed]).toEqual([q.id, id, d, true]);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('offers countries that joined later as founding members, before any other country', () => {
    const founders = bank.filter((q) => q.id.endsWith('/founders'));
    expect(founders.length).toBeGreaterThan(0);
    for (const q of founders) {
      const fact = facts.get(q.factIds[0]!)!;
      if (fact.kind !== 'founding') throw new Error(`${q.id} is not on a founding`);
      const later = new Set(
        [...facts.values()].flatMap((f) =>
          f.kind === 'membership' && f.organisation === fact.organisation ? f.joined : [],
        ),
      );
      for (const { id } of wrongEntities(q))
        expect([q.id, id, later.has(id)]).toEqual([q.id, id, true]);
    }
  });
});

describe('pickDistractors', () => {
  /** The fixture content with regions, a state that ended and one from another region. */
  function withRegions(foundedOn: string): ContentBundle {
    const bundle = structuredClone(loadContent(FIXTURE_ROOT));
    const regions = REGIONS;
    const since1991 = { from: '1991-08-31' };
    for (const e of bundle.entities) {
      if (regions[e.id]) e.region = regions[e.id];
      if (['kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan'].includes(e.id))
        e.existed = since1991;
    }
    bundle.entities.push(
      {
        id: 'soviet-union',
        type: 'country',
        name: { zh: '苏联', en: 'Soviet Union' },
        region: 'eastern-europe',
        existed: { from: '1922-12-30', to: '1991-12-26' },
      },
      {
        id: 'united-kingdom',
        type: 'country',
        name: { zh: '英国', en: 'United Kingdom' },
        region: 'northern-europe',
      },
    );
    for (const deck of bundle.decks)
      for (const f of deck.facts)
        if (f.id === 'sco-founding' && f.kind === 'founding') f.date = foundedOn;
    return bundle;
  }

  const claim = (values: string[]): Claim => ({
    id: 'sco-founding/test',
    relation: 'test',
    factIds: ['sco-founding'],
    values: values.map((id) => ({ type: 'entity', id })),
    pool: { type: 'entity', entityTypes: ['country'], related: [] },
    ask: { zh: '？', en: '?' },
    statement: () => ({ zh: '。', en: '.' }),
    subjectLabel: { zh: '', en: '' },
    difficulty: 1,
  });

  it('draws a Central Asian state for a Central Asian answer before a European one', () => {
    const index = indexContent(withRegions('2001-06-15'));
    for (let seed = 0; seed < 40; seed++) {
      const [first] = pickDistractors(index, claim(['kazakhstan']), 1, createRandom(`r${seed}`));
      expect(['kyrgyzstan', 'tajikistan', 'uzbekistan']).toContain(
        first?.type === 'entity' ? first.id : '',
      );
    }
  });

  it('offers the Soviet Union only about its own time, and the states after it only after', () => {
    const all = (on: string) =>
      pickDistractors(indexContent(withRegions(on)), claim(['china']), 20, createRandom('all')).map(
        (v) => (v.type === 'entity' ? v.id : ''),
      );
    expect(all('2001-06-15')).not.toContain('soviet-union');
    expect(all('2001-06-15')).toContain('kazakhstan');
    expect(all('1988-06-15')).toContain('soviet-union');
    expect(all('1988-06-15')).not.toContain('kazakhstan');
  });
});
