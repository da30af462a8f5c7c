import { describe, expect, it } from 'vitest';
import {
  answerLearn,
  currentItem,
  isComplete,
  type LearnState,
  missesBefore,
  parseLearnState,
  parseSavedLearn,
  REPEAT_GAP,
  type SavedLearn,
  startLearn,
  summarizeLearn,
} from '../../lib/questions/learn';

/** Answers the session through: `wrong(item, tries so far)` says which answers are missed. */
function play(
  count: number,
  wrong: (item: number, tries: number) => boolean,
  gap = REPEAT_GAP,
): { state: LearnState; asked: number[] } {
  let state = startLearn(count);
  const asked: number[] = [];
  for (let step = 0; !isComplete(state); step++) {
    if (step > 10_000) throw new Error('the session never ends');
    const item = currentItem(state)!;
    asked.push(item);
    state = answerLearn(state, !wrong(item, state.tries[item]!), gap);
  }
  return { state, asked };
}

describe('a learn session', () => {
  it('asks every item once, in order, when every answer is right', () => {
    const { state, asked } = play(5, () => false);
    expect(asked).toEqual([0, 1, 2, 3, 4]);
    expect(state.learned).toEqual([0, 1, 2, 3, 4]);
    expect(summarizeLearn(state)).toEqual({
      total: 5,
      learned: 5,
      answers: 5,
      firstTry: [0, 1, 2, 3, 4],
      retried: [],
    });
  });

  it(`brings a missed item back after ${REPEAT_GAP} other items, never straight away`, () => {
    let state = startLearn(6);
    state = answerLearn(state, false);
    expect(state.queue).toEqual([1, 2, 3, 0, 4, 5]);
    expect(missesBefore(state, 0)).toBe(1);
    expect(missesBefore(state, 1)).toBe(0);
  });

  it('brings a missed item back at the end when fewer others are left', () => {
    let state = startLearn(3);
    state = answerLearn(state, true); // 0 learned
    state = answerLearn(state, false); // 1 missed: only 2 is left
    expect(state.queue).toEqual([2, 1]);
  });

  it('with one item, asks it again until it is answered right', () => {
    const { state, asked } = play(1, (_item, tries) => tries < 3);
    expect(asked).toEqual([0, 0, 0, 0]);
    expect(summarizeLearn(state)).toEqual({
      total: 1,
      learned: 1,
      answers: 4,
      firstTry: [],
      retried: [{ item: 0, tries: 4 }],
    });
  });

  it('never asks the same item twice in a row while another is left', () => {
    // Every item missed twice before it is learned.
    for (const count of [2, 3, 4, 7, 10]) {
      const { asked } = play(count, (_item, tries) => tries < 2);
      for (let i = 1; i < asked.length; i++) {
        const othersLeft = new Set(asked.slice(i)).size > 1;
        if (othersLeft) expect(asked[i], `count ${count}, answer ${i}`).not.toBe(asked[i - 1]);
      }
    }
  });

  it('ends only when every item has been answered right once, however often they are missed', () => {
    const { state, asked } = play(4, (_item, tries) => tries < 5);
    expect(isComplete(state)).toBe(true);
    expect([...state.learned].sort()).toEqual([0, 1, 2, 3]);
    expect(asked).toHaveLength(4 * 6);
    expect(state.tries).toEqual([6, 6, 6, 6]);
    expect(summarizeLearn(state).answers).toBe(24);
  });

  it('keeps asking a missed item while the others are learned', () => {
    // Item 1 is missed three times; the others are right at once.
    const { asked, state } = play(5, (item, tries) => item === 1 && tries < 3);
    expect(asked).toEqual([0, 1, 2, 3, 4, 1, 1, 1]);
    expect(state.learned).toEqual([0, 2, 3, 4, 1]);
  });

  it('reports items right first time and items that took several tries, the most tries first', () => {
    const misses: Record<number, number> = { 1: 1, 3: 2 };
    const { state } = play(5, (item, tries) => tries < (misses[item] ?? 0));
    const summary = summarizeLearn(state);
    expect(summary.firstTry).toEqual([0, 2, 4]);
    expect(summary.retried).toEqual([
      { item: 3, tries: 3 },
      { item: 1, tries: 2 },
    ]);
    expect(summary.answers).toBe(5 + 1 + 2);
  });

  it('is deterministic: the same answers give the same order', () => {
    const wrong = (item: number, tries: number) => (item * 7 + tries) % 3 === 0;
    expect(play(9, wrong)).toEqual(play(9, wrong));
  });

  it('takes a smaller gap, but never less than one other item', () => {
    expect(answerLearn(startLearn(5), false, 1).queue).toEqual([1, 0, 2, 3, 4]);
    expect(answerLearn(startLearn(5), false, 0).queue).toEqual([1, 0, 2, 3, 4]);
  });

  it('does not change a finished session or an empty one', () => {
    const done = play(2, () => false).state;
    expect(answerLearn(done, false)).toBe(done);
    const empty = startLearn(0);
    expect(isComplete(empty)).toBe(true);
    expect(currentItem(empty)).toBeUndefined();
    expect(summarizeLearn(empty)).toMatchObject({ total: 0, learned: 0, answers: 0 });
  });

  it('does not change the state it is given', () => {
    const state = startLearn(4);
    const copy = structuredClone(state);
    answerLearn(state, false);
    answerLearn(state, true);
    expect(state).toEqual(copy);
  });
});

