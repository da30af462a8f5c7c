import fc from 'fast-check';
import { z } from 'zod';
import {
  ACCEPTED_FORMS_INDEXED,
  type CompactAnswer,
  keptText,
  MAX_OPTIONS,
} from '@/lib/classroom/answers';
import { BitWriter } from '@/lib/classroom/bits';
import { closeFrame } from '@/lib/classroom/frame';
import {
  CONTENT_VERSION_BITS,
  HASH_BITS,
  MAX_CONTENT_VERSION,
  MAX_DECKS,
  MAX_QUESTIONS,
  MAX_SECONDS,
  MIN_SECONDS,
  type QuizCodeData,
  RULES_BITS,
  SEED_LIMIT,
} from '@/lib/classroom/quiz-code';
import { QUIZ_HASH_BITS, type ResultV1 } from '@/lib/classroom/result-code-v1';
import {
  MAX_ATTEMPT,
  MAX_DAY,
  MAX_SECONDS_TAKEN,
  normalizeNickname,
  type StudentResult,
} from '@/lib/classroom/student-result';
import type { Question } from '@/lib/questions/models';
import { DISPLAY_MODES } from '@/lib/display';
import { QUESTION_KINDS } from '@/lib/questions/models';
import { FIRST_RULES, LATEST_RULES } from '@/lib/questions/rules';

/*
 * Arbitrary valid values of the classroom codes, and the rules of quiz and result codes written a second way, as zod schemas: the oracle the
 * classroom's hand-written checks (lib/classroom/checks.ts) are tested against.
 */

const hash = z
  .int()
  .min(0)
  .max(2 ** HASH_BITS - 1);
const seconds = z
  .int()
  .min(0)
  .max(MAX_SECONDS)
  .refine((s) => s === 0 || s >= MIN_SECONDS);

export const QuizCodeDataOracle = z.strictObject({
  language: z.enum(DISPLAY_MODES),
  kinds: z
    .array(z.enum(QUESTION_KINDS))
    .min(1)
    .refine((k) => new Set(k).size === k.length),
  count: z.int().min(1).max(MAX_QUESTIONS),
  secondsPerQuestion: seconds,
  seed: z
    .int()
    .min(0)
    .max(SEED_LIMIT - 1),
  teacherPaced: z.boolean(),
  contentVersion: z.int().min(0).max(MAX_CONTENT_VERSION),
  rulesVersion: z.int().min(FIRST_RULES).max(LATEST_RULES),
  deckHashes: z
    .array(hash)
    .min(1)
    .max(MAX_DECKS)
    .refine((h) => new Set(h).size === h.length),
  fingerprint: hash,
});

const optionIndex = z
  .int()
  .min(0)
  .max(MAX_OPTIONS - 1);

export const CompactAnswerOracle = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('choice'), index: optionIndex }),
  z.strictObject({
    type: z.literal('choices'),
    optionCount: z.int().min(1).max(MAX_OPTIONS),
    indexes: z.array(optionIndex),
  }),
  z.strictObject({
    type: z.literal('order'),
    order: z
      .array(optionIndex)
      .min(1)
      .max(MAX_OPTIONS)
      .refine((o) => new Set(o).size === o.length),
  }),
  z.strictObject({
    type: z.literal('pairs'),
    pairs: z.array(optionIndex.nullable()).min(1).max(MAX_OPTIONS),
  }),
  z.strictObject({
    type: z.literal('text'),
    text: z
      .string()
      .min(1)
      .refine((t) => t === keptText(t)),
  }),
  z.strictObject({
    type: z.literal('accepted'),
    index: z
      .int()
      .min(0)
      .max(ACCEPTED_FORMS_INDEXED - 1),
  }),
]);

export const StudentResultOracle = z.strictObject({
  nickname: z.string().refine((s) => s === normalizeNickname(s)),
  seconds: z.int().min(0).max(MAX_SECONDS_TAKEN),
  answers: z.array(CompactAnswerOracle).min(1).max(MAX_QUESTIONS),
  day: z.int().min(1).max(MAX_DAY).optional(),
  attempt: z.int().min(2).max(MAX_ATTEMPT).optional(),
});

