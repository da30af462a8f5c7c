import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlFiles } from './csp';
import { pageScriptFiles } from './preload-chunks';

/*
 * Runs after `next build`: marks every script a page loads from its HTML for eager compilation,
 * with V8's file-wide compile hint (a first line `//# allFunctionsCalledOnLoad`, Chrome 136 and
 * later; other browsers read a comment).
 *
 * Without it, V8 compiles a function only when it is first called. Turbopack wraps each module
 * in a function that runs once all of a page's scripts have come, and React's functions run as
 * it hydrates: on a throttled phone about 0.4 s of the main thread went to compiling them, in the
 * task in which the page's modules run, while the learner's first tap waited. With the hint, V8
 * compiles them with the rest of the file, on a background thread as the file streams in.
 * docs/performance.md ("Compiled as they stream in") has the first-tap figures that keep it.
 *
 * Scripts loaded later (a lazy module's chunks) keep V8's own choice: most of their functions
 * may never run.
 */

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The script with the hint as its first line (once, however often it is applied). */
export function withCompileHint(script: string): string {
  return script.startsWith(COMPILE_HINT) ? script : `${COMPILE_HINT}\n${script}`;
}

/** Marks the scripts the export's pages load; returns how many files. */
export function hintExport(out: string): number {
  const scripts = new Set(
    htmlFiles(out).flatMap((file) => pageScriptFiles(readFileSync(file, 'utf8'))),
  );
  for (const script of scripts) {
    const file = path.join(out, '_next', 'static', 'chunks', script);
    writeFileSync(file, withCompileHint(readFileSync(file, 'utf8')));
  }
  return scripts.size;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.resolve(process.argv[2] ?? 'out');
  console.log(
    `compile-hints: ${hintExport(out)} scripts pages load are compiled as they stream in`,
  );
}
