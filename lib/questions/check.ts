import { matchesAnswer } from './answers';
import type { Question, Response } from './models';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Whether a response answers a question correctly. A response of another kind is wrong. */
export function checkAnswer(question: Question, response: Response): boolean {
  switch (question.kind) {
    case 'single':
      return response.kind === 'single' && response.optionId === question.answer;
    case 'multiple':
      return response.kind === 'multiple' && sameSet(response.optionIds, question.answer);
    case 'truefalse':
      return response.kind === 'truefalse' && response.value === question.answer;
    case 'fill':
      return (
        response.kind === 'fill' &&
        matchesAnswer(response.text, question.answer.accepted, { numeric: question.answer.numeric })
      );
    case 'order':
      return (
        response.kind === 'order' &&
        response.optionIds.length === question.answer.length &&
        response.optionIds.every((id, i) => id === question.answer[i])
      );
    case 'match':
      return (
        response.kind === 'match' &&
        question.left.every((l) => response.pairs[l.id] === question.answer[l.id])
      );
  }
}
