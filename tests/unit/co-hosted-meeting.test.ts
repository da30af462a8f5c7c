import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';
import { withPlaces } from '../fixtures/places';

/*
 * Rules 4 (lib/questions/rules.ts, coHostedCities). The fixture's 16th meeting, in Dushanbe, is
 * given Bishkek as a co-host here, as the Milano Cortina Games have two host cities: no question
 * may then ask its one host city.
 */
const fixture = withPlaces(loadContent(FIXTURE_ROOT));
const MEETING = 'sco-ssc-16';
const content: ContentBundle = {
  ...fixture,
  decks: fixture.decks.map((d) => ({
    ...d,
    facts: d.facts.map((f) =>
      f.id === MEETING && f.kind === 'meeting' ? { ...f, coHosts: ['bishkek'] } : f,
    ),
  })),
};

function questionsOn(rules: number): Question[] {
  return [1, 2, 3].flatMap((seed) =>
    generateQuestions(content, { deckIds: ['sco-ssc-2024-article'], seed, rules }).filter((q) =>
      q.factIds.includes(MEETING),
    ),
  );
}

describe('a meeting two cities hosted (rules 4)', () => {
  it('is never asked its one host city', () => {
    const asked = questionsOn(4);
    expect(asked.filter((q) => q.claimId === `${MEETING}/city`)).toEqual([]);
    expect(questionsOn(3).some((q) => q.claimId === `${MEETING}/city`)).toBe(true);
  });

  it('is asked which cities hosted it, with both keyed', () => {
    const which = questionsOn(4).find(
      (q) => q.kind === 'multiple' && q.claimId === `${MEETING}/cities`,
    );
    expect(which?.prompt.zh).toBe(
      '上海合作组织成员国安全会议秘书第十六次会议由哪些城市联合举办？（多选）',
    );
    expect(which?.kind === 'multiple' && [...which.answer].sort()).toEqual(['bishkek', 'dushanbe']);
  });

  it('names both cities where it says where the meeting was held', () => {
    const ordinal = questionsOn(4).find((q) => q.claimId === `${MEETING}/ordinal`);
    expect(ordinal?.prompt.zh).toContain('在杜尚别和比什凯克举行');
    expect(ordinal?.prompt.en).toContain('in Dushanbe and Bishkek');
  });
});
