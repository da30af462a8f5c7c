import { claimResults } from '../questions/check';
import type { Question, Response } from '../questions/models';
import type { Grade, Review, StudyMode } from './schema';

export interface AnswerContext {
  now: number;
  session: string;
  mode: StudyMode;
  seed?: number;
  newId: () => string;
}

/**
 * The reviews one answered question adds: one per claim it asked about, Good when that part was
 * right and Again when not (a match question grades each pair). Only the first carries the
 * question id and whether the whole answer was right, so the notebook and the statistics count
 * the question once.
 */
export function reviewsForAnswer(
  question: Question,
  response: Response,
  context: AnswerContext,
): Review[] {
  const parts = claimResults(question, response);
  const right = parts.every((p) => p.right);
  return parts.map((part, i) => ({
    id: context.newId(),
    fact: part.fact,
    claim: part.claim,
    grade: (part.right ? 3 : 1) as Grade,
    at: context.now,
    kind: question.kind,
    mode: context.mode,
    session: context.session,
    deck: question.deckId,
    ...(i === 0 ? { question: question.id, right } : {}),
    ...(i === 0 && !right ? { response: JSON.stringify(response).slice(0, 4000) } : {}),
    ...(i === 0 && context.seed !== undefined ? { seed: context.seed } : {}),
  }));
}

export function reviewForCard(
  card: { fact: string; claim: string },
  grade: Grade,
  deck: string | undefined,
  context: Omit<AnswerContext, 'mode' | 'seed'>,
): Review {
  return {
    id: context.newId(),
    fact: card.fact,
    claim: card.claim,
    grade,
    at: context.now,
    kind: 'card',
    mode: 'cards',
    session: context.session,
    ...(deck ? { deck } : {}),
  };
}
