import type { ClassroomSource } from './engine';

/**
 * Starts fetching the content and its versions while the page's scripts still load and run,
 * when the address holds a quiz code (or always, on the builder): they are then at hand when
 * the page asks for them after hydration (engine.ts), instead of being fetched only then.
 * An inline script, allowed by its hash like the head script (scripts/csp.ts); the preload's
 * request matches fetch()'s own (same origin, CORS mode), so the browser reuses it.
 */
export function PreloadQuizFiles({
  source,
  always = false,
}: {
  source: ClassroomSource;
  always?: boolean;
}) {
  const urls = JSON.stringify([source.content, source.history]);
  const when = always ? '' : 'if(!/[?&]q=[^&]/.test(location.search))return;';
  const script = `(function(){${when}${urls}.forEach(function(u){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=u;document.head.appendChild(l)})})()`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
