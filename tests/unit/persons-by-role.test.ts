import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';
import { withPlaces } from '../fixtures/places';

/*
 * Rules 4 (lib/questions/rules.ts, personsByRole). In the fixture the presidents of Uzbekistan and
 * Tajikistan received Wang Xiaohong, China's minister; Xi Jinping proposed the Global Security
 * Initiative; China's ministers of public security represented it at the security secretaries'
 * meetings. A wrong person must be one who could have filled the role.
 */
const content = withPlaces(loadContent(FIXTURE_ROOT));
// With the timeline's attendance left out, the content records two of China's representatives at
// the meetings: too few to fill a question, which is where other people were drawn in by rules 1
// to 3.
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const CHINA_AT_SSC = new Set(['meng-jianzhu', 'guo-shengkun', 'zhao-kezhi', 'wang-xiaohong']);
const CENTRAL_ASIAN_LEADERS = new Set([
  'shavkat-mirziyoyev',
  'emomali-rahmon',
  'kassym-jomart-tokayev',
]);
const fewRecorded = {
  ...content,
  decks: content.decks.map((d) =>
    d.id === 'sco-ssc-timeline'
      ? { ...d, facts: d.facts.map((f) => (f.kind === 'meeting' ? { ...f, attendance: [] } : f)) }
      : d,
  ),
};

function bank(rules: number, bundle = content): Question[] {
  return SEEDS.flatMap((seed) =>
    generateQuestions(bundle, {
      deckIds: bundle.decks.map((d) => d.id),
      kinds: ['single', 'truefalse'],
      seed,
      rules,
    }),
  );
}

/** Every person a question on this claim offers or states, as option ids (the true one too). */
function offered(questions: readonly Question[], claim: (id: string) => boolean): string[] {
  return questions.flatMap((q) => {
    if (!claim(q.claimId)) return [];
    if (q.kind === 'single') return q.options.map((o) => o.id);
    if (q.kind === 'truefalse') return [q.statedValue];
    return [];
  });
}

describe('wrong people fit the role (rules 4)', () => {
  const hosts = (id: string) => /^(rahmon|mirziyoyev)-meets-wang-2024\/host$/.test(id);
  const proposer = (id: string) => id === 'gsi-first-proposed/proposer';
  const chinaAttendee = (id: string) => /^sco-ssc-\d+\/china\/attendee$/.test(id);

  it('the host who received a Chinese minister is offered as another Central Asian leader, never a Chinese one', () => {
    const people = offered(bank(4), hosts);
    expect(people.length).toBeGreaterThan(0);
    expect(people.filter((p) => !CENTRAL_ASIAN_LEADERS.has(p))).toEqual([]);
    expect(offered(bank(3), hosts)).toContain('xi-jinping');
  });

  it('a Chinese initiative is never said to be proposed by a foreign leader', () => {
    expect(new Set(offered(bank(4), proposer))).toEqual(new Set(['xi-jinping']));
    expect(
      offered(bank(3), proposer).filter((p) => CENTRAL_ASIAN_LEADERS.has(p)).length,
    ).toBeGreaterThan(0);
  });

  it("China's representative at a meeting is offered as someone who represented China in the series", () => {
    for (const bundle of [content, fewRecorded]) {
      const people = offered(bank(4, bundle), chinaAttendee);
      expect(people.length).toBeGreaterThan(0);
      expect(people.filter((p) => !CHINA_AT_SSC.has(p))).toEqual([]);
    }
    expect(new Set(offered(bank(4, fewRecorded), chinaAttendee))).toEqual(
      new Set(['zhao-kezhi', 'wang-xiaohong']),
    );
    // By rules 3 a question with too few of them drew in anyone: Xi Jinping, a Central Asian president.
    const before = offered(bank(3, fewRecorded), chinaAttendee);
    expect(before.filter((p) => !CHINA_AT_SSC.has(p)).length).toBeGreaterThan(0);
  });
});
