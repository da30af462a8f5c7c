import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentBundle } from './index-content';
import { formatProblem, validateContent, type ValidationResult } from './validate';

/** Reads content/glossary.json and every content/decks/*.json below a project root. */
export function readContent(root: string = process.cwd()): ValidationResult {
  const read = (relative: string) => ({
    file: relative,
    text: readFileSync(path.join(root, relative), 'utf8'),
  });
  const deckDir = path.join(root, 'content', 'decks');
  const deckFiles = readdirSync(deckDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read(path.posix.join('content', 'decks', name)));
  return validateContent(read('content/glossary.json'), deckFiles);
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

/** The validated content, or a ContentError that lists every problem. */
export function loadContent(root?: string): ContentBundle {
  const result = readContent(root);
  if (!result.ok) throw new ContentError(result.problems.map(formatProblem));
  return result.bundle;
}
