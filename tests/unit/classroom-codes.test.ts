import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, groupCode, parseSymbols } from '@/lib/classroom/base32';
import { crc32 } from '@/lib/classroom/crc32';
import { closeFrame, type CodeProblem } from '@/lib/classroom/frame';
import { codeFromInput } from '@/lib/classroom/links';
import {
  decodeQuizCode,
  encodeQuizCode,
  MAX_CONTENT_VERSION,
  QUIZ_CODE_VERSION,
  RULES_BITS,
  SEED_LIMIT,
} from '@/lib/classroom/quiz-code';
import { decodeResultCodeV1, encodeResultCodeV1 } from '@/lib/classroom/result-code-v1';
import { MAX_NICKNAME_CHARS, normalizeNickname } from '@/lib/classroom/student-result';
import { QUESTION_KINDS } from '@/lib/questions/models';
import { FIRST_RULES, LATEST_RULES } from '@/lib/questions/rules';
import {
  anyText,
  quizCodeAs,
  quizData,
  QuizCodeDataOracle,
  resultV1 as result,
  ResultV1Oracle,
} from './classroom-fixtures';

const PROBLEM_KINDS: CodeProblem['kind'][] = [
  'empty',
  'bad-character',
  'not-a-code',
  'truncated',
  'too-long',
  'checksum',
  'wrong-type',
  'version-too-new',
  'invalid',
];

/** Text over the code alphabet (and its separators), the strings most likely to get far into a decoder. */
const codeLikeText = fc.string({
  unit: fc.constantFrom(...ALPHABET, ...'ilo-- '),
  maxLength: 120,
});

/** Payload symbols of a code, without its header and checksum. */
function payloadOf(code: string): number[] {
  const parsed = parseSymbols(code);
  if (!parsed.ok) throw new Error('not a code');
  return parsed.symbols.slice(1, -7);
}

/**
 * Codes with a sound frame and checksum around random or randomly altered payloads: unlike
 * random text, they get past the checksum to the field checks.
 */
function framedNoise(type: 'quiz' | 'result'): fc.Arbitrary<string> {
  const valid = type === 'quiz' ? quizData.map(encodeQuizCode) : result.map(encodeResultCodeV1);
  const altered = fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 31 })), { minLength: 1, maxLength: 4 }),
    )
    .map(([code, changes]) => {
      const payload = payloadOf(code);
      for (const [at, value] of changes) payload[at % payload.length] = value;
      return payload;
    });
  const random = fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 80 });
  const version = type === 'quiz' ? QUIZ_CODE_VERSION : 1;
  return fc.oneof(altered, random).map((payload) => closeFrame(type, version, payload));
}

function replaceAt(code: string, at: number, ch: string): string {
  return code.slice(0, at) + ch + code.slice(at + 1);
}

// ---------------------------------------------------------------------------------------------

describe('base32 and CRC-32', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32([...'123456789'].map((c) => c.charCodeAt(0)))).toBe(0xcbf43926);
  });

  it('reads codes case-insensitively, skips dashes and spaces, and takes O for 0 and I or L for 1', () => {
    const canonical = parseSymbols('10HJK');
    expect(parseSymbols('lo-h jk')).toEqual(canonical);
    expect(parseSymbols('I0–HJK')).toEqual(canonical);
  });

  it('names the first character that is not part of any code', () => {
    expect(parseSymbols('12U45')).toEqual({ ok: false, character: 'U', position: 3 });
  });

  it('groups a code in fives', () => {
    expect(groupCode('ABCDEFGHJKM')).toBe('ABCDE-FGHJK-M');
  });
});

