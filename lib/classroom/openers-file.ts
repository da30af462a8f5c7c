import type { ContentBundle } from '../content/index-content';
import type { Text } from '../content/schema';
import { generateQuestions } from '../questions/generate';
import type { Question } from '../questions/models';
import { hashString } from '../questions/random';
import {
  isOpenerKind,
  OPENER_KINDS,
  OPENER_SEED,
  OPENERS_PER_KIND,
  type OpenerKind,
} from './opener';

/**
 * A deck's opener candidates of one kind (opener.ts): its questions of that kind drawn with a
 * fixed seed, asked within the deck alone, in an order of their ids' hashes (an order that a
 * question added to the deck disturbs little), the first few. The same on every device for the
 * same content and rules.
 */
export function openerCandidates(
  content: ContentBundle,
  deckId: string,
  kind: OpenerKind,
  rules: number,
): Question[] {
  const questions = generateQuestions(content, {
    seed: OPENER_SEED,
    deckIds: [deckId],
    kinds: [kind],
    rules,
  }).filter((q) => q.kind === kind);
  return questions
    .map((q) => ({ q, key: hashString(q.id) }))
    .sort((a, b) => a.key - b.key || (a.q.id < b.q.id ? -1 : 1))
    .slice(0, OPENERS_PER_KIND)
    .map((e) => e.q);
}

/**
 * What the early slide shows of an opener: its prompt and options, no answer. The stage shows the
 * question its generator drew, which a unit test holds equal to this.
 */
export interface OpenerView {
  id: string;
  kind: OpenerKind;
  prompt: Text;
  options: { id: string; text: Text }[];
}

export function openerView(question: Question): OpenerView {
  if (!isOpenerKind(question.kind) || !('options' in question)) {
    throw new Error(`An opener cannot be a ${question.kind} question`);
  }
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    options: question.options.map((o) => ({ id: o.id, text: o.text })),
  };
}

/**
 * What the export writes for one deck (app/content/[file]/route.ts): its candidates of every
 * opener kind, with the content version and the rules they were drawn by, so that the early
 * projector uses them only for a code of the same version and rules.
 */
export interface OpenersFile {
  contentVersion: number;
  rules: number;
  deck: { id: string; title: { zh: string; en: string } };
  candidates: Record<OpenerKind, OpenerView[]>;
}

export function openersFile(
  content: ContentBundle,
  deckId: string,
  contentVersion: number,
  rules: number,
): OpenersFile {
  const deck = content.decks.find((d) => d.id === deckId);
  if (!deck) throw new Error(`Unknown deck "${deckId}"`);
  const candidates = Object.fromEntries(
    OPENER_KINDS.map((kind) => [
      kind,
      openerCandidates(content, deckId, kind, rules).map(openerView),
    ]),
  ) as Record<OpenerKind, OpenerView[]>;
  return { contentVersion, rules, deck: { id: deck.id, title: deck.title }, candidates };
}
