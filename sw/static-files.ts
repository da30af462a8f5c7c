/** A script the browser only runs without module support (Next's polyfills): never fetched. */
const NO_MODULE_SCRIPT = /<script\b[^>]*\bnomodule\b[^>]*>/gi;
const FILE = /\/?_next\/static\/[\w./-]+?\.(?:js|css)(?![\w.])/g;

/**
 * The scripts and stylesheets a page or its data names, by path (/_next/static/….js or .css):
 * what the page needs to run. Its HTML names them with a leading slash; its data (RSC .txt)
 * without one. A `noModule` script is left out: browsers that run the app never load it.
 */
export function staticFilesOf(text: string): string[] {
  const skipped = new Set(
    (text.match(NO_MODULE_SCRIPT) ?? []).flatMap((tag) => tag.match(FILE) ?? []),
  );
  const found = (text.match(FILE) ?? []).filter((file) => !skipped.has(file));
  return [...new Set(found.map((file) => (file.startsWith('/') ? file : `/${file}`)))];
}