describe('quiz codes', () => {
  it('round-trip every valid setting', () => {
    fc.assert(
      fc.property(quizData, (data) => {
        const decoded = decodeQuizCode(encodeQuizCode(data));
        expect(decoded).toEqual({ ok: true, value: data });
      }),
      { numRuns: 500 },
    );
  });

  it('decode from grouped, lower-case text and from a pasted link', () => {
    fc.assert(
      fc.property(quizData, (data) => {
        const code = encodeQuizCode(data);
        expect(decodeQuizCode(groupCode(code).toLowerCase())).toEqual({ ok: true, value: data });
        const link = `https://example.org/zh/classroom/play/?q=${groupCode(code)}`;
        expect(decodeQuizCode(codeFromInput(link, 'q'))).toEqual({ ok: true, value: data });
      }),
      { numRuns: 100 },
    );
  });

  it('stay short enough to type: 27 characters for one deck', () => {
    const code = encodeQuizCode({
      language: 'both',
      kinds: [...QUESTION_KINDS],
      count: 50,
      secondsPerQuestion: 255,
      seed: SEED_LIMIT - 1,
      teacherPaced: true,
      contentVersion: MAX_CONTENT_VERSION,
      rulesVersion: LATEST_RULES,
      deckHashes: [123],
      fingerprint: 456,
    });
    expect(code).toHaveLength(27);
    expect(code[0]).toBe('3');
  });

  it('name the generator rules they were drawn by', () => {
    fc.assert(
      fc.property(quizData, (data) => {
        expect(encodeQuizCode(data)).toBe(quizCodeAs(3, data));
      }),
      { numRuns: 100 },
    );
  });

  it('decode every code handed out before they named their rules as drawn by the first rules', () => {
    // Made by the app before this format, from the fixture content (tests/unit/classroom-rules.test.ts).
    expect(decodeQuizCode('28CC7-G000G-013WN-6XMC1-K12Q0-5')).toEqual({
      ok: true,
      value: {
        language: 'en',
        kinds: ['single', 'multiple'],
        count: 6,
        secondsPerQuestion: 30,
        seed: 2,
        teacherPaced: false,
        contentVersion: 1,
        rulesVersion: FIRST_RULES,
        deckHashes: [31059],
        fingerprint: 15174,
      },
    });
    fc.assert(
      fc.property(quizData, (data) => {
        const old = { ...data, rulesVersion: FIRST_RULES };
        expect(decodeQuizCode(quizCodeAs(2, old))).toEqual({ ok: true, value: old });
      }),
      { numRuns: 200 },
    );
  });

  it('report a code drawn by generator rules this app lacks as made by a newer version', () => {
    const data = fc.sample(quizData, { numRuns: 1, seed: 11 })[0]!;
    for (const rules of [LATEST_RULES + 1, 2 ** RULES_BITS - 1]) {
      expect(decodeQuizCode(quizCodeAs(3, data, rules))).toEqual({
        ok: false,
        problem: { kind: 'version-too-new', version: QUIZ_CODE_VERSION, rules },
      });
    }
    // Rules 0 were never made.
    expect(decodeQuizCode(quizCodeAs(3, data, 0))).toEqual({
      ok: false,
      problem: { kind: 'invalid', detail: 'rulesVersion' },
    });
  });

  it('report a code cut short as truncated, with how many characters are missing', () => {
    fc.assert(
      fc.property(quizData, fc.integer({ min: 1, max: 10 }), (data, cut) => {
        const code = encodeQuizCode(data);
        expect(decodeQuizCode(code.slice(0, -cut))).toEqual({
          ok: false,
          problem: { kind: 'truncated', missing: cut },
        });
      }),
    );
  });

  it('report extra characters as too long', () => {
    const code = encodeQuizCode(fc.sample(quizData, { numRuns: 1, seed: 7 })[0]!);
    expect(decodeQuizCode(`${code}7`)).toEqual({
      ok: false,
      problem: { kind: 'too-long', extra: 1 },
    });
  });

  it('report a result code pasted where a quiz code belongs as the wrong kind of code', () => {
    const resultCode = encodeResultCodeV1(fc.sample(result, { numRuns: 1, seed: 3 })[0]!);
    expect(decodeQuizCode(resultCode)).toEqual({
      ok: false,
      problem: { kind: 'wrong-type', found: 'result' },
    });
  });

  it('report a code from a newer version of the app as too new', () => {
    const newer = QUIZ_CODE_VERSION + 1;
    expect(decodeQuizCode(closeFrame('quiz', newer, [1, 2, 3, 4, 5]))).toEqual({
      ok: false,
      problem: { kind: 'version-too-new', version: newer },
    });
  });

  it('report an empty field as empty and a stray character by name and position', () => {
    expect(decodeQuizCode('  - ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeQuizCode('17WM7-G3?E9')).toEqual({
      ok: false,
      problem: { kind: 'bad-character', character: '?', position: 9 },
    });
  });

  it('reject a sound frame whose fields are out of range', () => {
    // Language 3 does not exist: the 2 high bits of the first payload symbol.
    const decoded = decodeQuizCode(
      closeFrame(
        'quiz',
        QUIZ_CODE_VERSION,
        Array.from({ length: 19 }, () => 31),
      ),
    );
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem.kind).toBe('invalid');
  });
});

