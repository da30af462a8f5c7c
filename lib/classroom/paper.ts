import type { Question } from '../questions/models';
import { type CompactAnswer, compactAnswer, OPTION_LETTERS } from './answers';

/**
 * A paper answer sheet typed in by the teacher: "ABDCA…", one letter a question, or answers
 * split by spaces or commas where a question takes more than one letter (multiple choice
 * "AC", an order "CADB", a matching "BAC", a typed answer as written). A dash, an underscore
 * or a question mark is a question left blank; "+" marks a typed answer as right.
 */
export type PaperProblem =
  | { kind: 'empty' }
  /** As many answers as questions are needed. */
  | { kind: 'count'; expected: number; found: number }
  /** A letter past the question's last option; `last` is that option's letter. */
  | { kind: 'letter'; question: number; letter: string; last: string }
  | { kind: 'one-letter'; question: number; last: string }
  | { kind: 'order'; question: number; last: string }
  | { kind: 'match'; question: number; items: number; last: string }
  /** A student's result code, typed where the letters go: it belongs in the codes box. */
  | { kind: 'result-code' };

export type PaperParse =
  { ok: true; answers: CompactAnswer[] } | { ok: false; problem: PaperProblem };

const SEPARATORS = /[\s,，、;；/|]+/u;
const BLANK = new Set(['-', '_', '?', '？', '—', '–', '·']);
const RIGHT = new Set(['+', '✓', '√']);

function tokensOf(text: string): string[] {
  const trimmed = text.normalize('NFKC').trim();
  // Without a space or a comma, each character is one question's answer.
  if (!SEPARATORS.test(trimmed)) return [...trimmed];
  return trimmed.split(SEPARATORS).filter(Boolean);
}

function answerOf(q: Question, token: string, question: number): CompactAnswer | PaperProblem {
  if (BLANK.has(token)) return { type: 'none' };
  if (q.kind === 'fill') {
    if (RIGHT.has(token)) return { type: 'accepted', index: 0 };
    return compactAnswer(q, { kind: 'fill', text: token });
  }
  const n = q.options.length;
  const last = OPTION_LETTERS.charAt(n - 1);
  const letters = [...token.toUpperCase()];
  const indexes: number[] = [];
  for (const letter of letters) {
    if (q.kind === 'match' && BLANK.has(letter)) {
      indexes.push(-1);
      continue;
    }
    if (q.kind === 'truefalse' && (letter === 'T' || letter === 'F')) {
      indexes.push(q.options.findIndex((o) => o.id === String(letter === 'T')));
      continue;
    }
    const index = OPTION_LETTERS.indexOf(letter);
    if (index < 0 || index >= n) return { kind: 'letter', question, letter, last };
    indexes.push(index);
  }
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return indexes.length === 1
        ? { type: 'choice', index: indexes[0]! }
        : { kind: 'one-letter', question, last };
    case 'multiple':
      return {
        type: 'choices',
        optionCount: n,
        indexes: [...new Set(indexes)].sort((a, b) => a - b),
      };
    case 'order':
      return indexes.length === n && new Set(indexes).size === n
        ? { type: 'order', order: indexes }
        : { kind: 'order', question, last };
    case 'match':
      if (indexes.length !== q.left.length)
        return { kind: 'match', question, items: q.left.length, last };
      return indexes.every((i) => i < 0)
        ? { type: 'none' }
        : { type: 'pairs', pairs: indexes.map((i) => (i < 0 ? null : i)) };
  }
}

/**
 * Whether the text has a result code's shape: a result header letter (K, or J and H of older
 * codes), then code characters, 12 or more in all (the shortest result code is longer), with a
 * digit among them or in dashed groups as the app shows them. Asked only of a strip that does
 * not read as answers, so a strip of letters is never taken for a code.
 */
export function looksLikeResultCode(text: string): boolean {
  const typed = text.normalize('NFKC').trim().toUpperCase();
  if (!/^[HJK][0-9A-Z]*(?:-[0-9A-Z]+)*$/.test(typed)) return false;
  const symbols = typed.replace(/-/g, '');
  return symbols.length >= 12 && (/\d/.test(symbols) || typed.includes('-'));
}

/** The answers on a paper sheet for these questions, or the first thing to put right. */
export function parsePaperAnswers(questions: readonly Question[], text: string): PaperParse {
  const parsed = parseLetters(questions, text);
  if (!parsed.ok && looksLikeResultCode(text)) {
    return { ok: false, problem: { kind: 'result-code' } };
  }
  return parsed;
}

function parseLetters(questions: readonly Question[], text: string): PaperParse {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (tokens.length !== questions.length) {
    return {
      ok: false,
      problem: { kind: 'count', expected: questions.length, found: tokens.length },
    };
  }
  const answers: CompactAnswer[] = [];
  for (const [i, q] of questions.entries()) {
    const answer = answerOf(q, tokens[i]!, i + 1);
    if ('kind' in answer) return { ok: false, problem: answer };
    answers.push(answer);
  }
  return { ok: true, answers };
}
