/**
 * The scripts and stylesheets a page or its data names, by path (/_next/static/….js or .css):
 * what the page needs to run. Its HTML names them with a leading slash; its data (RSC .txt)
 * without one.
 */
export function staticFilesOf(text: string): string[] {
  const found = text.match(/\/?_next\/static\/[\w./-]+?\.(?:js|css)(?![\w.])/g) ?? [];
  return [...new Set(found.map((file) => (file.startsWith('/') ? file : `/${file}`)))];
}
