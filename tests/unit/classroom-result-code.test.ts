import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, groupCode } from '@/lib/classroom/base32';
import { closeFrame } from '@/lib/classroom/frame';
import { createQuiz, type ClassroomQuiz } from '@/lib/classroom/quiz';
import {
  decodeResultCode,
  encodeResultCode,
  formatResultDay,
  resultDay,
} from '@/lib/classroom/result-code';
import { encodeResultCodeV1, quizHashOf } from '@/lib/classroom/result-code-v1';
import { loadContent } from '@/lib/content/load';
import { QUESTION_KINDS } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';
import { encodeResultCodeV2 } from './classroom-result-code-v2';
import { anyText, resultFor, resultWithoutDayFor, StudentResultOracle } from './classroom-fixtures';

const content = loadContent(FIXTURE_ROOT);
const ALL_DECKS = content.decks.map((d) => d.id);

function quizOf(overrides: Partial<Parameters<typeof createQuiz>[1]> = {}): ClassroomQuiz {
  return createQuiz(content, {
    deckIds: ALL_DECKS,
    kinds: [...QUESTION_KINDS],
    count: 10,
    secondsPerQuestion: 30,
    language: 'zh',
    seed: 4242,
    ...overrides,
  });
}

const QUIZZES = [
  quizOf(),
  quizOf({ seed: 7, count: 50 }),
  quizOf({ kinds: ['fill', 'order', 'match'], seed: 99 }),
];
const quiz = QUIZZES[0]!;
const anyQuizAndResult = fc
  .constantFrom(...QUIZZES)
  .chain((q) => resultFor(q.questions).map((r) => [q, r] as const));

function replaceAt(code: string, at: number, ch: string): string {
  return code.slice(0, at) + ch + code.slice(at + 1);
}

