import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HEAD_SCRIPT_ATTRIBUTE } from '../lib/head-script';
import { htmlFiles } from './csp';

/*
 * Runs after `next build`: puts the layout's inline `<head>` script (the theme and the early
 * taps) before the page's stylesheets. Next writes the stylesheets first, and a script after a
 * stylesheet waits for it: the parser stopped there until the CSS had come (a round trip on a
 * second visit, the whole file on a first), so nothing of the body was parsed meanwhile, and on
 * the projector its early slide waited too. Before them, the script runs at once and the body is
 * parsed while the CSS comes. React hydrates `<head>` leniently: the script is the same element,
 * elsewhere in it. docs/performance.md ("The head script before the stylesheets") has the
 * first-tap figures that keep it.
 */

const HEAD_SCRIPT = new RegExp(`<script ${HEAD_SCRIPT_ATTRIBUTE}="">[\\s\\S]*?</script>`);

/** The page with its head script before its first stylesheet (unchanged if it is already). */
export function withHeadScriptFirst(html: string): string {
  const headEnd = html.indexOf('</head>');
  const script = HEAD_SCRIPT.exec(html);
  if (headEnd < 0 || !script || script.index > headEnd) return html;
  const sheet = html.indexOf('<link rel="stylesheet"');
  if (sheet < 0 || sheet > script.index) return html;
  const without = html.slice(0, script.index) + html.slice(script.index + script[0].length);
  return without.slice(0, sheet) + script[0] + without.slice(sheet);
}

/** Rewrites every page of a static export; returns how many changed. */
export function headScriptFirstInExport(out: string): number {
  let pages = 0;
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    const rewritten = withHeadScriptFirst(html);
    if (rewritten === html) continue;
    writeFileSync(file, rewritten);
    pages += 1;
  }
  return pages;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.resolve(process.argv[2] ?? 'out');
  console.log(
    `head-order: ${headScriptFirstInExport(out)} pages run their head script before the CSS`,
  );
}
