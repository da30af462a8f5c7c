import type { Text } from '../content/schema';
import type { LearnerSource } from '../content/sources';
import type { FillHint } from './blank';

/** The one list of question kinds. Everything else reads it. */
export const QUESTION_KINDS = [
  'single',
  'multiple',
  'truefalse',
  'fill',
  'order',
  'match',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a quiz is drawn from: the decks, the kinds and how many questions (practice and test). */
export interface QuizSettings {
  deckIds: string[];
  kinds: QuestionKind[];
  count: number;
}

export type Difficulty = 1 | 2 | 3;

export interface Option {
  id: string;
  text: Text;
}

interface QuestionBase {
  /** Stable across builds for the same content: kind, claim and what varies. */
  id: string;
  deckId: string;
  prompt: Text;
  explanation: Text;
  /**
   * The sources of what the explanation states, each once, in the order it states them: a
   * question on several facts (a match, an ordering, statements) cites each fact's own source.
   */
  sources: LearnerSource[];
  factIds: string[];
  difficulty: Difficulty;
  /** The claim the question tests ("sco-ssc-19/city"); lets tests check it against the facts. */
  claimId: string;
  /**
   * The atomic claims the question asks about: one for a question on one claim, each pair's or
   * event's claim for match, order and statement questions. A round never asks a claim twice.
   */
  claims: string[];
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  options: Option[];
  answer: string;
}

export interface MultipleSelectQuestion extends QuestionBase {
  kind: 'multiple';
  options: Option[];
  /** Every correct option id, in option order. */
  answer: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
  options: Option[];
  answer: boolean;
  /** The value the statement asserts: the true one, or a distractor. */
  statedValue: string;
}

export interface FillInQuestion extends QuestionBase {
  kind: 'fill';
  answer: {
    /** The answer as it is shown after checking. */
    display: Text;
    /** Every form accepted, in either language: 19, 十九, 第十九次; 阿斯塔纳, Astana. */
    accepted: string[];
    /** Numeric answers also match by value (１９ = 19 = 十九). */
    numeric: boolean;
    /**
     * What the hint under the blank says (a name, a number, a year, a figure). Absent in quizzes
     * kept from before hints fitted the blank: they show none rather than a wrong one.
     */
    hint?: FillHint;
  };
}

export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  /** The claim of each event's date, in the order of `answer`: what a placement reviews. */
  eventClaims: string[];
  /** The events, in shuffled order. */
  options: Option[];
  /** Option ids from earliest to latest. */
  answer: string[];
}

export interface MatchQuestion extends QuestionBase {
  kind: 'match';
  /** The items to match, in their shown order. */
  left: Option[];
  /** What each is matched to, shuffled. */
  options: Option[];
  /** left id → option id */
  answer: Record<string, string>;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleSelectQuestion
  | TrueFalseQuestion
  | FillInQuestion
  | OrderQuestion
  | MatchQuestion;

/** What a learner gives for each kind. */
export type Response =
  | { kind: 'single'; optionId: string }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'fill'; text: string }
  | { kind: 'order'; optionIds: string[] }
  | { kind: 'match'; pairs: Record<string, string> };

/** Practice's quiz before the learner changes anything: every deck, every kind, ten questions.
 * Here, not beside the starter quiz: pages import it without the question generator. */
export function defaultQuizSettings(content: { decks: readonly { id: string }[] }): QuizSettings {
  return { deckIds: content.decks.map((d) => d.id), kinds: [...QUESTION_KINDS], count: 10 };
}