describe('parseLearnState', () => {
  const midway: LearnState = { queue: [2, 0, 3], tries: [1, 1, 0, 0], learned: [1] };

  it('reads back a state a session can reach', () => {
    expect(parseLearnState(JSON.parse(JSON.stringify(midway)), 4)).toEqual(midway);
    const done = play(3, (item, tries) => item === 0 && tries < 1).state;
    expect(parseLearnState(done, 3)).toEqual(done);
  });

  it('refuses states no session can reach', () => {
    for (const bad of [
      null,
      'state',
      { ...midway, queue: [2, 0] }, // item 3 lost
      { ...midway, queue: [2, 0, 3, 3] }, // twice
      { ...midway, queue: [2, 0, 1] }, // learned and queued
      { ...midway, queue: [2, 0, 4] }, // no such item
      { ...midway, queue: [2, 0, 2.5] },
      { ...midway, tries: [1, 1, 0] },
      { ...midway, tries: [1, 0, 0, 0] }, // learned without an answer
      { ...midway, tries: [1, 1, -1, 0] },
      { ...midway, tries: [1, 1, '0', 0] },
      { ...midway, learned: 1 },
    ]) {
      expect(parseLearnState(bad, 4), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('parseSavedLearn', () => {
  const decks = new Set(['article', 'timeline']);
  const saved: SavedLearn = {
    search: 'deck=article',
    settings: { deckIds: ['article'], kinds: ['single', 'fill'], count: 5 },
    seed: 42,
    state: { queue: [2, 0, 3, 4], tries: [1, 1, 0, 0, 0], learned: [1] },
  };
  const parse = (value: unknown, search = 'deck=article') =>
    parseSavedLearn(typeof value === 'string' ? value : JSON.stringify(value), search, decks);

  it('reads back a session it saved, at the same address only', () => {
    expect(parse(saved)).toEqual(saved);
    expect(parse(saved, '')).toBeNull();
    expect(parse(saved, 'deck=timeline')).toBeNull();
  });

  it('keeps a session with fewer items than asked for (the decks gave fewer questions)', () => {
    const fewer = { ...saved, state: { queue: [1], tries: [1, 0], learned: [0] } };
    expect(parse(fewer)).toEqual(fewer);
  });

  it('refuses more items than asked for, bad seeds, unknown decks and text that is not a session', () => {
    expect(parseSavedLearn(null, '', decks)).toBeNull();
    for (const raw of ['', '{', 'null', '[]', '42']) expect(parse(raw), raw).toBeNull();
    for (const bad of [
      { settings: { ...saved.settings, count: 4 } },
      { settings: { ...saved.settings, deckIds: ['gone'] } },
      { seed: -1 },
      { seed: 1.5 },
      { seed: '42' },
      { state: { queue: [], tries: [], learned: [] } },
      { state: { ...saved.state, learned: [1, 1] } },
      { state: null },
    ]) {
      expect(parse({ ...saved, ...bad }), JSON.stringify(bad)).toBeNull();
    }
  });
});
