import type { Text } from '../content/schema';
import { joinAnswers } from '../questions/answer-list';
import { OPTION_LETTERS, optionLetter } from './letters';
import { matchesAnswer } from '../questions/answers';
import { checkAnswer } from '../questions/check';
import { checkFields, isArrayOf, isDistinct, isInt } from '../checks';
import type { Question, Response } from '../questions/models';

/**
 * A student's answer as a result code carries it: positions in the options as shown, never
 * option ids, so that it stays short and reads the same on every device that drew the quiz.
 */
export const MAX_OPTIONS = 15;
/** Stands for "no choice" in a pairing. */
export const NO_CHOICE = MAX_OPTIONS;
export const MAX_TEXT_CHARS = 24;
/** A right typed answer is kept as the index of the accepted form it matched, if below this. */
export const ACCEPTED_FORMS_INDEXED = 16;

export type CompactAnswer =
  /** Skipped, or the time ran out first. */
  | { type: 'none' }
  | { type: 'choice'; index: number }
  /** Which of optionCount options were ticked. */
  | { type: 'choices'; optionCount: number; indexes: number[] }
  /** Option positions in the order given, each once. */
  | { type: 'order'; order: number[] }
  /** For each left item, the position of the right item paired with it, or null. */
  | { type: 'pairs'; pairs: (number | null)[] }
  /** Typed text, as it is kept (keptText). */
  | { type: 'text'; text: string }
  /** A typed answer that matched the question's accepted form at this index. */
  | { type: 'accepted'; index: number };

const isOptionIndex = (v: unknown) => isInt(v, 0, MAX_OPTIONS - 1);

const ANSWER_CHECKS: {
  [T in CompactAnswer['type']]: {
    [K in keyof Extract<CompactAnswer, { type: T }>]-?: (v: unknown) => boolean;
  };
} = {
  none: { type: (v) => v === 'none' },
  choice: { type: (v) => v === 'choice', index: isOptionIndex },
  choices: {
    type: (v) => v === 'choices',
    optionCount: (v) => isInt(v, 1, MAX_OPTIONS),
    indexes: (v) => isArrayOf(v, isOptionIndex, 0, Infinity),
  },
  order: {
    type: (v) => v === 'order',
    order: (v) => isArrayOf(v, isOptionIndex, 1, MAX_OPTIONS) && isDistinct(v),
  },
  pairs: {
    type: (v) => v === 'pairs',
    pairs: (v) => isArrayOf(v, (p) => p === null || isOptionIndex(p), 1, MAX_OPTIONS),
  },
  text: {
    type: (v) => v === 'text',
    text: (v) => typeof v === 'string' && v.length > 0 && v === keptText(v),
  },
  accepted: {
    type: (v) => v === 'accepted',
    index: (v) => isInt(v, 0, ACCEPTED_FORMS_INDEXED - 1),
  },
};

/** Whether a value read from a result code is an answer as an encoder writes it. */
export function isCompactAnswer(value: unknown): value is CompactAnswer {
  const type = (value as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(ANSWER_CHECKS, type)) return false;
  return checkFields(value, ANSWER_CHECKS[type as CompactAnswer['type']]).ok;
}

/** Typed text as it is kept: trimmed, NFC, at most MAX_TEXT_CHARS characters. */
export function keptText(text: string): string {
  return [...text.normalize('NFC').trim()].slice(0, MAX_TEXT_CHARS).join('').trim();
}

export function compactAnswer(question: Question, response: Response | null): CompactAnswer {
  if (!response || response.kind !== question.kind) return { type: 'none' };
  const indexOf = (id: string) =>
    ('options' in question ? question.options : []).findIndex((o) => o.id === id);
  switch (response.kind) {
    case 'single': {
      const index = indexOf(response.optionId);
      return index < 0 ? { type: 'none' } : { type: 'choice', index };
    }
    case 'truefalse':
      return { type: 'choice', index: indexOf(String(response.value)) };
    case 'multiple': {
      const indexes = response.optionIds.map(indexOf).filter((i) => i >= 0);
      if (indexes.length === 0 || question.kind !== 'multiple') return { type: 'none' };
      return {
        type: 'choices',
        optionCount: question.options.length,
        indexes: [...new Set(indexes)].sort((a, b) => a - b),
      };
    }
    case 'order':
      return { type: 'order', order: response.optionIds.map(indexOf) };
    case 'match': {
      if (question.kind !== 'match') return { type: 'none' };
      const pairs = question.left.map((l) => {
        const index = indexOf(response.pairs[l.id] ?? '');
        return index < 0 ? null : index;
      });
      return pairs.every((p) => p === null) ? { type: 'none' } : { type: 'pairs', pairs };
    }
    case 'fill': {
      if (question.kind !== 'fill') return { type: 'none' };
      const text = keptText(response.text);
      if (!text) return { type: 'none' };
      const { accepted, numeric } = question.answer;
      const index = accepted.findIndex((form) => matchesAnswer(text, [form], { numeric }));
      return index >= 0 && index < ACCEPTED_FORMS_INDEXED
        ? { type: 'accepted', index }
        : { type: 'text', text };
    }
  }
}

/**
 * The response an answer stands for, or null when the answer is empty or cannot belong to
 * this question (another kind, a position past the last option): such an answer is wrong.
 */
