import type { Question } from './models';
import { createRandom, shuffled } from './random';

/**
 * A question redone from the mistakes notebook, its options in a new order: the same question
 * (the same options, drawn by the mistake's seed), so a learner answers it again rather than
 * recalling where the right option stood. Single and multiple choice only: true/false keeps
 * 正确 before 错误, and an ordering or matching question is shuffled when it is made. `salt`
 * makes each redo's order its own (the time the redo began).
 */
export function withOptionsReordered(question: Question, salt: string): Question {
  if (question.kind !== 'single' && question.kind !== 'multiple') return question;
  const random = createRandom(`redo|${salt}|${question.id}`);
  const before = question.options.map((o) => o.id).join('|');
  let options = shuffled(question.options, random);
  // A new order, where there is one to give (the same order would look like no shuffle at all).
  for (let i = 0; i < 3 && options.map((o) => o.id).join('|') === before; i++)
    options = shuffled(question.options, random);
  return { ...question, options };
}
