/// <reference lib="webworker" />
/*
 * The service worker, bundled by scripts/build-sw.ts into out/sw.js after `next build`. Serwist
 * does the caching; this file says what is cached when.
 *
 * - A first visit downloads almost nothing more than the page: the precache holds only the
 *   offline fallback page and the app's icons. Pages, their data and their scripts are cached as
 *   the learner opens them; the page the service worker was installed on sends the files it had
 *   already loaded (CACHE_URLS), and after the first minute the rest of its language's main pages
 *   (components/ServiceWorkerRegistration.tsx). So every page visited works offline.
 * - Scripts and styles under /_next/static/, and the content, cards and map files, are named by
 *   their content: cache first. They stay through updates, so a tab still on the old version
 *   can load its lazy chunks and its content.
 * - Pages and their data (RSC .txt files): the cached copy at once, refreshed in the background,
 *   and kept only with the scripts and styles they name (withItsFiles), so that a cached page runs.
 *   A page is cached by its folder without the query (/zh/practice/?seed=3 is /zh/practice/), as
 *   a static host serves it.
 * - Next's router asks with HEAD whether a page exists: answered from the cache when it holds the
 *   page, so that links work offline.
 * - A new version installs and waits; the page offers a reload into it (SKIP_WAITING), so a page
 *   is never swapped under a learner mid-quiz. A page of the worker's own build, behind an older
 *   worker, lets it take over at once; the worker tells its build when asked (GET_BUILD).
 */
import {
  CacheFirst,
  ExpirationPlugin,
  type PrecacheEntry,
  type RouteHandler,
  type RouteHandlerObject,
  Serwist,
  type SerwistPlugin,
  StaleWhileRevalidate,
} from 'serwist';
import { staticFilesOf } from './static-files';

declare const self: ServiceWorkerGlobalScope & {
  /** Written in by scripts/build-sw.ts: the precache list, and every page's folder. */
  __SW_MANIFEST: (PrecacheEntry | string)[];
  __SW_PAGES: string[];
  /** The build this worker came with (next.config.mjs), for a page to compare with its own. */
  __SW_BUILD: string;
};

const SITE_PAGES = new Set(self.__SW_PAGES);

/** The plain page for a page not on the device yet (scripts/build-sw.ts writes it). */
const OFFLINE = '/offline/';
const PAGES = 'shizheng-pages';
const STATIC = 'shizheng-static';

/** The cache key of a page: its folder, without query, /zh/practice → /zh/practice/. */
function pageKey(url: URL): string {
  const path = url.pathname;
  if (path.endsWith('/')) return url.origin + path;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return url.origin + (last.includes('.') ? path : `${path}/`);
}

const byPage: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(new URL(request.url)),
};

/**
 * What answers offline when the cache lacks a page or its data. A page never visited: the
 * fallback page, not the browser's error. A page's data (RSC .txt) never cached: the page itself,
 * when that is cached; Next's router sees a document where it wanted data and loads the page as a
 * document, as on a first visit, instead of failing the fetch and logging an error (the fallback
 * page when the page is not cached either).
 */
const offlineAnswers: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('.txt')) {
      const folder = url.origin + url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
      return (await caches.match(folder, { cacheName: PAGES })) ?? serwist.matchPrecache(OFFLINE);
    }
    if (request.mode === 'navigate' || request.destination === 'document')
      return serwist.matchPrecache(OFFLINE);
    return undefined;
  },
};

const cacheFirst = new CacheFirst({
  cacheName: STATIC,
  plugins: [new ExpirationPlugin({ maxEntries: 600, purgeOnQuotaError: true })],
});

/**
 * A script, stylesheet or other file named by its content, cache first, fetched once however
 * many ask for it at the same time: a page handing over the files it loaded and the same page
 * cached with its files (withItsFiles) otherwise downloaded each twice.
 */
const inFlight = new Map<string, Promise<Response>>();
const staticFiles: RouteHandlerObject = {
  handle: ({ request, event }) => {
    let answer = inFlight.get(request.url);
    if (!answer) {
      answer = cacheFirst.handle({ request, event }).finally(() => inFlight.delete(request.url));
      inFlight.set(request.url, answer);
    }
    return answer.then((response) => response.clone());
  },
};

