import { describe, expect, it } from 'vitest';
import { compactAnswer, type CompactAnswer } from '@/lib/classroom/answers';
import {
  type ClassroomContent,
  contentAt,
  type ContentHistory,
  currentState,
  recordVersion,
  stateAt,
} from '@/lib/classroom/content-history';
import {
  type ClassroomQuiz,
  createQuiz,
  openQuiz,
  type QuizChoice,
  quizFingerprint,
} from '@/lib/classroom/quiz';
import { decodeQuizCode, encodeQuizCode } from '@/lib/classroom/quiz-code';
import { groupCode } from '@/lib/classroom/base32';
import {
  loadQuizSnapshot,
  type SnapshotStorage,
  storeQuizSnapshot,
} from '@/lib/classroom/quiz-snapshot';
import { gradeResult } from '@/lib/classroom/results';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import type { ContentBundle } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import type { Fact } from '@/lib/content/schema';
import { generateQuestions, pickQuiz } from '@/lib/questions/generate';
import { QUESTION_KINDS, type Question } from '@/lib/questions/models';
import { FIRST_RULES } from '@/lib/questions/rules';
import { FIXTURE_ROOT } from '../fixtures/content';
import { quizCodeAs } from './classroom-fixtures';

const fixture = loadContent(FIXTURE_ROOT);

/** A device's storage as a map. */
function memoryStorage() {
  const map = new Map<string, string>();
  const storage: SnapshotStorage = {
    keys: (prefix) => [...map.keys()].filter((key) => key.startsWith(prefix)),
    read: (key) => map.get(key) ?? null,
    write: (key, value) => {
      if (value === null) map.delete(key);
      else map.set(key, value);
      return true;
    },
  };
  return { map, storage };
}
const EMPTY: ContentHistory = { versions: [] };

function withHistory(content: ContentBundle, history: ContentHistory): ClassroomContent {
  return { ...content, history: recordVersion(history, content) };
}

const CHOICE: QuizChoice = {
  deckIds: fixture.decks.map((d) => d.id),
  kinds: [...QUESTION_KINDS],
  count: 12,
  secondsPerQuestion: 30,
  language: 'both',
  seed: 4242,
};

/** A fact copied under a new id and, if dated, one year later: a fact the content did not have. */
function laterCopy(fact: Fact, id: string): Fact {
  const date = 'date' in fact && typeof fact.date === 'string' ? fact.date : undefined;
  if (!date) return { ...fact, id };
  return { ...fact, id, date: `${Number(date.slice(0, 4)) + 1}${date.slice(4)}` } as Fact;
}

/** The fixture after a season of editing: a new glossary entry, a new fact in a deck, a new deck. */
function grown(content: ContentBundle): ContentBundle {
  const [first, ...rest] = content.decks;
  const lastFact = first!.facts.findLast((f) => 'date' in f)!;
  return {
    entities: [
      ...content.entities.slice(0, 5),
      {
        id: 'mongolia',
        type: 'country',
        name: { zh: '蒙古国', en: 'Mongolia' },
        aliases: { zh: [], en: [] },
      },
      ...content.entities.slice(5),
    ] as ContentBundle['entities'],
    decks: [
      { ...first!, facts: [...first!.facts, laterCopy(lastFact, 'added-meeting')] },
      ...rest,
      {
        ...first!,
        id: 'added-deck',
        facts: first!.facts.map((f, i) => laterCopy(f, `added-deck-${i}`)),
        includes: [],
      },
    ],
  };
}

/** Every question right, then every other one skipped: a result with both marks in it. */
function answersFor(quiz: ClassroomQuiz): CompactAnswer[] {
  return quiz.questions.map((q, i) =>
    i % 2 === 0 ? compactAnswer(q, rightAnswer(q)) : { type: 'none' },
  );
}

function rightAnswer(q: Question) {
  switch (q.kind) {
    case 'single':
      return { kind: 'single' as const, optionId: q.answer };
    case 'multiple':
      return { kind: 'multiple' as const, optionIds: q.answer };
    case 'truefalse':
      return { kind: 'truefalse' as const, value: q.answer };
    case 'fill':
      return { kind: 'fill' as const, text: q.answer.accepted[0]! };
    case 'order':
      return { kind: 'order' as const, optionIds: q.answer };
    case 'match':
      return { kind: 'match' as const, pairs: q.answer };
  }
}

