import { matchesAnswer } from './answers';
import type { Text } from '../content/schema';
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

/** What the learner answered, as a person reads it: for the review at the end of a test. */
export function responseText(question: Question, response: Response): Text {
  const option = (id: string): Text =>
    ('options' in question ? question.options.find((o) => o.id === id)?.text : undefined) ?? {
      zh: '—',
      en: '—',
    };
  const join = (texts: Text[], zhSep: string, enSep: string): Text => ({
    zh: texts.map((t) => t.zh).join(zhSep),
    en: texts.map((t) => t.en).join(enSep),
  });
  switch (response.kind) {
    case 'single':
      return option(response.optionId);
    case 'multiple':
      return join(response.optionIds.map(option), '；', '; ');
    case 'truefalse':
      return option(String(response.value));
    case 'fill':
      return { zh: response.text, en: response.text };
    case 'order':
      return join(response.optionIds.map(option), ' → ', ' → ');
    case 'match':
      return question.kind === 'match'
        ? join(
            question.left.map((l) => {
              const right = option(response.pairs[l.id] ?? '');
              return { zh: `${l.text.zh} — ${right.zh}`, en: `${l.text.en} — ${right.en}` };
            }),
            '；',
            '; ',
          )
        : { zh: '—', en: '—' };
  }
}
