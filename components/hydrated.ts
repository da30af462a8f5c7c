/*
 * Whether the app has hydrated in this tab yet. The layout's progress provider marks it in its
 * first effect. A page being hydrated must first render what its HTML holds; a page mounted
 * later, by a move between pages, has no HTML to match.
 */
let hydrated = false;

export function markHydrated(): void {
  hydrated = true;
}

export function appHydrated(): boolean {
  return hydrated;
}