export const QuizChoiceOracle = z.strictObject({
  deckIds: z.array(z.string().min(1)).min(1).max(MAX_DECKS),
  kinds: z.array(z.enum(QUESTION_KINDS)).min(1),
  count: z.int().min(1).max(MAX_QUESTIONS),
  secondsPerQuestion: seconds,
  language: z.enum(DISPLAY_MODES),
  seed: z
    .int()
    .min(0)
    .max(SEED_LIMIT - 1),
});

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

export const quizData: fc.Arbitrary<QuizCodeData> = fc.record({
  language: fc.constantFrom(...DISPLAY_MODES),
  kinds: fc.subarray([...QUESTION_KINDS], { minLength: 1 }),
  count: fc.integer({ min: 1, max: MAX_QUESTIONS }),
  secondsPerQuestion: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 255 })),
  seed: fc.integer({ min: 0, max: SEED_LIMIT - 1 }),
  teacherPaced: fc.boolean(),
  contentVersion: fc.integer({ min: 0, max: MAX_CONTENT_VERSION }),
  rulesVersion: fc.integer({ min: FIRST_RULES, max: LATEST_RULES }),
  deckHashes: fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 15 - 1 }), {
    minLength: 1,
    maxLength: 15,
  }),
  fingerprint: fc.integer({ min: 0, max: 2 ** 15 - 1 }),
});

/** Any Unicode, emoji and lone surrogates included, as a phone keyboard or a paste may give. */
export const anyText = fc.string({ unit: 'binary', maxLength: 40 });
export const index = fc.integer({ min: 0, max: MAX_OPTIONS - 1 });

export const answer: fc.Arbitrary<CompactAnswer> = fc.oneof(
  fc.constant({ type: 'none' as const }),
  fc.record({ type: fc.constant('choice' as const), index }),
  fc.integer({ min: 1, max: MAX_OPTIONS }).chain((optionCount) =>
    fc.record({
      type: fc.constant('choices' as const),
      optionCount: fc.constant(optionCount),
      indexes: fc.subarray(Array.from({ length: optionCount }, (_, i) => i)),
    }),
  ),
  fc.record({
    type: fc.constant('order' as const),
    order: fc.uniqueArray(index, { minLength: 1, maxLength: MAX_OPTIONS }),
  }),
  fc.record({
    type: fc.constant('pairs' as const),
    pairs: fc.array(fc.option(index, { nil: null }), { minLength: 1, maxLength: MAX_OPTIONS }),
  }),
  anyText
    .map((t) => keptText(t.replace(/\p{Cs}/gu, '')))
    .filter((t) => t.length > 0)
    .map((text) => ({ type: 'text' as const, text })),
  fc.record({ type: fc.constant('accepted' as const), index: fc.integer({ min: 0, max: 15 }) }),
);

/** The day and the attempt a result code of today carries: either may be absent. */
const dayAndAttempt = {
  day: fc.integer({ min: 1, max: MAX_DAY }),
  attempt: fc.integer({ min: 2, max: MAX_ATTEMPT }),
};

const resultFields = {
  nickname: anyText.map(normalizeNickname),
  seconds: fc.integer({ min: 0, max: 2 ** 16 - 1 }),
  answers: fc.array(answer, { minLength: 1, maxLength: MAX_QUESTIONS }),
};

export const result: fc.Arbitrary<StudentResult> = fc.record(
  { ...resultFields, ...dayAndAttempt },
  { requiredKeys: ['nickname', 'seconds', 'answers'] },
);

export const ResultV1Oracle = StudentResultOracle.omit({ day: true, attempt: true }).extend({
  quizHash: z
    .int()
    .min(0)
    .max(2 ** QUIZ_HASH_BITS - 1),
});

