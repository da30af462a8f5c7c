'use client';

import { type ComponentType, lazy, Suspense } from 'react';

/*
 * Settings sections that work only once the saved progress is loaded (its own chunk too): the
 * profiles (./ProfileManager.tsx) and the export, import and reset (./DataSection.tsx), each in a
 * chunk of its own, out of the page's first-load JavaScript. The exported HTML holds each section
 * as usual (the server renders through lazy()); it comes alive when its chunk has arrived.
 */
function lazySection(load: () => Promise<ComponentType>): ComponentType {
  const Section = lazy(() => load().then((component) => ({ default: component })));
  return function LazySection() {
    return (
      <Suspense fallback={null}>
        <Section />
      </Suspense>
    );
  };
}

export const LazyDataSection = lazySection(() =>
  import('./DataSection').then((m) => m.DataSection),
);

export const LazyProfileManager = lazySection(() =>
  import('./ProfileManager').then((m) => m.ProfileManager),
);
