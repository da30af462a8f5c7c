import type { Question } from '../questions/models';
import type { Grade, Review, StudyMode } from './schema';

export interface AnswerContext {
  now: number;
  session: string;
  mode: StudyMode;
  seed?: number;
  newId: () => string;
}

/**
 * The reviews one answered question adds: one per fact it asked about, Good when right and
 * Again when wrong. Only the first carries the question id, so the notebook counts it once.
 */
export function reviewsForAnswer(
  question: Question,
  correct: boolean,
  context: AnswerContext,
): Review[] {
  const grade: Grade = correct ? 3 : 1;
  return question.factIds.map((fact, i) => ({
    id: context.newId(),
    fact,
    grade,
    at: context.now,
    kind: question.kind,
    mode: context.mode,
    session: context.session,
    deck: question.deckId,
    ...(i === 0 ? { question: question.id } : {}),
    ...(i === 0 && context.seed !== undefined ? { seed: context.seed } : {}),
  }));
}

export function reviewForCard(
  fact: string,
  grade: Grade,
  deck: string | undefined,
  context: Omit<AnswerContext, 'mode' | 'seed'>,
): Review {
  return {
    id: context.newId(),
    fact,
    grade,
    at: context.now,
    kind: 'card',
    mode: 'cards',
    session: context.session,
    ...(deck ? { deck } : {}),
  };
}

/** A random id in base 36, from the platform's cryptographic generator. */
export function randomId(): string {
  const bytes = new Uint32Array(3);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(36).padStart(7, '0'))
    .join('')
    .slice(0, 20);
}

/** A quiz seed drawn in the browser: nine digits, short enough to put in a link. */
export function randomSeed(): number {
  const bytes = new Uint32Array(1);
  globalThis.crypto.getRandomValues(bytes);
  return (bytes[0] ?? 1) % 1_000_000_000;
}