describe('content history', () => {
  it('records a version only when the content changed, with the items that changed', () => {
    const once = recordVersion(EMPTY, fixture);
    expect(once.versions).toHaveLength(1);
    expect(recordVersion(once, fixture)).toBe(once);
    const twice = recordVersion(once, grown(fixture));
    expect(twice.versions).toHaveLength(2);
    expect(Object.keys(twice.versions[1]!.set).sort()).toEqual(
      [
        'deck:added-deck',
        'entity:mongolia',
        `fact:${fixture.decks[0]!.id}/added-meeting`,
        ...fixture.decks[0]!.facts.map((_, i) => `fact:added-deck/added-deck-${i}`),
      ].sort(),
    );
    expect(stateAt(twice, 1)).toEqual(currentState(fixture));
    expect(stateAt(twice, 2)).toEqual(currentState(grown(fixture)));
  });

  it('gives back the content as a version held it', () => {
    const history = recordVersion(EMPTY, fixture);
    const later = withHistory(grown(fixture), history);
    expect(contentAt(later, 1)).toEqual(fixture);
  });
});

describe('quiz codes after content changes', () => {
  const teacher = withHistory(fixture, EMPTY);
  const quiz = createQuiz(teacher, CHOICE);
  const student = withHistory(grown(fixture), teacher.history!);

  it('name the content version they were drawn from', () => {
    const decoded = decodeQuizCode(quiz.code);
    expect(decoded.ok && decoded.value.contentVersion).toBe(1);
  });

  it('open the same questions, options in the same places, after a deck, a fact and a glossary entry are added', () => {
    // Without the history, the grown content draws another quiz: the test below could fail.
    const unpinned = pickQuiz(
      generateQuestions(grown(fixture), {
        seed: CHOICE.seed,
        deckIds: CHOICE.deckIds,
        kinds: CHOICE.kinds,
      }),
      CHOICE.count,
      CHOICE.seed,
    );
    expect(unpinned).not.toEqual(quiz.questions);

    const opened = openQuiz(student, quiz.code);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.questions).toEqual(quiz.questions);
    expect(opened.value.changes).toBeUndefined();
  });

  it('grade a result the same on the grown content as on the teacher’s', () => {
    const answers = answersFor(quiz);
    const opened = openQuiz(student, quiz.code);
    if (!opened.ok) throw new Error('did not open');
    const graded = gradeResult(opened.value, answers);
    expect(graded).toEqual(gradeResult(quiz, answers));
    expect(graded.score).toBe(Math.ceil(quiz.questions.length / 2));
  });

  it('open with a notice naming the questions on a fact edited since', () => {
    const position = 3;
    const factId = quiz.questions[position - 1]!.factIds[0]!;
    const edited: ContentBundle = {
      ...fixture,
      decks: fixture.decks.map((d) => ({
        ...d,
        facts: d.facts.map((f) =>
          f.id === factId ? { ...f, note: { zh: '修订后的说明。', en: 'A revised note.' } } : f,
        ),
      })),
    };
    const opened = openQuiz(withHistory(edited, teacher.history!), quiz.code);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const onFact = quiz.questions.flatMap((q, i) => (q.factIds.includes(factId) ? [i + 1] : []));
    expect(opened.value.changes?.editedQuestions).toEqual(onFact);
    expect(onFact).toContain(position);
  });

  it('open with a notice when a glossary entry a question names was edited', () => {
    const factId = quiz.questions[0]!.factIds[0]!;
    const fact = fixture.decks.flatMap((d) => d.facts).find((f) => f.id === factId)!;
    const named = fixture.entities.find((e) => JSON.stringify(fact).includes(`"${e.id}"`))!;
    const edited: ContentBundle = {
      ...fixture,
      entities: fixture.entities.map((e) =>
        e.id === named.id ? { ...e, name: { ...e.name, en: `${e.name.en} (renamed)` } } : e,
      ),
    };
    const opened = openQuiz(withHistory(edited, teacher.history!), quiz.code);
    expect(opened.ok && opened.value.changes?.editedQuestions).toContain(1);
  });

  it('name the deck when one the code used was deleted since, and grade from a kept copy', () => {
    const [gone, kept] = fixture.decks;
    // The deck is deleted, and the next build records that as a version.
    const without: ContentBundle = {
      ...fixture,
      decks: [
        {
          ...kept!,
          includes: kept!.includes.filter((id) => !gone!.facts.some((f) => f.id === id)),
        },
      ],
    };
    const device = withHistory(without, teacher.history!);
    expect(device.history!.versions).toHaveLength(2);
    expect(device.history!.versions[1]!.drop).toContain(`deck:${gone!.id}`);
    expect(openQuiz(device, quiz.code)).toEqual({
      ok: false,
      problem: { kind: 'unknown-deck', missing: 1, removed: [gone!.id] },
    });

    // The results page kept the quiz when it opened it, and grades a code against that copy.
    const { storage } = memoryStorage();
    expect(storeQuizSnapshot(quiz, storage)).toBe(true);
    const copy = loadQuizSnapshot(quiz.code, storage);
    expect(copy?.questions).toEqual(quiz.questions);
    expect(copy?.decks).toEqual(quiz.decks.map(({ id, title }) => ({ id, title })));
    const answers = answersFor(quiz);
    expect(gradeResult(copy!, answers)).toEqual(gradeResult(quiz, answers));
  });

  it('find the kept copy from the code as typed: grouped and in lower case', () => {
    const { storage } = memoryStorage();
    storeQuizSnapshot(quiz, storage);
    const typed = groupCode(quiz.code).toLowerCase();
    expect(typed).not.toBe(quiz.code);
    expect(loadQuizSnapshot(typed, storage)?.code).toBe(quiz.code);
  });

  it('keep no copy of another quiz, or one that cannot be read', () => {
    const { storage, map } = memoryStorage();
    storeQuizSnapshot(quiz, storage);
    const other = createQuiz(teacher, { ...CHOICE, seed: 4243 });
    map.set(
      STORAGE_KEYS.classroomQuiz(other.code),
      map.get(STORAGE_KEYS.classroomQuiz(quiz.code))!,
    );
    expect(loadQuizSnapshot(other.code, storage)).toBeNull();
    map.set(STORAGE_KEYS.classroomQuiz(quiz.code), '{"code":');
    expect(loadQuizSnapshot(quiz.code, storage)).toBeNull();
    expect(loadQuizSnapshot('NOT-A-CODE', storage)).toBeNull();
  });

  it('say so when the code needs a newer content version than this device has', () => {
    const newer = encodeQuizCode({ ...quiz.settings, contentVersion: 2 });
    expect(openQuiz(teacher, newer)).toEqual({
      ok: false,
      problem: { kind: 'content-too-new' },
    });
  });
});

describe('codes handed out in the first format', () => {
  // As the app made them then: the quiz drawn by the first generator rules.
  const { settings } = createQuiz(fixture, CHOICE);
  const questions = pickQuiz(
    generateQuestions(fixture, { ...CHOICE, rules: FIRST_RULES }),
    CHOICE.count,
    CHOICE.seed,
  );
  // In the first format, before content versions and pacing.
  const old = quizCodeAs(1, { ...settings, fingerprint: quizFingerprint(questions) });

  it('still open, on the content as it is, under the text they were handed out as', () => {
    expect(old[0]).toBe('1');
    const opened = openQuiz(withHistory(fixture, EMPTY), old.toLowerCase());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.code).toBe(old);
    expect(opened.value.questions).toEqual(questions);
    expect(opened.value.teacherPaced).toBe(false);
    expect(opened.value.changes).toBeUndefined();
  });

  it('say how many characters a cut one is missing', () => {
    expect(decodeQuizCode(old.slice(0, -2))).toEqual({
      ok: false,
      problem: { kind: 'truncated', missing: 2 },
    });
  });
});
