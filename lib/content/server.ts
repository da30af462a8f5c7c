import 'server-only';
import { loadContent } from './load';
import type { ContentBundle } from './index-content';

let cached: ContentBundle | undefined;

/** The validated content, read once per build. Invalid content fails the build with every problem listed. */
export function getContent(): ContentBundle {
  cached ??= loadContent();
  return cached;
}
