import type { Question } from '../questions/models';
import { ACCEPTED_FORMS_INDEXED, type CompactAnswer, fitsQuestion } from './answers';

/**
 * Every answer a question can take, numbered from 0 (no answer): a short result code writes the
 * answers of a whole quiz as one number in mixed radix, so a four-option question costs
 * log2(5) bits rather than a tag and an index. The numbering needs the question, which the
 * student's phone and the teacher's results page both have.
 *
 *   single, true/false   none, then each option
 *   multiple             the set of ticked options as a bit mask (the empty set is none)
 *   order                none, then each ordering of the options (its Lehmer code)
 *   match                for each left item: no choice or one option, in base options + 1
 *   fill                 none, each of the first accepted forms, then "typed other text"
 *                        (the text itself goes after the number; see result-code.ts)
 */

function optionCount(q: Question): number {
  return 'options' in q ? q.options.length : 0;
}

function acceptedCount(q: Question): number {
  return q.kind === 'fill' ? Math.min(q.answer.accepted.length, ACCEPTED_FORMS_INDEXED) : 0;
}

function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2; i <= n; i++) f *= BigInt(i);
  return f;
}

/** How many answers the question can take, no answer included. */
export function answerStates(q: Question): bigint {
  const n = optionCount(q);
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return BigInt(n + 1);
    case 'multiple':
      return 2n ** BigInt(n);
    case 'order':
      return factorial(n) + 1n;
    case 'match':
      return BigInt(n + 1) ** BigInt(q.left.length);
    case 'fill':
      return BigInt(acceptedCount(q) + 2);
  }
}

/** The answer's number; throws on an answer that does not fit the question. */
export function rankAnswer(q: Question, a: CompactAnswer): bigint {
  if (!fitsQuestion(q, a)) throw new RangeError(`An answer of type ${a.type} does not fit ${q.id}`);
  const n = optionCount(q);
  switch (a.type) {
    case 'none':
      return 0n;
    case 'choice':
      return BigInt(a.index + 1);
    case 'choices':
      return a.indexes.reduce((mask, i) => mask | (1n << BigInt(i)), 0n);
    case 'order': {
      const left = Array.from({ length: n }, (_, i) => i);
      let rank = 0n;
      a.order.forEach((o, i) => {
        const at = left.indexOf(o);
        rank += BigInt(at) * factorial(n - 1 - i);
        left.splice(at, 1);
      });
      return rank + 1n;
    }
    case 'pairs':
      return a.pairs.reduceRight(
        (rank, p) => rank * BigInt(n + 1) + BigInt(p === null ? 0 : p + 1),
        0n,
      );
    case 'accepted':
      return BigInt(a.index + 1);
    case 'text':
      return BigInt(acceptedCount(q) + 1);
  }
}

/** The answer a number stands for, below answerStates(q); typed text comes from `text()`. */
export function unrankAnswer(
  q: Question,
  rank: bigint,
  text: () => string | null,
): CompactAnswer | null {
  if (rank === 0n) return { type: 'none' };
  const n = optionCount(q);
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return { type: 'choice', index: Number(rank) - 1 };
    case 'multiple':
      return {
        type: 'choices',
        optionCount: n,
        indexes: Array.from({ length: n }, (_, i) => i).filter((i) => (rank >> BigInt(i)) & 1n),
      };
    case 'order': {
      const left = Array.from({ length: n }, (_, i) => i);
      let rest = rank - 1n;
      const order: number[] = [];
      for (let i = 0; i < n; i++) {
        const f = factorial(n - 1 - i);
        order.push(...left.splice(Number(rest / f), 1));
        rest %= f;
      }
      return { type: 'order', order };
    }
    case 'match': {
      let rest = rank;
      const pairs = q.left.map(() => {
        const digit = Number(rest % BigInt(n + 1));
        rest /= BigInt(n + 1);
        return digit === 0 ? null : digit - 1;
      });
      return { type: 'pairs', pairs };
    }
    case 'fill': {
      const index = Number(rank) - 1;
      if (index < acceptedCount(q)) return { type: 'accepted', index };
      const typed = text();
      return typed === null ? null : { type: 'text', text: typed };
    }
  }
}