describe('short result codes', () => {
  it('every quiz has each question kind the tests mean to cover', () => {
    const kinds = new Set(QUIZZES.flatMap((q) => q.questions.map((x) => x.kind)));
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('round-trip every result a student can send, typed answers and any nickname included', () => {
    fc.assert(
      fc.property(anyQuizAndResult, ([q, r]) => {
        const code = encodeResultCode(q, r);
        expect(code[0]).toBe('K');
        expect(decodeResultCode(q, code)).toEqual({ ok: true, value: r });
        expect(decodeResultCode(q, groupCode(code).toLowerCase())).toEqual({ ok: true, value: r });
      }),
      { numRuns: 400 },
    );
  });

  it('are 21 characters for ten four-option questions with the day, 28 with a two-character Chinese nickname', () => {
    // Ten single-choice questions of four options each, as a typical classroom quiz has.
    const drawn = quizOf({ kinds: ['single'], count: 50 });
    const questions = drawn.questions
      .filter((q) => q.kind === 'single' && q.options.length === 4)
      .slice(0, 10);
    expect(questions).toHaveLength(10);
    const singles = { code: drawn.code, questions };
    const answers = singles.questions.map((_, i) => ({ type: 'choice' as const, index: i % 4 }));
    const day = resultDay(new Date(2026, 2, 1))!;
    expect(encodeResultCode(singles, { nickname: '', seconds: 200, answers, day })).toHaveLength(
      21,
    );
    expect(
      encodeResultCode(singles, { nickname: '小明', seconds: 200, answers, day, attempt: 2 }),
    ).toHaveLength(28);
    const v1 = encodeResultCodeV1({
      quizHash: quizHashOf(singles.code),
      nickname: '小明',
      seconds: 200,
      answers,
    });
    expect(v1).toHaveLength(38);
  });

  it('detect all 31 wrong symbols at each position of a code, exhaustively', () => {
    const [r] = fc.sample(resultFor(quiz.questions), { numRuns: 1, seed: 42 });
    const code = encodeResultCode(quiz, r!);
    for (let at = 0; at < code.length; at++) {
      for (const ch of ALPHABET) {
        if (ch === code[at]) continue;
        expect(decodeResultCode(quiz, replaceAt(code, at, ch)).ok, `${ch} at ${at}`).toBe(false);
      }
    }
  });

  it('detect a dropped, an extra or two swapped characters', () => {
    fc.assert(
      fc.property(anyQuizAndResult, fc.nat(), fc.constantFrom(...ALPHABET), ([q, r], at, extra) => {
        const code = encodeResultCode(q, r);
        const p = at % code.length;
        expect(decodeResultCode(q, code.slice(0, p) + code.slice(p + 1)).ok).toBe(false);
        expect(decodeResultCode(q, code.slice(0, p) + extra + code.slice(p)).ok).toBe(false);
        const n = Math.min(p + 1, code.length - 1);
        if (code[p] !== code[n]) {
          const swapped = replaceAt(replaceAt(code, p, code[n]!), n, code[p]!);
          expect(decodeResultCode(q, swapped).ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('name a mistyped character as a checksum mistake and a code cut short as incomplete', () => {
    const [r] = fc.sample(resultFor(quiz.questions), { numRuns: 1, seed: 5 });
    const code = encodeResultCode(quiz, r!);
    const last = code.length - 1;
    const typo = replaceAt(code, last, code[last] === '7' ? '8' : '7');
    expect(decodeResultCode(quiz, typo)).toEqual({ ok: false, problem: { kind: 'checksum' } });
    expect(decodeResultCode(quiz, code.slice(0, -2))).toEqual({
      ok: false,
      problem: { kind: 'truncated', missing: 2 },
    });
  });

  it('tell a code of another quiz from a result of this one', () => {
    const other = quizOf({ seed: 4243 });
    fc.assert(
      fc.property(resultFor(other.questions), (r) => {
        expect(decodeResultCode(quiz, encodeResultCode(other, r))).toEqual({
          ok: false,
          problem: { kind: 'other-quiz' },
        });
      }),
      { numRuns: 50 },
    );
  });

  it('carry the day the student finished, by the calendar where the student is', () => {
    expect(formatResultDay(resultDay(new Date(2026, 2, 1, 23, 59))!)).toBe('2026-03-01');
    expect(formatResultDay(resultDay(new Date(2026, 2, 2, 0, 1))!)).toBe('2026-03-02');
    expect(formatResultDay(resultDay(new Date(2025, 0, 1))!)).toBe('2025-01-01');
    // A phone whose clock is years off gives no day rather than a wrong one.
    expect(resultDay(new Date(2019, 5, 1))).toBeUndefined();
    expect(resultDay(new Date(2090, 5, 1))).toBeUndefined();
  });

  it('still read version-2 codes students were given before, with no day and as a first go', () => {
    fc.assert(
      fc.property(resultWithoutDayFor(quiz.questions), (r) => {
        const v2 = encodeResultCodeV2(quiz, r);
        expect(v2[0]).toBe('J');
        expect(decodeResultCode(quiz, v2)).toEqual({ ok: true, value: r });
        expect(decodeResultCode(QUIZZES[2]!, v2)).toEqual({
          ok: false,
          problem: { kind: 'other-quiz' },
        });
      }),
      { numRuns: 50 },
    );
  });

  it('still read version-1 codes students were given before, against their quiz only', () => {
    fc.assert(
      fc.property(resultWithoutDayFor(quiz.questions), (r) => {
        const v1 = encodeResultCodeV1({ quizHash: quizHashOf(quiz.code), ...r });
        expect(v1[0]).toBe('H');
        expect(decodeResultCode(quiz, v1)).toEqual({ ok: true, value: r });
        expect(decodeResultCode(QUIZZES[2]!, v1)).toEqual({
          ok: false,
          problem: { kind: 'other-quiz' },
        });
      }),
      { numRuns: 50 },
    );
  });

  it('never throw on arbitrary input, and give a valid result or a named problem', () => {
    const framed = fc
      .array(fc.integer({ min: 0, max: 31 }), { maxLength: 40 })
      .chain((payload) =>
        fc.constantFrom(2, 3).map((version) => closeFrame('result', version, payload)),
      );
    fc.assert(
      fc.property(fc.oneof(anyText, framed), (text) => {
        const decoded = decodeResultCode(quiz, text);
        if (decoded.ok) expect(StudentResultOracle.safeParse(decoded.value).success).toBe(true);
        else expect(typeof decoded.problem.kind).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
