import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';
import { withPlaces } from '../fixtures/places';

/*
 * Rules 4 (lib/questions/rules.ts, placesNearFirst and cityWithoutTitle). In the fixture, Wang
 * Xiaohong was received in Tashkent and Dushanbe and the heads of delegation in Astana; the
 * glossary also holds Bishkek (Central Asia) and cities of China, Russia and India.
 */
const content = withPlaces(loadContent(FIXTURE_ROOT));
const DECK = 'sco-ssc-2024-article';
const CENTRAL_ASIA = new Set(['astana', 'tashkent', 'dushanbe', 'bishkek']);
const AUDIENCES = [
  'rahmon-meets-wang-2024',
  'mirziyoyev-meets-wang-2024',
  'tokayev-receives-delegations-2024',
];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

function questions(rules: number, seed: number, kinds: Question['kind'][]): Question[] {
  return generateQuestions(content, { deckIds: [DECK], kinds, seed, rules });
}

/** The options of every single-choice question on where a host received a guest. */
function audienceCityOptions(rules: number): string[][] {
  return SEEDS.flatMap((seed) =>
    questions(rules, seed, ['single']).flatMap((q) =>
      q.kind === 'single' && AUDIENCES.some((a) => q.claimId === `${a}/city`)
        ? [q.options.map((o) => o.id)]
        : [],
    ),
  );
}

describe('plausible places (rules 4)', () => {
  it('a wrong city for a meeting in Central Asia is a Central Asian city while there are enough', () => {
    const asked = audienceCityOptions(4);
    expect(asked).toHaveLength(SEEDS.length * AUDIENCES.length);
    for (const options of asked) expect(options.filter((o) => !CENTRAL_ASIA.has(o))).toEqual([]);
  });

  it('by rules 3 a city of another region could be offered', () => {
    const outside = audienceCityOptions(3)
      .flat()
      .filter((o) => !CENTRAL_ASIA.has(o));
    expect(outside.length).toBeGreaterThan(0);
  });

  it('a wrong city for a summit in China is another Chinese city first', () => {
    const options = (rules: number) =>
      SEEDS.map((seed) => {
        const q = questions(rules, seed, ['single']).find(
          (x) => x.claimId === 'china-central-asia-summit-2023/city',
        );
        return q?.kind === 'single' ? q.options.map((o) => o.id) : [];
      });
    // The fixture's other Chinese cities are Beijing and Shanghai; the third is from elsewhere.
    for (const offered of options(4))
      expect(offered).toEqual(expect.arrayContaining(['beijing', 'shanghai']));
    expect(options(3).some((o) => !(o.includes('beijing') && o.includes('shanghai')))).toBe(true);
  });

  it("a city question does not name the host by his country's office; the date question still does", () => {
    const prompts = (rules: number) =>
      questions(rules, 1, ['single']).filter((q) => q.factIds.includes('rahmon-meets-wang-2024'));
    const city = (rules: number) => prompts(rules).find((q) => q.claimId.endsWith('/city'))!;
    expect(city(3).prompt.zh).toContain('塔吉克斯坦总统');
    expect(city(4).prompt.zh).toBe('2024年4月5日，埃莫马利·拉赫蒙在哪座城市会见了王小洪？');
    expect(city(4).prompt.en).not.toContain('Tajikistan');
    const date = prompts(4).find((q) => q.claimId.endsWith('/date'))!;
    expect(date.prompt.zh).toContain('塔吉克斯坦总统埃莫马利·拉赫蒙');
  });

  it('no statement about where a host met a guest names the country by the title', () => {
    const stated = SEEDS.flatMap((seed) =>
      questions(4, seed, ['truefalse']).flatMap((q) =>
        q.kind === 'truefalse' && AUDIENCES.some((a) => q.claimId === `${a}/city`)
          ? [q.prompt.zh]
          : [],
      ),
    );
    expect(stated.length).toBeGreaterThan(0);
    for (const s of stated) expect(s).not.toMatch(/(塔吉克斯坦|乌兹别克斯坦|哈萨克斯坦)总统/);
  });
});