export const resultV1: fc.Arbitrary<ResultV1> = fc
  .tuple(fc.record(resultFields), fc.integer({ min: 0, max: 2 ** QUIZ_HASH_BITS - 1 }))
  .map(([r, quizHash]) => ({ quizHash, ...r }));

const typedText = anyText
  .map((t) => keptText(t.replace(/\p{Cs}/gu, '')))
  .filter((t) => t.length > 0);

/** Any answer a student can give this question, in the form compactAnswer gives it. */
export function answerFor(q: Question): fc.Arbitrary<CompactAnswer> {
  const none = fc.constant<CompactAnswer>({ type: 'none' });
  const n = 'options' in q ? q.options.length : 0;
  const positions = Array.from({ length: n }, (_, i) => i);
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return fc.oneof(
        none,
        fc.constantFrom(...positions).map((index) => ({ type: 'choice' as const, index })),
      );
    case 'multiple':
      return fc.oneof(
        none,
        fc
          .subarray(positions, { minLength: 1 })
          .map((indexes) => ({ type: 'choices' as const, optionCount: n, indexes })),
      );
    case 'order':
      return fc.oneof(
        none,
        fc
          .shuffledSubarray(positions, { minLength: n })
          .map((order) => ({ type: 'order' as const, order })),
      );
    case 'match':
      return fc.oneof(
        none,
        fc
          .array(fc.option(fc.constantFrom(...positions), { nil: null }), {
            minLength: q.left.length,
            maxLength: q.left.length,
          })
          .filter((pairs) => pairs.some((p) => p !== null))
          .map((pairs) => ({ type: 'pairs' as const, pairs })),
      );
    case 'fill':
      return fc.oneof(
        none,
        fc
          .integer({ min: 0, max: Math.min(q.answer.accepted.length, ACCEPTED_FORMS_INDEXED) - 1 })
          .map((index) => ({ type: 'accepted' as const, index })),
        typedText.map((text) => ({ type: 'text' as const, text })),
      );
  }
}

/** Any result a student can send for these questions. */
export function resultFor(questions: readonly Question[]): fc.Arbitrary<StudentResult> {
  return fc.record(
    {
      nickname: anyText.map(normalizeNickname),
      seconds: fc.integer({ min: 0, max: MAX_SECONDS_TAKEN }),
      answers: fc.tuple(...questions.map(answerFor)),
      ...dayAndAttempt,
    },
    { requiredKeys: ['nickname', 'seconds', 'answers'] },
  );
}

/** A result as codes before the day and the attempt carried it. */
export function resultWithoutDayFor(questions: readonly Question[]): fc.Arbitrary<StudentResult> {
  return fc.record({
    nickname: anyText.map(normalizeNickname),
    seconds: fc.integer({ min: 0, max: MAX_SECONDS_TAKEN }),
    answers: fc.tuple(...questions.map(answerFor)),
  });
}

/**
 * A quiz code written field by field, as an older format wrote it (1: no pacing, content version
 * or generator rules; 2: no rules) or as format 3 does with any `rules`, even rules this app does
 * not know: what an older or a newer app made.
 */
export function quizCodeAs(format: 1 | 2 | 3, d: QuizCodeData, rules = d.rulesVersion): string {
  const w = new BitWriter()
    .write(DISPLAY_MODES.indexOf(d.language), 2)
    .write(
      QUESTION_KINDS.reduce((mask, k, i) => (d.kinds.includes(k) ? mask | (1 << i) : mask), 0),
      QUESTION_KINDS.length,
    )
    .write(d.count, 6)
    .write(d.secondsPerQuestion, 8)
    .write(d.seed, 20);
  if (format > 1) w.write(d.teacherPaced ? 1 : 0, 1).write(d.contentVersion, CONTENT_VERSION_BITS);
  if (format > 2) w.write(rules, RULES_BITS);
  w.write(d.deckHashes.length, 4);
  for (const h of d.deckHashes) w.write(h, HASH_BITS);
  w.write(d.fingerprint, HASH_BITS);
  return closeFrame('quiz', format, w.toSymbols());
}
