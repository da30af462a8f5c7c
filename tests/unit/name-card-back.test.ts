import { describe, expect, it } from 'vitest';
import { contentCards } from '../../lib/cards/content-cards';
import { writeCardsFile } from '../../lib/cards/file';
import { fileCards } from '../../lib/cards/session';
import { loadContent } from '../../lib/content/load';
import { ALL_DECKS } from '../../lib/progress/settings-limits';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * A name card asks for a name ("“印度”的英文名称是什么？ India"). Its back used to show the note
 * of the first fact naming the entity ("阿斯塔纳峰会通过决议，给予印巴两国成员国地位。"), which
 * is about that fact, not the name.
 */

const content = loadContent(FIXTURE_ROOT);
const isName = (key: string) => key.startsWith('name:');

describe('a name card', () => {
  const sessions = [
    contentCards(content)(undefined, [ALL_DECKS]),
    fileCards(JSON.parse(JSON.stringify(writeCardsFile(content)))).session(undefined, [ALL_DECKS]),
  ];

  it('carries no note of the fact that names the entity', () => {
    for (const cards of sessions) {
      const names = cards.filter((c) => isName(c.key));
      expect(names.length).toBeGreaterThan(0);
      for (const card of names) expect(card).not.toHaveProperty('note');
    }
  });

  it('leaves the notes of claim cards as they were', () => {
    const withNote = new Set(
      content.decks
        .flatMap((d) => d.facts)
        .filter((f) => f.note)
        .map((f) => f.id),
    );
    expect(withNote.size).toBeGreaterThan(0);
    for (const cards of sessions) {
      const claims = cards.filter((c) => !isName(c.key) && withNote.has(c.fact));
      expect(claims.length).toBeGreaterThan(0);
      for (const card of claims) expect(card.note).toBeDefined();
    }
  });
});