describe('version-1 result codes', () => {
  it('round-trip every valid result, whatever the nickname and typed answers hold', () => {
    fc.assert(
      fc.property(result, (r) => {
        expect(decodeResultCodeV1(encodeResultCodeV1(r))).toEqual({ ok: true, value: r });
      }),
      { numRuns: 500 },
    );
  });

  it('keep nicknames to a few characters, never splitting an emoji or a surrogate pair', () => {
    expect(normalizeNickname('  王\u200b小\u0000明  ')).toBe('王小明');
    expect(normalizeNickname('😀'.repeat(20))).toBe('😀'.repeat(MAX_NICKNAME_CHARS));
    expect(normalizeNickname('a\ud800b')).toBe('ab');
    fc.assert(
      fc.property(anyText, (t) => {
        const n = normalizeNickname(t);
        expect([...n].length).toBeLessThanOrEqual(MAX_NICKNAME_CHARS);
        expect(n).not.toMatch(/\p{Cs}/u);
        expect(normalizeNickname(n)).toBe(n);
      }),
    );
  });

  it('detect every change of one character to another symbol, at every position', () => {
    fc.assert(
      fc.property(result, fc.nat(), fc.integer({ min: 1, max: 31 }), (r, at, shift) => {
        const code = encodeResultCodeV1(r);
        const position = at % code.length;
        const value = ALPHABET.indexOf(code[position]!);
        const changed = replaceAt(code, position, ALPHABET[(value + shift) % 32]!);
        expect(decodeResultCodeV1(changed).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('detect all 31 wrong symbols at each position of one code, exhaustively', () => {
    const code = encodeResultCodeV1(fc.sample(result, { numRuns: 1, seed: 42 })[0]!);
    let tried = 0;
    for (let at = 0; at < code.length; at++) {
      for (const ch of ALPHABET) {
        if (ch === code[at]) continue;
        tried += 1;
        expect(decodeResultCodeV1(replaceAt(code, at, ch)).ok, `${ch} at ${at}`).toBe(false);
      }
    }
    expect(tried).toBe(code.length * 31);
  });

  it('detect a dropped, an extra or two swapped characters', () => {
    fc.assert(
      fc.property(result, fc.nat(), fc.constantFrom(...ALPHABET), (r, at, extra) => {
        const code = encodeResultCodeV1(r);
        const p = at % code.length;
        expect(decodeResultCodeV1(code.slice(0, p) + code.slice(p + 1)).ok).toBe(false);
        expect(decodeResultCodeV1(code.slice(0, p) + extra + code.slice(p)).ok).toBe(false);
        const q = Math.min(p + 1, code.length - 1);
        if (code[p] !== code[q]) {
          const swapped = replaceAt(replaceAt(code, p, code[q]!), q, code[p]!);
          expect(decodeResultCodeV1(swapped).ok).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('decoders on arbitrary input', () => {
  const decoders = { quiz: decodeQuizCode, result: decodeResultCodeV1 } as const;

  for (const type of ['quiz', 'result'] as const) {
    const decode = decoders[type];
    it(`the ${type} decoder never throws and returns a typed problem or a valid value`, () => {
      fc.assert(
        fc.property(fc.oneof(anyText, codeLikeText, framedNoise(type)), (text) => {
          const decoded = decode(text);
          if (decoded.ok) {
            const schema = type === 'quiz' ? QuizCodeDataOracle : ResultV1Oracle;
            expect(schema.safeParse(decoded.value).success).toBe(true);
          } else {
            expect(PROBLEM_KINDS).toContain(decoded.problem.kind);
          }
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('whatever a sound frame decodes to encodes and decodes back to the same value', () => {
    let decodedSome = 0;
    fc.assert(
      fc.property(framedNoise('result'), framedNoise('quiz'), (resultText, quizText) => {
        const r = decodeResultCodeV1(resultText);
        if (r.ok) {
          decodedSome += 1;
          expect(decodeResultCodeV1(encodeResultCodeV1(r.value))).toEqual(r);
        }
        const q = decodeQuizCode(quizText);
        if (q.ok) expect(decodeQuizCode(encodeQuizCode(q.value))).toEqual(q);
      }),
      { numRuns: 2000 },
    );
    // The fuzzing reaches past the checksum and the layout checks often enough to mean something.
    expect(decodedSome).toBeGreaterThan(100);
  });
});
