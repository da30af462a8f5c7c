import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCompactAnswer } from '@/lib/classroom/answers';
import { checkFields, isArrayOf, isInt } from '@/lib/checks';
import { checkQuizChoice } from '@/lib/classroom/quiz';
import { checkQuizCodeData } from '@/lib/classroom/quiz-code';
import { checkResultV1 } from '@/lib/classroom/result-code-v1';
import { checkStudentResult } from '@/lib/classroom/student-result';
import { DISPLAY_MODES } from '@/lib/display';
import { QUESTION_KINDS } from '@/lib/questions/models';
import { agree } from './check-oracle';
import {
  answer,
  CompactAnswerOracle,
  QuizChoiceOracle,
  quizData,
  QuizCodeDataOracle,
  result,
  resultV1,
  ResultV1Oracle,
  StudentResultOracle,
} from './classroom-fixtures';

/*
 * The classroom pages check codes by hand (lib/classroom/checks.ts) to stay light; these tests
 * hold the hand-written checks to the same rules written as zod schemas, on valid values and
 * on values broken in one place.
 */

const quizChoice = fc.record({
  deckIds: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 15 }),
  kinds: fc.subarray([...QUESTION_KINDS], { minLength: 1 }),
  count: fc.integer({ min: 1, max: 50 }),
  secondsPerQuestion: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 255 })),
  language: fc.constantFrom(...DISPLAY_MODES),
  seed: fc.integer({ min: 0, max: 2 ** 20 - 1 }),
});

describe('hand-written classroom checks', () => {
  agree('quiz code data', (v) => checkQuizCodeData(v).ok, QuizCodeDataOracle, quizData);
  agree('student result', (v) => checkStudentResult(v).ok, StudentResultOracle, result);
  agree('version-1 result', (v) => checkResultV1(v).ok, ResultV1Oracle, resultV1);
  agree('compact answer', isCompactAnswer, CompactAnswerOracle, answer);
  agree('quiz choice', (v) => checkQuizChoice(v).ok, QuizChoiceOracle, quizChoice);

  it('agree with the oracles on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(checkQuizCodeData(v).ok).toBe(QuizCodeDataOracle.safeParse(v).success);
        expect(checkStudentResult(v).ok).toBe(StudentResultOracle.safeParse(v).success);
        expect(checkResultV1(v).ok).toBe(ResultV1Oracle.safeParse(v).success);
        expect(isCompactAnswer(v)).toBe(CompactAnswerOracle.safeParse(v).success);
      }),
    );
  });

  it('name the first field that fails and keep only the known fields', () => {
    expect(checkFields<{ a: number }>({ a: 1.5 }, { a: (v) => isInt(v, 0, 9) })).toEqual({
      ok: false,
      field: 'a',
    });
    expect(checkFields<{ a: number }>({ a: 1, b: 2 }, { a: (v) => isInt(v, 0, 9) })).toEqual({
      ok: false,
      field: 'b',
    });
    expect(checkFields<{ a: number }>([1], { a: (v) => isInt(v, 0, 9) })).toEqual({
      ok: false,
      field: '',
    });
    const checked = checkFields<{ a: number[] }>(
      { a: [1, 2] },
      { a: (v) => isArrayOf(v, (x) => isInt(x, 0, 9), 1, 3) },
    );
    expect(checked).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});
