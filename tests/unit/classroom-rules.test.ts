import { describe, expect, it } from 'vitest';
import { recordVersion } from '@/lib/classroom/content-history';
import { createQuiz, openQuiz, quizOpener, type QuizChoice } from '@/lib/classroom/quiz';
import { decodeQuizCode, encodeQuizCode } from '@/lib/classroom/quiz-code';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { generateQuestions, pickQuiz } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { FIRST_RULES, follows, LATEST_RULES } from '@/lib/questions/rules';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * A classroom code draws by the generator rules it names (lib/questions/rules.ts). In the fixture,
 * Zhao Kezhi attended the 13th and 14th meetings in person; the article deck holds the 14th only.
 * Rules 1 asked that deck "which meetings did he attend in person" and keyed both; rules 2 key the
 * 14th alone, and so change the random draws of every quiz after that question.
 */
const loaded = loadContent(FIXTURE_ROOT);
const content = { ...loaded, history: recordVersion({ versions: [] }, loaded) };
const DECK = 'sco-ssc-2024-article';
const IN_PERSON = 'sco-ssc/zhao-kezhi/in-person/meetings';

const CHOICE: QuizChoice = {
  deckIds: [DECK],
  kinds: ['single', 'multiple'],
  count: 6,
  secondsPerQuestion: 30,
  language: 'en',
  seed: 2,
};

/**
 * CHOICE's code as the app made it before codes named their rules (format 2), as a teacher may
 * have handed it out, and the questions it opened then. Made once; never make it again to pass.
 */
const HANDED_OUT = '28CC7-G000G-013WN-6XMC1-K12Q0-5';
const HANDED_OUT_QUESTIONS = [
  `multiple:${IN_PERSON}`,
  'single:sco-ssc-18/ordinal',
  'multiple:sco-ssc-2024-article:statements:7',
  'single:sco-ssc-1/host',
  'multiple:sco-founding/founders',
  'single:china-central-asia-summit-2023/date',
];

const deckOrdinals = new Set(
  indexContent(content)
    .deckFacts(content.decks.find((d) => d.id === DECK)!)
    .flatMap((f) => (f.kind === 'meeting' ? [`ordinal-${f.ordinal}`] : [])),
);

/** The meetings keyed by a question on which meetings Zhao Kezhi attended in person. */
function keyedMeetings(questions: readonly Question[]): string[][] {
  return questions.flatMap((q) =>
    q.claimId === IN_PERSON && (q.kind === 'single' || q.kind === 'multiple')
      ? [typeof q.answer === 'string' ? [q.answer] : [...q.answer]]
      : [],
  );
}

function opened(code: string) {
  const result = openQuiz(content, code);
  if (!result.ok) throw new Error(`${code} does not open: ${result.problem.kind}`);
  return result.value;
}

/**
 * CHOICE's quiz drawn by these rules, as the generator draws a classroom quiz: from rules
 * `openerFirst` on, after its opener (lib/classroom/opener.ts).
 */
const drawnBy = (rules: number) =>
  pickQuiz(
    generateQuestions(content, { ...CHOICE, rules }),
    CHOICE.count,
    CHOICE.seed,
    undefined,
    follows(rules, 'openerFirst') ? quizOpener(content, CHOICE, rules) : undefined,
  );

const ids = (questions: readonly Question[]) => questions.map((q) => q.id);

describe('generator rules in classroom codes', () => {
  it('a code handed out before codes named their rules opens the quiz it opened then', () => {
    const decoded = decodeQuizCode(HANDED_OUT);
    expect(decoded.ok && decoded.value.rulesVersion).toBe(FIRST_RULES);
    const quiz = opened(HANDED_OUT);
    expect(ids(quiz.questions)).toEqual(HANDED_OUT_QUESTIONS);
    // Its fingerprint (question ids, options and answers as drawn then) still matches.
    expect(quiz.changes).toBeUndefined();
    // Drawn by the first rules, the question keys the 13th meeting, of another deck.
    expect(keyedMeetings(quiz.questions)).toEqual([['ordinal-13', 'ordinal-14']]);
  });

  it('a code made today names the latest rules and opens the quiz they draw', () => {
    const made = createQuiz(content, CHOICE);
    expect(made.settings.rulesVersion).toBe(LATEST_RULES);
    expect(LATEST_RULES).toBeGreaterThan(FIRST_RULES);
    const quiz = opened(made.code);
    expect(quiz.questions).toEqual(made.questions);
    expect(quiz.changes).toBeUndefined();
    expect(ids(quiz.questions)).toEqual(ids(drawnBy(LATEST_RULES)));
    // The same settings drawn by the first rules give the quiz handed out: the rules decide.
    expect(ids(drawnBy(FIRST_RULES))).toEqual(HANDED_OUT_QUESTIONS);
    expect(ids(quiz.questions)).not.toEqual(HANDED_OUT_QUESTIONS);
  });

  it('the rules a code names decide which quiz it opens, whatever else it holds', () => {
    const made = createQuiz(content, CHOICE);
    const asFirstRules = opened(encodeQuizCode({ ...made.settings, rulesVersion: FIRST_RULES }));
    expect(asFirstRules.questions).toEqual(opened(HANDED_OUT).questions);
  });

  it("new codes key only the deck's meetings", () => {
    // Seeds enough that some quiz asks the question whatever the latest rules draw before it.
    const seeds = Array.from({ length: 64 }, (_, i) => i + 1);
    const keyed = seeds.flatMap((seed) =>
      keyedMeetings(opened(createQuiz(content, { ...CHOICE, seed }).code).questions),
    );
    // The question is asked, and keys the 14th alone.
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.flat().filter((ordinal) => !deckOrdinals.has(ordinal))).toEqual([]);
  });

  it('codes drawn by rules 1 and 2 ask a stated gap as a count; by rules 3, as the year it began', () => {
    const gap = 'wang-in-person-after-four-years/years';
    const keyed = (rules: number) =>
      generateQuestions(content, { deckIds: [DECK], kinds: ['single'], seed: 1, rules }).find(
        (q) => q.claimId === gap,
      )?.answer;
    expect(keyed(1)).toBe('count-4');
    expect(keyed(2)).toBe('count-4');
    expect(keyed(3)).toBe('year-2019');
  });

  it('statement questions key two or more statements by rules 3, and could key one before', () => {
    const truths = (rules: number) =>
      [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) =>
        generateQuestions(content, { deckIds: [DECK], kinds: ['multiple'], seed, rules }).flatMap(
          (q) => (q.kind === 'multiple' && q.id.includes(':statements:') ? [q.answer.length] : []),
        ),
      );
    expect(Math.min(...truths(2))).toBe(1);
    expect(Math.min(...truths(3))).toBeGreaterThanOrEqual(2);
  });
});
