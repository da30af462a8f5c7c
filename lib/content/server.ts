import 'server-only';
import { createHash } from 'node:crypto';
import { learnerContent } from './learner-content';
import { loadContent } from './load';
import type { ContentHistory } from '../classroom/content-history';
import { readHistory } from './history-file';
import type { ContentBundle } from './index-content';
import { type CardsFile, writeCardsFile } from '../cards/file';
import { contentAt, latestVersion } from '../classroom/content-history';
import { openersFile, type OpenersFile } from '../classroom/openers-file';
import { deckHash } from '../classroom/quiz';
import { LATEST_RULES } from '../questions/rules';

let cached: ContentBundle | undefined;

/** The validated content, read once per build. Invalid content fails the build with every problem listed. */
export function getContent(): ContentBundle {
  cached ??= loadContent();
  return cached;
}

let forLearners: ContentBundle | undefined;

/**
 * The content as pages hand it to the browser in their payload (the learn and test pages):
 * without fact-check rows and editors' notes (./learner-content.ts). The content file keeps
 * them: the classroom pages hash its facts against content/history.json, recorded with them.
 */
export function getLearnerContent(): ContentBundle {
  forLearners ??= learnerContent(getContent());
  return forLearners;
}

let history: ContentHistory | undefined;

/**
 * The recorded content versions (content/history.json), read once per build: a quiz code names
 * the version it was drawn from (lib/classroom/content-history.ts).
 */
export function getHistory(): ContentHistory {
  history ??= readHistory();
  return history;
}

const hashOf = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * The content as one JSON file of the export, named by its hash (app/content/[file]/route.ts):
 * pages that draw new questions in the browser fetch it when they first need it, instead of
 * carrying it in their HTML, and any number of pages and visits share one cached copy.
 */
export function contentFileName(): string {
  return `${hashOf(getContent())}.json`;
}

/** Where the browser finds the content file. */
export function contentUrl(): string {
  return `/content/${contentFileName()}`;
}

let cards: CardsFile | undefined;

/** Every flashcard session's cards, worded once per build (lib/cards/file.ts). */
export function getCardsFile(): CardsFile {
  cards ??= writeCardsFile(getContent());
  return cards;
}

/**
 * The cards file beside the content file, named by its hash: the flashcards page reads a
 * learner's queue from it, without the content or the wording code.
 */
export function cardsFileName(): string {
  return `cards-${hashOf(getCardsFile())}.json`;
}

/** Where the browser finds the cards file. */
export function cardsUrl(): string {
  return `/content/${cardsFileName()}`;
}

/**
 * The content versions as a file of their own beside the content file: only the classroom
 * pages fetch it, with the content, when they open or make a quiz.
 */
export function historyFileName(): string {
  return `history-${hashOf(getHistory())}.json`;
}

/** Where a classroom page finds the content and its versions. */
export function classroomSource(): { content: string; history: string } {
  return { content: contentUrl(), history: `/content/${historyFileName()}` };
}

let openers: Map<number, OpenersFile> | undefined;

/**
 * Each deck's classroom opener candidates (lib/classroom/openers-file.ts), by the deck's hash as
 * quiz codes name it: drawn from the latest content version by the latest rules, as a code made
 * today is.
 */
export function getOpenersFiles(): Map<number, OpenersFile> {
  if (!openers) {
    const history = getHistory();
    const version = latestVersion(history);
    const content = contentAt({ ...getContent(), history }, version);
    openers = new Map(
      content.decks.map((d) => [deckHash(d.id), openersFile(content, d.id, version, LATEST_RULES)]),
    );
  }
  return openers;
}

/**
 * What every openers file's name starts with: a hash of them all, so that the early projector
 * (components/classroom/earlyPresent.ts) finds a deck's as `<prefix>-<deck hash>.json`.
 */
export function openersPrefix(): string {
  return `openers-${hashOf([...getOpenersFiles()])}`;
}

export function openersFileName(hash: number): string {
  return `${openersPrefix()}-${hash}.json`;
}
