'use client';

import { lazy, Suspense } from 'react';

/*
 * The settings page's export, import and reset (./DataSection.tsx) in a chunk of its own: they
 * work only once the saved progress is loaded (its own chunk too), so they need not be in the
 * page's first-load JavaScript. The exported HTML holds the section as usual; it comes alive
 * when its chunk has arrived.
 */
const DataSection = lazy(() => import('./DataSection').then((m) => ({ default: m.DataSection })));

export function LazyDataSection() {
  return (
    <Suspense fallback={null}>
      <DataSection />
    </Suspense>
  );
}
