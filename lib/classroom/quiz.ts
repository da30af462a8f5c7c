import type { ContentBundle } from '../content/index-content';
import {
  type ClassroomContent,
  contentAt,
  editedFacts,
  latestVersion,
  stateAt,
} from './content-history';
import type { DeckInfo } from '../content/remote';
import type { Deck } from '../content/schema';
import { DISPLAY_MODES, type DisplayMode } from '../display';
import { generateQuestions, pickQuiz } from '../questions/generate';
import { QUESTION_KINDS, type Question, type QuestionKind } from '../questions/models';
import { hashString } from '../questions/random';
import { follows, LATEST_RULES } from '../questions/rules';
import { candidateAt, pickOpener } from './opener';
import { openerCandidates } from './openers-file';
import { checkFields, isArrayOf, isInt, isOneOf, mustPass } from '../checks';
import type { CodeProblem, Decoded } from './frame';
import {
  canonicalQuizCode,
  decodeQuizCode,
  encodeQuizCode,
  HASH_BITS,
  MAX_DECKS,
  isSecondsPerQuestion,
  MAX_QUESTIONS,
  type QuizCodeData,
  SEED_LIMIT,
} from './quiz-code';

/** What a teacher chooses in the builder. */
export interface QuizChoice {
  deckIds: string[];
  kinds: QuestionKind[];
  count: number;
  secondsPerQuestion: number;
  language: DisplayMode;
  seed: number;
  /** Answers stay hidden on students' devices until the teacher reveals them. */
  teacherPaced?: boolean;
}

export function checkQuizChoice(value: unknown) {
  return checkFields<QuizChoice>(value, {
    deckIds: (v) => isArrayOf(v, (id) => typeof id === 'string' && id.length > 0, 1, MAX_DECKS),
    kinds: (v) => isArrayOf(v, (k) => isOneOf(k, QUESTION_KINDS), 1, Infinity),
    count: (v) => isInt(v, 1, MAX_QUESTIONS),
    secondsPerQuestion: isSecondsPerQuestion,
    language: (v) => isOneOf(v, DISPLAY_MODES),
    seed: (v) => isInt(v, 0, SEED_LIMIT - 1),
    teacherPaced: (v) => v === undefined || typeof v === 'boolean',
  });
}

/** A quiz every device has drawn alike from its code. */
export interface ClassroomQuiz {
  /** The canonical code, ungrouped: what links and result codes refer to. */
  code: string;
  settings: QuizCodeData;
  /** The quiz's decks, their ids and titles. */
  decks: DeckInfo[];
  questions: Question[];
  language: DisplayMode;
  secondsPerQuestion: number;
  teacherPaced: boolean;
  /** How this device's quiz may differ from the one the code was made with; absent if not. */
  changes?: QuizChanges;
}

/**
 * A quiz opened from content edited since its code was made: the positions (from 1) of the
 * questions on edited facts, and whether the quiz as drawn differs from the code's fingerprint
 * (its questions, options or accepted answers).
 */
export interface QuizChanges {
  editedQuestions: number[];
  differs: boolean;
}

export type QuizProblem =
  | CodeProblem
  /**
   * A deck of the quiz is not in this device's content. `removed` names those the content
   * history says the code's version had: decks deleted since the code was made.
   */
  | { kind: 'unknown-deck'; missing: number; removed: string[] }
  /** This device's content is older than the version the code was drawn from. */
  | { kind: 'content-too-new' }
  /** The content as the code's version held it can no longer make the quiz. */
  | { kind: 'content-changed' }
  | { kind: 'no-questions' };

function fold(hash: number, bits: number): number {
  return (hash ^ (hash >>> bits)) & (2 ** bits - 1);
}

/** A deck's short hash: a code names decks by it, and the content on each device resolves it. */
export function deckHash(deckId: string): number {
  return fold(hashString(`deck:${deckId}`), HASH_BITS);
}

/**
 * What must match between the teacher's device and a student's for their quizzes to be the
 * same: question ids, option order and accepted answers. Content changed by a newer build
 * (or an old one kept offline) gives another fingerprint.
 */
export function quizFingerprint(questions: readonly Question[]): number {
  const parts = questions.map((q) => {
    const ids = [q.id];
    if (q.kind === 'match') ids.push(...q.left.map((l) => l.id));
    if ('options' in q) ids.push(...q.options.map((o) => o.id));
    if (q.kind === 'fill') ids.push(...q.answer.accepted);
    return ids.join(',');
  });
  return fold(hashString(parts.join('|')), HASH_BITS);
}

/** The quiz of a choice, drawn by these generator rules (lib/questions/rules.ts). */
function drawQuestions(content: ContentBundle, data: QuizChoice, rules: number): Question[] {
  const bank = generateQuestions(content, {
    seed: data.seed,
    deckIds: data.deckIds,
    kinds: data.kinds,
    rules,
  });
  const opener = follows(rules, 'openerFirst') ? quizOpener(content, data, rules) : undefined;
  // The bank's own question on the opener's claim is asked no more (pickQuiz).
  return pickQuiz(bank, data.count, data.seed, undefined, opener);
}

