import { describe, expect, it } from 'vitest';
import { compactAnswer, correctResponse, optionLetter } from '@/lib/classroom/answers';
import { groupCode } from '@/lib/classroom/base32';
import { looksLikeResultCode, parsePaperAnswers } from '@/lib/classroom/paper';
import { encodeResultCode } from '@/lib/classroom/result-code';
import { createQuiz } from '@/lib/classroom/quiz';
import { gradeResult } from '@/lib/classroom/results';
import { loadContent } from '@/lib/content/load';
import type { Question } from '@/lib/questions/models';
import { QUESTION_KINDS } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';

const content = loadContent(FIXTURE_ROOT);
const quizOf = (kinds: Question['kind'][], count = 10) =>
  createQuiz(content, {
    deckIds: content.decks.map((d) => d.id),
    kinds,
    count,
    secondsPerQuestion: 30,
    language: 'zh',
    seed: 4242,
  });

/** What a student who knows everything writes on the answer strip for this question. */
function paperKey(q: Question): string {
  const right = compactAnswer(q, correctResponse(q));
  switch (right.type) {
    case 'choice':
      return optionLetter(right.index);
    case 'choices':
      return right.indexes.map(optionLetter).join('');
    case 'order':
      return right.order.map(optionLetter).join('');
    case 'pairs':
      return right.pairs.map((p) => (p === null ? '-' : optionLetter(p))).join('');
    default:
      return q.kind === 'fill' ? q.answer.accepted[0]! : '-';
  }
}

describe('paper answer sheets', () => {
  it('read one letter a question, in any case and full-width, and grade it like a phone', () => {
    const quiz = quizOf(['single']);
    const key = quiz.questions.map(paperKey).join('');
    const typed = key
      .toLowerCase()
      .replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const parsed = parsePaperAnswers(quiz.questions, typed);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(gradeResult(quiz, parsed.answers).score).toBe(quiz.questions.length);
  });

  it('read every kind of question when answers are split by spaces or commas', () => {
    const quiz = quizOf([...QUESTION_KINDS], 20);
    expect(new Set(quiz.questions.map((q) => q.kind)).size).toBe(QUESTION_KINDS.length);
    for (const joiner of [' ', ', ', '，', '\n']) {
      const parsed = parsePaperAnswers(quiz.questions, quiz.questions.map(paperKey).join(joiner));
      expect(parsed.ok, joiner).toBe(true);
      if (parsed.ok) expect(gradeResult(quiz, parsed.answers).score).toBe(quiz.questions.length);
    }
  });

  it('take a dash or a question mark as a blank, and a wrong letter as wrong', () => {
    const quiz = quizOf(['single'], 3);
    const key = quiz.questions.map(paperKey);
    const wrong = key[1] === 'A' ? 'B' : 'A';
    const parsed = parsePaperAnswers(quiz.questions, `-${wrong}?`);
    expect(parsed).toEqual({
      ok: true,
      answers: [
        { type: 'none' },
        { type: 'choice', index: wrong === 'A' ? 0 : 1 },
        { type: 'none' },
      ],
    });
  });

  it('say how many answers are needed when the count is wrong', () => {
    const quiz = quizOf(['single'], 5);
    expect(parsePaperAnswers(quiz.questions, 'ABCA')).toEqual({
      ok: false,
      problem: { kind: 'count', expected: 5, found: 4 },
    });
    expect(parsePaperAnswers(quiz.questions, '  ')).toEqual({
      ok: false,
      problem: { kind: 'empty' },
    });
  });

  it('name the question and the letter that is not one of its options', () => {
    const quiz = quizOf(['single'], 5);
    const last = optionLetter(
      (quiz.questions[2] as Extract<Question, { kind: 'single' }>).options.length - 1,
    );
    expect(parsePaperAnswers(quiz.questions, 'AAZAA')).toEqual({
      ok: false,
      problem: { kind: 'letter', question: 3, letter: 'Z', last },
    });
  });

  it('ask for each letter once on an ordering question', () => {
    const quiz = quizOf(['order'], 1);
    const q = quiz.questions[0]!;
    const letters = paperKey(q);
    const repeated = letters[0]!.repeat(letters.length);
    expect(parsePaperAnswers(quiz.questions, `${repeated},`)).toMatchObject({
      ok: false,
      problem: { kind: 'order', question: 1 },
    });
  });
});

describe('a result code typed where the answer letters go', () => {
  const quiz = quizOf(['single'], 5);
  const answers = quiz.questions.map((q) => compactAnswer(q, correctResponse(q)));

  it.each([
    ['as the app groups it', (c: string) => groupCode(c)],
    ['without dashes, in lower case', (c: string) => c.toLowerCase()],
    ['with spaces around it', (c: string) => ` ${groupCode(c)}\n`],
  ])('is named as a result code, %s', (_, typed) => {
    for (const nickname of ['', '小明']) {
      const code = encodeResultCode(quiz, { nickname, seconds: 40, answers });
      expect(parsePaperAnswers(quiz.questions, typed(code))).toEqual({
        ok: false,
        problem: { kind: 'result-code' },
      });
    }
  });

  it('is not claimed by an answer strip that reads as answers', () => {
    const strip = quiz.questions.map(paperKey).join('');
    expect(parsePaperAnswers(quiz.questions, strip).ok).toBe(true);
    expect(looksLikeResultCode('ABDCA')).toBe(false);
    expect(looksLikeResultCode('KABCDABCDABCD')).toBe(false);
  });
});
