import 'server-only';
import { createHash } from 'node:crypto';
import { loadContent } from './load';
import type { ClassroomContent, ContentHistory } from '../classroom/content-history';
import { readHistory } from './history-file';
import type { ContentBundle } from './index-content';

let cached: ContentBundle | undefined;

/** The validated content, read once per build. Invalid content fails the build with every problem listed. */
export function getContent(): ContentBundle {
  cached ??= loadContent();
  return cached;
}

let history: ContentHistory | undefined;

/**
 * The content with its recorded versions, for the classroom pages: a quiz code names the
 * version it was drawn from (lib/classroom/content-history.ts). Only these pages carry the
 * history.
 */
export function getClassroomContent(): ClassroomContent {
  history ??= readHistory();
  return { ...getContent(), history };
}

/**
 * The content as one JSON file of the export, named by its hash (app/content/[file]/route.ts):
 * pages that draw new questions in the browser fetch it when they first need it, instead of
 * carrying it in their HTML, and any number of pages and visits share one cached copy.
 */
export function contentFileName(): string {
  const hash = createHash('sha256').update(JSON.stringify(getContent())).digest('hex');
  return `${hash.slice(0, 16)}.json`;
}

/** Where the browser finds the content file. */
export function contentUrl(): string {
  return `/content/${contentFileName()}`;
}
