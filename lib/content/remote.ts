import type { ContentBundle } from './index-content';
import type { Deck } from './schema';

/** What a page's options need of each deck: its id and title. */
export type DeckInfo = Pick<Deck, 'id' | 'title'>;

/** Content, or as much of it as a quiz's options show. */
export interface DeckList {
  decks: readonly DeckInfo[];
}

/** The decks' ids and titles: what a page passes instead of the content to draw its options. */
export function deckList(content: ContentBundle): DeckList {
  return { decks: content.decks.map(({ id, title }) => ({ id, title })) };
}

/*
 * Content a page holds, or the address of the content file (app/content/[file]/route.ts) for a
 * page that only needs it to draw new questions: its first screen comes from the HTML, and the
 * file, shared by every page, is fetched when needed and kept by the service worker.
 */
export type ContentSource = ContentBundle | { url: string };

/**
 * The host no longer has the file (404 or 410): a tab opened on an older version asks for the
 * content file of that version after a new one replaced it (components/newVersion.ts).
 */
export class FileGoneError extends Error {
  override name = 'FileGoneError';
}

const fetched = new Map<string, Promise<unknown>>();

/**
 * A JSON file of the export (app/content/[file]/route.ts), fetched once per page load (a failed
 * fetch may be retried). The build wrote it: what it holds is what `T` says.
 */
export function jsonFile<T>(url: string): Promise<T> {
  let loading = fetched.get(url);
  if (!loading) {
    loading = fetch(url).then((response) => {
      if (response.status === 404 || response.status === 410)
        throw new FileGoneError(`${url}: ${response.status}`);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    loading.catch(() => fetched.delete(url));
    fetched.set(url, loading);
  }
  return loading as Promise<T>;
}

/** The content itself, from the page or its file. */
export function contentOf(source: ContentSource): Promise<ContentBundle> {
  if (!('url' in source)) return Promise.resolve(source);
  return jsonFile<ContentBundle>(source.url);
}
