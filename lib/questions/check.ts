import { matchesAnswer } from './answers';
import type { Text } from '../content/schema';
import { inNaturalOrder, joinAnswers } from './answer-list';
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

/** One part of an answer: the claim it reviews and whether the learner had it right. */
export interface ClaimResult {
  claim: string;
  fact: string;
  right: boolean;
}

/**
 * How an answer went, claim by claim: a question on one claim is right or wrong as a whole; a
 * match question grades each pair, a statements question each statement (picked when true, left
 * when false) and an ordering question each event (placed where it belongs).
 */
export function claimResults(question: Question, response: Response): ClaimResult[] {
  const whole = checkAnswer(question, response);
  const factOf = (claim: string) => claim.split('/')[0] ?? claim;
  switch (question.kind) {
    case 'match':
      return question.claims.map((claim, i) => {
        const left = question.left[i];
        const right =
          !!left &&
          response.kind === 'match' &&
          response.pairs[left.id] === question.answer[left.id];
        return { claim, fact: factOf(claim), right };
      });
    case 'order':
      return question.eventClaims.map((claim, i) => ({
        claim,
        fact: question.answer[i] ?? factOf(claim),
        right: response.kind === 'order' && response.optionIds[i] === question.answer[i],
      }));
    case 'multiple':
      if (question.claims.length > 1) {
        // A statements question: option ids are `${claim}=${value}`, one statement per claim.
        return question.options.map((o) => {
          const claim = o.id.slice(0, o.id.lastIndexOf('='));
          const keyed = question.answer.includes(o.id);
          const picked = response.kind === 'multiple' && response.optionIds.includes(o.id);
          return { claim, fact: factOf(claim), right: keyed === picked };
        });
      }
      break;
  }
  return question.claims.map((claim) => ({
    claim,
    fact: question.factIds[0] ?? factOf(claim),
    right: whole,
  }));
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
      return joinAnswers(inNaturalOrder(response.optionIds).map(option));
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
