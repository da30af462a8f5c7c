'use client';

import { useSearchParams } from 'next/navigation';
import { type ReactNode, startTransition, Suspense, useEffect, useState } from 'react';

function SearchReporter({ onSearch }: { onSearch: (search: string) => void }) {
  const search = useSearchParams().toString();
  // A transition: the page re-renders for its query in short slices.
  useEffect(() => startTransition(() => onSearch(search)), [search, onSearch]);
  return null;
}

/**
 * The address's query (without "?"): null while the page hydrates, then the query, and again
 * whenever a link within the app changes only the query (the header's Practice link on
 * `/practice/?deck=x`), which keeps the page mounted.
 *
 * Next's `useSearchParams` keeps everything up to its Suspense boundary out of the exported HTML,
 * so it is called only by an empty reporter in a boundary of its own: the page itself stays in
 * the HTML. Render the returned element anywhere in the page.
 */
export function useSearch(): [search: string | null, reporter: ReactNode] {
  const [search, setSearch] = useState<string | null>(null);
  const reporter = (
    <Suspense fallback={null}>
      <SearchReporter onSearch={setSearch} />
    </Suspense>
  );
  return [search, reporter];
}
