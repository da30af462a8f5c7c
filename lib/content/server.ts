import 'server-only';
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
