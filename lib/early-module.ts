/*
 * A module in a chunk of its own that a page will need soon after it has hydrated (the progress
 * store, the cards' engine, the statistics): asked for as soon as the importing module runs in
 * the browser, while React is still hydrating the page, rather than from an effect after it. On
 * a slow phone that is about half a second earlier (npm run bench, first tap). A failed load
 * (offline, file gone) may be tried again. With `when`, it is asked for early only if the page will
 * need it (a classroom page whose address names a quiz), else on first use.
 */
export function earlyModule<T>(load: () => Promise<T>, when?: () => boolean): () => Promise<T> {
  let loading: Promise<T> | null = null;
  const get = () => {
    loading ??= load();
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  if (typeof window !== 'undefined' && (when?.() ?? true)) void get().catch(() => undefined);
  return get;
}
