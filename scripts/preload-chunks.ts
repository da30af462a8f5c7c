import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlFiles } from './csp';
import { earlyPresentScript } from './early-present';

/*
 * Runs after `next build`: tells a page's HTML which script files a lazily loaded module needs,
 * so that a classroom page opened with a quiz code asks for the question generator and its quiz
 * view while its own scripts download, not after they have run (about half a second later on a
 * slow phone, and more on a busy one).
 *
 * Turbopack names chunks by hash and says which chunks a dynamic import() needs only inside the
 * built scripts: each import() becomes a small loader, `Promise.all(["static/chunks/a.js", …]
 * .map(load))`. A module that wants its chunks preloaded exports a name for them
 * (`export const CHUNK_NAME = 'chunk:…'`, a string the minifier keeps); this step finds the chunk
 * holding that string, then every loader that lists that chunk, and writes the loaders' files in
 * place of the name wherever a page asks for it (`data-chunks` on the inline script of
 * components/classroom/PreloadQuizFiles.tsx; the script's text, which the CSP hashes, is not
 * touched). A name found in no chunk fails the build, so a refactor cannot quietly lose it.
 */

const CHUNKS_ATTRIBUTE = /\bdata-chunks="([^"]*)"/g;
const LOADER = /Promise\.all\(\[((?:"static\/chunks\/[^"]+\.js",?)+)\]\.map\(/g;
/** The form of the name a module gives its chunks (its CHUNK_NAME export). */
const CHUNK_NAME_FORM = /^chunk:[a-z0-9-]+$/;

/** Every chunk list of a loader in these built scripts' texts. */
function loaderLists(scripts: Iterable<string>): string[][] {
  const lists: string[][] = [];
  for (const text of scripts)
    for (const [, list] of text.matchAll(LOADER))
      lists.push([...list!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
  return lists;
}

/**
 * The files (site paths) to preload for each name a page asks for: the union of the lists of
 * the loaders in the page's own scripts (`pageScripts`, the file names its HTML loads) that load
 * a chunk holding the name, in the order first met. The same module may sit in different chunks
 * for different pages, so only the page's own loaders count.
 */
export function resolveChunkNames(
  names: Iterable<string>,
  scripts: ReadonlyMap<string, string>,
  pageScripts: Iterable<string>,
): Map<string, string[]> {
  const lists = loaderLists([...pageScripts].flatMap((file) => scripts.get(file) ?? []));
  const resolved = new Map<string, string[]>();
  for (const name of names) {
    if (resolved.has(name)) continue;
    if (!CHUNK_NAME_FORM.test(name))
      throw new Error(`preload-chunks: "${name}" is not a chunk name`);
    const holders = [...scripts]
      .filter(([, text]) => text.includes(`"${name}"`) || text.includes(`'${name}'`))
      .map(([file]) => `static/chunks/${file}`);
    const files: string[] = [];
    for (const list of lists)
      if (list.some((entry) => holders.includes(entry)))
        for (const entry of list)
          if (!files.includes(`/_next/${entry}`)) files.push(`/_next/${entry}`);
    if (files.length === 0)
      throw new Error(
        `preload-chunks: no loader of the page loads "${name}"; is it still exported?`,
      );
    resolved.set(name, files);
  }
  return resolved;
}

/** The chunk files a page's HTML loads itself. */
export function pageScriptFiles(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="\/_next\/static\/chunks\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
}

/**
 * A `data-chunks` entry already replaced by its file, on a page a previous run rewrote: kept as
 * it is, so that running this step twice changes nothing.
 */
const isChunkFile = (entry: string) => entry.startsWith('/_next/');

/** The chunk names a page asks for, leaving out entries already replaced by files. */
export function chunkNamesOf(html: string): string[] {
  return [...html.matchAll(CHUNKS_ATTRIBUTE)].flatMap(([, list]) =>
    list!.split(/\s+/).filter((entry) => entry && !isChunkFile(entry)),
  );
}

/** The page with each `data-chunks` name list replaced by the files to preload. */
export function withChunkFiles(html: string, resolved: ReadonlyMap<string, string[]>): string {
  return html.replace(CHUNKS_ATTRIBUTE, (whole, names: string) => {
    const files = names
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((name) => {
        if (isChunkFile(name)) return [name];
        const found = resolved.get(name);
        if (!found) throw new Error(`preload-chunks: "${name}" was not resolved`);
        return found;
      });
    return `data-chunks="${[...new Set(files)].join(' ')}"`;
  });
}

/** The preload scripts of a page (components/PreloadFiles.tsx, EarlyPresentScript.tsx). */
const PRELOAD_SCRIPTS = /<script data-preload=""[^>]*>[\s\S]*?<\/script>/g;

/** The projector's early script, still empty (components/classroom/EarlyPresentScript.tsx). */
const EMPTY_EARLY_SCRIPT = /(<script data-preload="" data-early-present=""[^>]*>)(<\/script>)/;

const FILLED_EARLY_SCRIPT = /<script data-preload="" data-early-present=""[^>]*>[^<]/;

/** The page with its early projector script's text written in (scripts/early-present.ts). */
export function withEarlyScript(html: string, script: () => string): string {
  // Once written (and moved), the body keeps an empty copy: a second run writes nothing.
  if (FILLED_EARLY_SCRIPT.test(html) || !EMPTY_EARLY_SCRIPT.test(html)) return html;
  return html.replace(
    EMPTY_EARLY_SCRIPT,
    (_whole, open: string, close: string) => open + script() + close,
  );
}

/**
 * The page with its preload scripts at the top of <head>, before the stylesheets, in the order
 * the page has them. Rendered in the body, one ran only once they had arrived (a script waits
 * for the stylesheets before it): about 0.4 s after the HTML on a slow phone, and the quiz's
 * files started that much later. React hydrates the body, so each element stays there, empty
 * (React does not read a script's text when it hydrates). A page already rewritten is left as
 * it is.
 */
export function withPreloadInHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const all = [...html.matchAll(PRELOAD_SCRIPTS)];
  if (all.some((m) => m.index < headEnd)) return html;
  const found = all.filter((m) => m.index > headEnd);
  if (found.length === 0) return html;
  let body = html;
  // From the last, so that the earlier positions hold.
  for (const match of [...found].reverse()) {
    const emptied = match[0].replace(/>[\s\S]*<\/script>$/, '></script>');
    body = body.slice(0, match.index) + emptied + body.slice(match.index + match[0].length);
  }
  const sheet = body.indexOf('<link rel="stylesheet"');
  const at = sheet >= 0 && sheet < headEnd ? sheet : headEnd;
  return body.slice(0, at) + found.map((m) => m[0]).join('') + body.slice(at);
}

/**
 * Rewrites every page of a static export that preloads its quiz's files; returns how many. Run
 * again on its own output it writes nothing: the names are files already and the script is in
 * <head>.
 */
export function preloadChunksOfExport(out: string): number {
  const chunkDir = path.join(out, '_next', 'static', 'chunks');
  const scripts = new Map(
    readdirSync(chunkDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [name, readFileSync(path.join(chunkDir, name), 'utf8')] as const),
  );
  let pages = 0;
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('<script data-preload=""')) continue;
    const resolved = resolveChunkNames(chunkNamesOf(html), scripts, pageScriptFiles(html));
    const rewritten = withPreloadInHead(
      withEarlyScript(withChunkFiles(html, resolved), earlyPresentScript),
    );
    if (rewritten !== html) writeFileSync(file, rewritten);
    pages += 1;
  }
  return pages;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.resolve(process.argv[2] ?? 'out');
  console.log(
    `preload-chunks: ${preloadChunksOfExport(out)} pages preload files their scripts will ask for`,
  );
}
