/*
 * The question generator, fetched when a page first needs it rather than with the page. Pages
 * open on questions made at build time (the starter quiz in the HTML); the generator (every fact
 * kind's module and the drawing code, about a fifth of a study page's script) would only delay a
 * phone's first tap. It is fetched once the page is idle, so that the next quiz does not wait and
 * the offline cache holds it (the service worker keeps the scripts a visit loads).
 */

import { contentOf, type ContentSource } from '../content/remote';

type Generator = typeof import('./generate');

let loading: Promise<Generator> | null = null;

/** The generator module; fetched once. A failed fetch (offline, not cached) may be retried. */
export function loadGenerator(): Promise<Generator> {
  loading ??= import('./generate').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Fetches the generator, and the content if it is a file, when the browser is idle (or after a
 * moment where it cannot say). */
export function preloadGenerator(content?: ContentSource): () => void {
  const load = () => {
    void loadGenerator().catch(() => undefined);
    if (content) void contentOf(content).catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(load, 1000);
  return () => clearTimeout(id);
}