export function responseOf(question: Question, answer: CompactAnswer): Response | null {
  const options = 'options' in question ? question.options : [];
  const idAt = (i: number) => options[i]?.id;
  switch (answer.type) {
    case 'none':
      return null;
    case 'choice': {
      const id = idAt(answer.index);
      if (id === undefined) return null;
      if (question.kind === 'single') return { kind: 'single', optionId: id };
      if (question.kind === 'truefalse') return { kind: 'truefalse', value: id === 'true' };
      return null;
    }
    case 'choices': {
      if (question.kind !== 'multiple' || answer.optionCount !== options.length) return null;
      const ids = answer.indexes.map(idAt);
      return ids.every((id) => id !== undefined)
        ? { kind: 'multiple', optionIds: ids as string[] }
        : null;
    }
    case 'order': {
      if (question.kind !== 'order' || answer.order.length !== options.length) return null;
      const ids = answer.order.map(idAt);
      return ids.every((id) => id !== undefined)
        ? { kind: 'order', optionIds: ids as string[] }
        : null;
    }
    case 'pairs': {
      if (question.kind !== 'match' || answer.pairs.length !== question.left.length) return null;
      const pairs: Record<string, string> = {};
      question.left.forEach((l, i) => {
        const id = idAt(answer.pairs[i] ?? NO_CHOICE);
        if (id !== undefined) pairs[l.id] = id;
      });
      return { kind: 'match', pairs };
    }
    case 'text':
      return question.kind === 'fill' ? { kind: 'fill', text: answer.text } : null;
    case 'accepted': {
      if (question.kind !== 'fill') return null;
      const text = question.answer.accepted[answer.index];
      return text === undefined ? null : { kind: 'fill', text };
    }
  }
}

/** Whether the answer fits the question: the right kind and positions that exist. */
export function fitsQuestion(question: Question, answer: CompactAnswer): boolean {
  return answer.type === 'none' || responseOf(question, answer) !== null;
}

export function isCorrect(question: Question, answer: CompactAnswer): boolean {
  const response = responseOf(question, answer);
  return response !== null && checkAnswer(question, response);
}

/** The response that answers a question right: for answer keys, reveals and tests. */
export function correctResponse(question: Question): Response {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.answer };
    case 'multiple':
      return { kind: 'multiple', optionIds: question.answer };
    case 'truefalse':
      return { kind: 'truefalse', value: question.answer };
    case 'fill':
      return { kind: 'fill', text: question.answer.accepted[0] ?? '' };
    case 'order':
      return { kind: 'order', optionIds: question.answer };
    case 'match':
      return { kind: 'match', pairs: question.answer };
  }
}

/**
 * The answer as a person reads it: "B", "A, C" (A、C in Chinese), "C → A → B", "1-B 2-A", or the typed text;
 * null for no answer, which the interface words in its own language.
 */
export function answerLabel(
  question: Question,
  answer: CompactAnswer,
  lang: 'zh' | 'en' = 'en',
): string | null {
  switch (answer.type) {
    case 'none':
      return null;
    case 'choice':
      return optionLetter(answer.index);
    case 'choices':
      // B、D in Chinese text, "B, D" in English (and in the results file, which passes no lang).
      return answer.indexes.map(optionLetter).join(lang === 'zh' ? '、' : ', ');
    case 'order':
      return answer.order.map(optionLetter).join(' → ');
    case 'pairs':
      return answer.pairs.map((p, i) => `${i + 1}-${p === null ? '?' : optionLetter(p)}`).join(' ');
    case 'text':
      return answer.text;
    case 'accepted':
      return (question.kind === 'fill' ? question.answer.accepted[answer.index] : undefined) ?? '?';
  }
}

/**
 * The answer with the text of what it names, in both languages: "B. Astana", "A. … ; C. …",
 * "C → A → B" with the events, "1 — B" pairings; typed text as typed. Null for no answer.
 */
export function describeAnswer(question: Question, answer: CompactAnswer): Text | null {
  const options = 'options' in question ? question.options : [];
  const lettered = (i: number): Text => {
    const o = options[i];
    const letter = optionLetter(i);
    return o ? { zh: `${letter}. ${o.text.zh}`, en: `${letter}. ${o.text.en}` } : same(letter);
  };
  const join = (texts: Text[], zh: string, en: string): Text => ({
    zh: texts.map((t) => t.zh).join(zh),
    en: texts.map((t) => t.en).join(en),
  });
  switch (answer.type) {
    case 'none':
      return null;
    case 'choice':
      return lettered(answer.index);
    case 'choices':
      return joinAnswers(answer.indexes.map(lettered));
    case 'order':
      return join(answer.order.map(lettered), ' → ', ' → ');
    case 'pairs':
      if (question.kind !== 'match') return null;
      return join(
        answer.pairs.map((p, i) => {
          const left = question.left[i]?.text ?? same('?');
          const right = p === null ? same('?') : lettered(p);
          return {
            zh: `${i + 1}. ${left.zh} — ${right.zh}`,
            en: `${i + 1}. ${left.en} — ${right.en}`,
          };
        }),
        '；',
        '; ',
      );
    case 'text':
      return same(answer.text);
    case 'accepted':
      return same(answerLabel(question, answer) ?? '?');
  }
}

/** The right answer, described as describeAnswer describes a student's. */
export function describeCorrectAnswer(question: Question): Text {
  if (question.kind === 'fill') return question.answer.display;
  return describeAnswer(question, compactAnswer(question, correctResponse(question))) ?? same('?');
}

function same(text: string): Text {
  return { zh: text, en: text };
}

export { OPTION_LETTERS, optionLetter };
