import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/*
 * A page's content floor: the floor's own HTML and scripts with the page's markup and
 * stylesheets added, and none of the app's scripts. It shows what drawing the page's content
 * costs in Lighthouse before any of the app's JavaScript runs:
 *   floor → content floor: the content (its text, fonts and stylesheet);
 *   content floor → page: the app's scripts.
 * The markup goes after everything React rendered in the floor's body, where React's hydration
 * leaves nodes it did not render alone, so the floor's scripts run as they do on the floor.
 */

const SCRIPT = /<script\b[\s\S]*?<\/script>/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

export interface ContentFloorPage {
  html: string;
  /** Stylesheet paths (from the site root) the page links, to copy beside it. */
  stylesheets: string[];
}

export function contentFloorHtml(floorHtml: string, pageHtml: string): ContentFloorPage {
  const floorBodyEnd = floorHtml.indexOf('</main>');
  const insertAt = floorHtml.indexOf('<script', floorBodyEnd);
  const headEnd = floorHtml.indexOf('</head>');
  if (floorBodyEnd < 0 || insertAt < 0 || headEnd < 0 || headEnd > insertAt)
    throw new Error('content floor: the floor page does not have the expected shape');
  const bodyOpen = pageHtml.indexOf('<body');
  const bodyClose = pageHtml.lastIndexOf('</body>');
  if (bodyOpen < 0 || bodyClose < bodyOpen) throw new Error('content floor: the page has no body');
  const headOfPage = pageHtml.slice(0, bodyOpen);
  const links = headOfPage.match(STYLESHEET) ?? [];
  const stylesheets = links.map((link) => /\bhref="([^"]+)"/.exec(link)?.[1] ?? '').filter(Boolean);
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(pageHtml)?.[1];
  const markup = pageHtml.slice(pageHtml.indexOf('>', bodyOpen) + 1, bodyClose).replace(SCRIPT, '');
  let head = floorHtml.slice(0, headEnd);
  if (lang !== undefined) head = head.replace(/(<html\b[^>]*\blang=")[^"]*"/, `$1${lang}"`);
  const html =
    head + links.join('') + floorHtml.slice(headEnd, insertAt) + markup + floorHtml.slice(insertAt);
  return { html, stylesheets };
}

/**
 * Writes the floor's export to `dest` with a content floor at each route (`/zh/` →
 * `dest/zh/index.html`), the pages' stylesheets copied beside them.
 */
export function writeContentFloors(
  floorOut: string,
  appOut: string,
  routes: string[],
  dest: string,
): void {
  cpSync(floorOut, dest, { recursive: true });
  const floorHtml = readFileSync(path.join(floorOut, 'index.html'), 'utf8');
  for (const route of routes) {
    const pageHtml = readFileSync(path.join(appOut, route, 'index.html'), 'utf8');
    const { html, stylesheets } = contentFloorHtml(floorHtml, pageHtml);
    for (const sheet of stylesheets) {
      const to = path.join(dest, sheet);
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(path.join(appOut, sheet), to);
    }
    mkdirSync(path.join(dest, route), { recursive: true });
    writeFileSync(path.join(dest, route, 'index.html'), html);
  }
}