/** The quiz's first question by rules `openerFirst` (opener.ts), if its kinds allow one. */
export function quizOpener(
  content: ContentBundle,
  data: Pick<QuizChoice, 'deckIds' | 'kinds' | 'seed'>,
  rules: number,
): Question | undefined {
  const pick = pickOpener({ seed: data.seed, kinds: data.kinds, deckCount: data.deckIds.length });
  if (!pick) return undefined;
  return candidateAt(openerCandidates(content, data.deckIds[pick.deck]!, pick.kind, rules), pick);
}

/**
 * The quiz a teacher's choice makes and its code, drawn from the latest recorded version of the
 * content by the latest generator rules. Throws on a deck the content lacks or on two decks
 * whose hashes collide: the builder only offers decks of the content, and a unit test keeps the
 * hashes of the content apart.
 */
export function createQuiz(classroomContent: ClassroomContent, choice: QuizChoice): ClassroomQuiz {
  const c = mustPass(checkQuizChoice(choice), 'quiz choice');
  const contentVersion = latestVersion(classroomContent.history);
  const content = contentAt(classroomContent, contentVersion);
  const decks = c.deckIds.map((id) => {
    const deck = content.decks.find((d) => d.id === id);
    if (!deck) throw new Error(`Unknown deck "${id}"`);
    const clash = content.decks.find((d) => d.id !== id && deckHash(d.id) === deckHash(id));
    if (clash) throw new Error(`Decks "${id}" and "${clash.id}" share a hash: rename one`);
    return deck;
  });
  const questions = drawQuestions(content, c, LATEST_RULES);
  const settings: QuizCodeData = {
    language: c.language,
    kinds: QUESTION_KINDS.filter((k) => c.kinds.includes(k)),
    count: c.count,
    secondsPerQuestion: c.secondsPerQuestion,
    seed: c.seed,
    teacherPaced: c.teacherPaced ?? false,
    contentVersion,
    rulesVersion: LATEST_RULES,
    deckHashes: decks.map((d) => deckHash(d.id)),
    fingerprint: quizFingerprint(questions),
  };
  return {
    code: encodeQuizCode(settings),
    settings,
    decks,
    questions,
    language: c.language,
    secondsPerQuestion: c.secondsPerQuestion,
    teacherPaced: settings.teacherPaced,
  };
}

/**
 * The ids of the decks with these hashes that content `version` held and the content no longer
 * does. The history keeps item keys and hashes, not the items, so a deleted deck's questions
 * cannot be drawn again; its id is what can be named.
 */
function removedDecks(content: ClassroomContent, version: number, hashes: number[]): string[] {
  if (!content.history || version === 0) return [];
  const current = new Set(content.decks.map((d) => d.id));
  return [...stateAt(content.history, version).keys()]
    .filter((key) => key.startsWith('deck:'))
    .map((key) => key.slice('deck:'.length))
    .filter((id) => !current.has(id) && hashes.includes(deckHash(id)));
}

/**
 * The quiz behind a code, drawn from this device's content as the code's content version held
 * it and by the generator rules the code names: content added and generator corrections made
 * since change nothing. A quiz on facts edited since still opens, with `changes` saying which
 * questions; what stops a quiz from opening is the problem returned.
 */
export function openQuiz(
  classroomContent: ClassroomContent,
  text: string,
): Decoded<ClassroomQuiz, QuizProblem> {
  const decoded = decodeQuizCode(text);
  if (!decoded.ok) return decoded;
  const settings = decoded.value;
  // Not re-encoded: a version 1 code keeps its text, which its students' result codes name.
  const code = canonicalQuizCode(text);
  if (settings.contentVersion > latestVersion(classroomContent.history)) {
    return { ok: false, problem: { kind: 'content-too-new' } };
  }
  const content = contentAt(classroomContent, settings.contentVersion);
  const decks = settings.deckHashes.map((h) => content.decks.find((d) => deckHash(d.id) === h));
  const found = decks.filter((d): d is Deck => d !== undefined);
  if (found.length < decks.length) {
    const missing = settings.deckHashes.filter((_, i) => decks[i] === undefined);
    return {
      ok: false,
      problem: {
        kind: 'unknown-deck',
        missing: missing.length,
        removed: removedDecks(classroomContent, settings.contentVersion, missing),
      },
    };
  }
  let questions: Question[];
  try {
    questions = drawQuestions(
      content,
      {
        deckIds: found.map((d) => d.id),
        kinds: settings.kinds,
        count: settings.count,
        secondsPerQuestion: settings.secondsPerQuestion,
        language: settings.language,
        seed: settings.seed,
      },
      settings.rulesVersion,
    );
  } catch {
    // A fact of the version edited to name what that version lacked: nothing to draw from.
    return { ok: false, problem: { kind: 'content-changed' } };
  }
  if (questions.length === 0) return { ok: false, problem: { kind: 'no-questions' } };
  const edited = editedFacts(
    classroomContent,
    settings.contentVersion,
    questions.flatMap((q) => q.factIds),
  );
  const editedQuestions = questions.flatMap((q, i) =>
    q.factIds.some((id) => edited.has(id)) ? [i + 1] : [],
  );
  const differs = quizFingerprint(questions) !== settings.fingerprint;
  return {
    ok: true,
    value: {
      code,
      settings,
      decks: found,
      questions,
      language: settings.language,
      secondsPerQuestion: settings.secondsPerQuestion,
      teacherPaced: settings.teacherPaced,
      ...(differs || editedQuestions.length > 0 ? { changes: { editedQuestions, differs } } : {}),
    },
  };
}
