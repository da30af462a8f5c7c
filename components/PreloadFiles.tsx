/** When a page's preload runs: always, or when the address holds a classroom quiz code (`?q=`). */
export type PreloadWhen = 'always' | 'quiz-code';

const CONDITION: Record<PreloadWhen, string> = {
  always: '',
  'quiz-code': 'if(!/[?&]q=[^&]/.test(location.search))return;',
};

/**
 * Starts fetching files a page will need once its scripts run, while those scripts still
 * download: JSON files fetched with fetch() (`fetches`: the content) and the scripts of lazily
 * loaded modules (`chunks`: the names those modules export as CHUNK_NAME, replaced by their
 * files after the build, scripts/preload-chunks.ts). They are then at hand, or on their way,
 * when the page asks for them, instead of being asked for only then. `when` keeps an address
 * without a quiz from spending its bandwidth on what it does not need yet.
 *
 * Tried and left out: the flashcards and practice for a returning learner (the store, the
 * cards' engine or the generator, and the content). Their first card came no sooner (it waits
 * for the work done with those files, not their download) and the page hydrated 0.3 s later.
 * Tried again once the flashcards read the cards file instead (lib/cards/file.ts), only for a
 * learner with their own queue and at low priority: no clearer gain in four interleaved rounds.
 *
 * Rendered where the page puts it; after the build it is moved to the top of <head>
 * (scripts/preload-chunks.ts), since a script after the page's stylesheets waits for them.
 *
 * An inline script, allowed by its hash like the head script (scripts/csp.ts); the file list is
 * an attribute, so the script's text stays the same when the chunk names are replaced. A fetch's
 * preload matches fetch()'s own request (same origin, CORS mode) and a script's matches the
 * <script> the page adds for it, so the browser reuses both. The links are marked
 * data-preloaded (the tests tell them from Next's own).
 */
export function PreloadFiles({
  fetches,
  chunks = [],
  when,
}: {
  fetches: readonly string[];
  chunks?: readonly string[];
  when: PreloadWhen;
}) {
  const script =
    // A page the service worker already controls has these files at hand, or gets them from
    // the worker's cache as fast as a preload would: on a slow phone's second visit the links
    // cost the main thread about 70 ms before the stylesheets were even asked for.
    `(function(){var d=document,s=d.currentScript,w=navigator.serviceWorker;if(w&&w.controller)return;${CONDITION[when]}` +
    `var add=function(u,as){var l=d.createElement('link');l.rel='preload';l.as=as;l.setAttribute('data-preloaded','');if(as==='fetch')l.crossOrigin='anonymous';l.href=u;d.head.appendChild(l)};` +
    `${JSON.stringify(fetches)}.forEach(function(u){add(u,'fetch')});` +
    `((s&&s.getAttribute('data-chunks'))||'').split(' ').forEach(function(u){if(u.charAt(0)==='/')add(u,'script')})})()`;
  return (
    <script
      data-preload=""
      {...(chunks.length ? { 'data-chunks': chunks.join(' ') } : {})}
      dangerouslySetInnerHTML={{ __html: script }}
    />
  );
}