/**
 * A page (or its data) is cached only with the scripts and stylesheets it names, so that a page
 * on the device is a page that runs offline. Those files are fetched now if the cache lacks them;
 * when one cannot be had (the host has a newer version and no longer holds it, or the network
 * failed), the copy already cached is kept instead, whole. Without this, a page refreshed in the
 * background (or cached ahead, or by a worker older than the page) came back offline as HTML
 * whose scripts were never fetched, and never became interactive.
 */
const withItsFiles: SerwistPlugin = {
  cacheWillUpdate: async ({ request, response, event }) => {
    if (response.status !== 200) return null;
    const type = response.headers.get('content-type') ?? '';
    const html = type.includes('html');
    if (!html && !type.includes('text/plain') && !type.includes('text/x-component'))
      return response;
    // Data Next's router prefetches for the links on a page is kept as it comes: fetching every
    // linked page's scripts too cost a first visit 40 KB more (npm run bench's first-visit
    // measure). The data of a page kept on the device (its HTML cached) comes with its files.
    const url = new URL(request.url);
    const folder = url.origin + url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
    if (!html && !(await caches.match(folder, { cacheName: PAGES }))) return response;
    const files = staticFilesOf(await response.clone().text());
    const results = await Promise.all(
      files.map((file) =>
        Promise.resolve(
          staticFiles.handle({
            request: new Request(file),
            url: new URL(file, self.location.origin),
            event,
          }),
        )
          .then((answer) => answer.ok)
          .catch(() => false),
      ),
    );
    return results.every(Boolean) ? response : null;
  },
};

const pages = new StaleWhileRevalidate({
  cacheName: PAGES,
  plugins: [
    byPage,
    withItsFiles,
    offlineAnswers,
    new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true }),
  ],
});

/** Files under /content/ and /maps/ whose names are hashes of what they hold. */
const NAMED_BY_CONTENT = /^\/(?:content|maps)\/[\w-]*[0-9a-f]{16}[\w-]*\.(?:json|svg)$/;

const isPage = (url: URL, request: Request) =>
  request.mode === 'navigate' ||
  request.destination === 'document' ||
  !url.pathname.slice(url.pathname.lastIndexOf('/') + 1).includes('.') ||
  url.pathname.endsWith('.html') ||
  url.pathname.endsWith('.txt');

/**
 * A HEAD for a page: from the cached page's status and headers when the cache holds it, else from
 * the network. Offline, a page of the site that is not cached still exists: 200, and the
 * navigation that follows gets the fallback page.
 */
const headFromCache: RouteHandler = async ({ request, url }) => {
  const cached =
    (await caches.match(pageKey(url), { cacheName: PAGES, ignoreSearch: true })) ??
    (await caches.match(pageKey(url), { ignoreSearch: true }));
  if (cached)
    return new Response(null, {
      status: cached.status,
      statusText: cached.statusText,
      headers: cached.headers,
    });
  try {
    return await fetch(request);
  } catch (error) {
    if (SITE_PAGES.has(new URL(pageKey(url)).pathname))
      return new Response(null, { status: 200, headers: { 'content-type': 'text/html' } });
    throw error;
  }
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 2 },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      // No age limit: a page kept on the device needs its scripts however long ago it was seen.
      handler: staticFiles,
    },
    {
      // The content, cards and map files are named by their content too (lib/content/server.ts,
      // app/maps/[file]/route.ts): the copy on the device is the file. Refreshed in the
      // background like the rest, the flashcards' file (32 KB compressed) was downloaded again
      // on every visit, on a phone's data, beside the page.
      matcher: ({ url, sameOrigin }) => sameOrigin && NAMED_BY_CONTENT.test(url.pathname),
      handler: staticFiles,
    },
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && isPage(url, request),
      handler: pages,
    },
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && isPage(url, request),
      method: 'HEAD',
      handler: headFromCache,
    },
    {
      matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname !== '/sw.js',
      handler: new StaleWhileRevalidate({
        cacheName: PAGES,
        plugins: [
          byPage,
          {
            // The browser's own request for a favicon, offline: the app's icon.
            handlerDidError: async ({ request }): Promise<Response | undefined> =>
              new URL(request.url).pathname === '/favicon.ico'
                ? serwist.matchPrecache('/icons/icon-192.png')
                : undefined,
          },
        ],
      }),
    },
  ],
});

self.addEventListener('message', (event) => {
  // The page asks for this when the learner accepts an update.
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
  // A page asks which build this worker is (components/ServiceWorkerRegistration.tsx).
  if (event.data && event.data.type === 'GET_BUILD') event.ports[0]?.postMessage(self.__SW_BUILD);
});

serwist.addEventListeners();
