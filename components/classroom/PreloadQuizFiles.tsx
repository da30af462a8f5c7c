import type { ClassroomSource } from './engine';

/** What each classroom page draws a quiz with: the generator and the page's quiz view. */
export const QUIZ_CHUNKS = {
  present: ['chunk:classroom-drawing', 'chunk:classroom-present'],
  play: ['chunk:classroom-drawing', 'chunk:classroom-play'],
  results: ['chunk:classroom-drawing', 'chunk:classroom-results'],
  print: ['chunk:classroom-drawing', 'chunk:classroom-print'],
} as const;

/**
 * Starts fetching what a quiz is drawn with while the page's scripts still load and run, when
 * the address holds a quiz code (or always, on the builder): the content and its versions, and
 * the scripts of the generator and of the page's quiz view (`chunks`: the names those modules
 * export as CHUNK_NAME, replaced by their files after the build, scripts/preload-chunks.ts).
 * They are then at hand, or on their way, when the page asks for them as it hydrates
 * (engine.ts, quizPage.tsx), instead of being asked for only then.
 *
 * Rendered where the page puts it; after the build it is moved to the top of <head>
 * (scripts/preload-chunks.ts), since a script after the page's stylesheets waits for them.
 *
 * An inline script, allowed by its hash like the head script (scripts/csp.ts); the file list is
 * an attribute, so the script's text, and its hash, stay the same. The content's preload
 * matches fetch()'s own request (same origin, CORS mode) and a script's matches the <script>
 * the page adds for it, so the browser reuses both. The links are marked data-quiz (the tests
 * tell them from Next's own).
 */
export function PreloadQuizFiles({
  source,
  chunks = [],
  always = false,
}: {
  source: ClassroomSource;
  chunks?: readonly string[];
  always?: boolean;
}) {
  const urls = JSON.stringify([source.content, source.history]);
  const when = always ? '' : 'if(!/[?&]q=[^&]/.test(location.search))return;';
  const script =
    `(function(){var d=document,s=d.currentScript;${when}` +
    `var add=function(u,as){var l=d.createElement('link');l.rel='preload';l.as=as;l.setAttribute('data-quiz','');if(as==='fetch')l.crossOrigin='anonymous';l.href=u;d.head.appendChild(l)};` +
    `${urls}.forEach(function(u){add(u,'fetch')});` +
    `((s&&s.getAttribute('data-chunks'))||'').split(' ').forEach(function(u){if(u.charAt(0)==='/')add(u,'script')})})()`;
  return (
    <script
      data-preload=""
      {...(chunks.length ? { 'data-chunks': chunks.join(' ') } : {})}
      dangerouslySetInnerHTML={{ __html: script }}
    />
  );
}
