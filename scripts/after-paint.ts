import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * Runs after `next build`, before the service worker is written: every exported page starts
 * loading Next's scripts only once the browser has drawn the page's content.
 *
 * Why: the exported HTML already holds each page's content (the starter quiz, the first card).
 * Next writes its scripts as `<script async>` tags and preloads in the head, so the browser
 * fetches them at once and runs each one as it arrives, often before it has drawn a first frame.
 * On a slow phone the content then waits for framework code it does not need to be seen, and the
 * scripts compete with the stylesheet for a slow network. Here the same scripts are listed in a
 * JSON block and added by a small inline loader when the first contentful paint is reported.
 * Hydration starts one frame later; the content is on screen before any of it.
 *
 * Nothing else changes: client-side moves between pages load their code through Next's router,
 * the noModule polyfill stays as it is, and inline scripts (the head script, the page data) run
 * where Next put them.
 */

/** The id of the JSON block that lists a page's deferred scripts. */
export const AFTER_PAINT_ID = '__after_paint';

/*
 * The loader. It waits for the first contentful paint (reported after the frame is drawn), then
 * adds every listed script, async as Next wrote them. Where paint timing is missing it waits for a
 * frame instead. The timer is a safety net for a page that never reports a paint: the app must
 * never be left without its scripts.
 */
const LOADER = `(function(){
var list=JSON.parse(document.getElementById(${JSON.stringify(AFTER_PAINT_ID)}).textContent),done=false;
function load(){if(done)return;done=true;for(var i=0;i<list.length;i++){var s=document.createElement('script');s.src=list[i];s.async=true;document.head.appendChild(s);}}
setTimeout(load,3000);
try{if(PerformanceObserver.supportedEntryTypes.indexOf('paint')<0)throw 0;
new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)load();}).observe({type:'paint',buffered:true});}
catch(e){requestAnimationFrame(function(){setTimeout(load,0);});}
})();`;

const SCRIPT_PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/g;
const SCRIPT_TAG = /<script\b([^>]*)><\/script>/g;
const NEXT_CHUNK = /^\/_next\/static\/[^"]+\.js$/;

export interface DeferredPage {
  html: string;
  /** The scripts the page now loads after its first paint, in Next's order. */
  scripts: string[];
}

/** A page's scripts moved behind its first paint. A page already moved is returned as it is. */
export function deferScripts(html: string): DeferredPage {
  const already = afterPaintScripts(html);
  if (already.length > 0) return { html, scripts: already };
  const scripts: string[] = [];
  let rewritten = html.replace(SCRIPT_TAG, (tag, attributes: string) => {
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (!src || !NEXT_CHUNK.test(src) || /\bnomodule\b/i.test(attributes)) return tag;
    if (!/\basync\b/.test(attributes))
      throw new Error(`after-paint: ${src} is not async; the page expects it in order`);
    if (!scripts.includes(src)) scripts.push(src);
    return '';
  });
  rewritten = rewritten.replace(SCRIPT_PRELOAD, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '';
    return NEXT_CHUNK.test(href) ? '' : tag;
  });
  const bodyEnd = rewritten.lastIndexOf('</body>');
  if (scripts.length === 0 || bodyEnd < 0)
    throw new Error(
      'after-paint: the page has no Next scripts or no </body>; has the export changed?',
    );
  const block =
    `<script type="application/json" id="${AFTER_PAINT_ID}">${JSON.stringify(scripts).replace(/</g, '\\u003c')}</script>` +
    `<script>${LOADER}</script>`;
  return { html: rewritten.slice(0, bodyEnd) + block + rewritten.slice(bodyEnd), scripts };
}

/** The scripts a page loads after its first paint (none for a page not rewritten). */
export function afterPaintScripts(html: string): string[] {
  const block = new RegExp(
    `<script type="application/json" id="${AFTER_PAINT_ID}">([^<]*)</script>`,
  ).exec(html);
  if (!block) return [];
  const list: unknown = JSON.parse(block[1]!);
  if (!Array.isArray(list) || !list.every((src) => typeof src === 'string'))
    throw new Error('after-paint: the script list is not a list of paths');
  return list;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Rewrites every page of a static export in place; returns how many pages it rewrote. */
export function deferExport(out: string): number {
  const files = htmlFiles(out);
  for (const file of files) {
    const { html } = deferScripts(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
  }
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.resolve(process.argv[2] ?? 'out');
  const pages = deferExport(out);
  console.log(`after-paint: ${pages} pages load their scripts after the first paint`);
}
