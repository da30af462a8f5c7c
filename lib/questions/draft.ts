import type { Question } from './models';

type QuestionHead = Pick<Question, 'id' | 'kind' | 'claims' | 'factIds'>;

/**
 * A question as a quiz chooses it: what choosing needs (its id, kind, claims and facts) and how
 * to make the rest. A quiz weighs a few hundred questions to keep 20, so it writes out (wording,
 * options, sources, difficulty) only the ones it keeps; a bank makes every one.
 * `make` runs its builder once and then gives the same question: a builder may go on drawing
 * from the random stream its question began, which must be read only once. (A class, not an
 * object with closures: a bank makes a draft for each of its questions.)
 */
export class QuestionDraft implements QuestionHead {
  private made: Question | undefined;

  constructor(
    readonly id: string,
    readonly kind: Question['kind'],
    readonly claims: string[],
    readonly factIds: string[],
    private readonly build: () => Question,
  ) {}

  make(): Question {
    return (this.made ??= this.build());
  }
}

/** A question already made (the whole-deck kinds), as a draft. */
export function madeDraft(question: Question): QuestionDraft {
  return new QuestionDraft(
    question.id,
    question.kind,
    question.claims,
    question.factIds,
    () => question,
  );
}
