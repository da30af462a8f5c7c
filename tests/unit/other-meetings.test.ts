import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '@/lib/content/index-content';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { validateContent } from '@/lib/content/validate';
import { timelineEvents } from '@/lib/questions/claims';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_ROOT } from '../fixtures/content';

type OtherMeeting = { ordinal: number; date: string; city: string | null };

function withOtherMeetings(meetings: OtherMeeting[]): ContentBundle {
  const bundle = structuredClone(loadContent(FIXTURE_ROOT));
  bundle.entities.find((e) => e.id === 'sco-ssc')!.otherMeetings = meetings;
  return bundle;
}

const labelOf = (bundle: ContentBundle, factId: string) => {
  const index = indexContent(bundle);
  return timelineEvents(index, index.facts).find((e) => e.factId === factId)?.label.zh;
};

describe("a series' other meetings", () => {
  it('make the label of a recorded meeting in the same city say more', () => {
    expect(labelOf(withOtherMeetings([]), 'sco-ssc-16')).toBe('上合安全会议秘书会议在杜尚别举行');
    const detailed = labelOf(
      withOtherMeetings([{ ordinal: 9, date: '2014-04', city: 'dushanbe' }]),
      'sco-ssc-16',
    );
    expect(detailed).toMatch(/^上合安全会议秘书会议在杜尚别举行（.+）$/);
  });

  it('are never asked', () => {
    const bundle = withOtherMeetings([{ ordinal: 9, date: '2014-04', city: 'dushanbe' }]);
    const index = indexContent(bundle);
    expect(timelineEvents(index, index.facts).some((e) => e.date === '2014-04')).toBe(false);
  });

  it('content:check refuses one that is also a fact, or names no city', () => {
    const root = path.join(FIXTURE_ROOT, 'content');
    const glossary = JSON.parse(readFileSync(path.join(root, 'glossary.json'), 'utf8')) as {
      entities: { id: string; otherMeetings?: OtherMeeting[] }[];
    };
    glossary.entities.find((e) => e.id === 'sco-ssc')!.otherMeetings = [
      { ordinal: 16, date: '2021-06', city: 'dushanbe' },
      { ordinal: 9, date: '2014-04', city: 'tajikistan' },
    ];
    const decks = readdirSync(path.join(root, 'decks')).map((name) => ({
      file: `content/decks/${name}`,
      text: readFileSync(path.join(root, 'decks', name), 'utf8'),
    }));
    const result = validateContent(
      { file: 'content/glossary.json', text: JSON.stringify(glossary) },
      decks,
    );
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => `${p.factId ?? ''} ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^sco-ssc-16 .*otherMeetings/));
    expect(messages).toContainEqual(expect.stringContaining('"tajikistan" is not a city'));
  });
});
