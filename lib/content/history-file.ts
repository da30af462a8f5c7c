import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentHistory } from '../classroom/content-history';

/** content/history.json, checked where it is read (the build and `npm run content:history`). */
export const HISTORY_FILE = path.posix.join('content', 'history.json');

const ItemKey = z.string().regex(/^(deck:[^/]+|(fact|include):[^/]+\/.+|entity:.+)$/, {
  error: 'an item key is deck:<deck>, fact:<deck>/<fact>, include:<deck>/<fact> or entity:<id>',
});

export const ContentHistoryFile = z.strictObject({
  versions: z.array(
    z.strictObject({
      set: z.record(ItemKey, z.string()),
      drop: z.array(ItemKey),
    }),
  ),
}) satisfies z.ZodType<ContentHistory>;

/** The recorded history below a project root: empty when there is no file, an error when it is malformed. */
export function readHistory(root: string = process.cwd()): ContentHistory {
  let text: string;
  try {
    text = readFileSync(path.join(root, HISTORY_FILE), 'utf8');
  } catch {
    return { versions: [] };
  }
  const parsed = ContentHistoryFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${HISTORY_FILE}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
