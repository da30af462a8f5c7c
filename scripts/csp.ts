import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * Runs after `next build`, before the service worker is written: gives every exported page a
 * Content-Security-Policy in a <meta> tag, since a static host sets no headers of ours.
 *
 * Scripts may come from this site only, plus the page's own inline scripts, each allowed by its
 * SHA-256 hash (the head script, Next's page data and its loader): a script injected
 * through any text the app shows, or a changed inline script, does not run. Nothing is fetched
 * from, sent to, framed from or submitted to another site. Styles allow inline style attributes
 * (React writes a few, such as a chart bar's width); images allow data: URLs (the QR codes).
 * Camera frames (the classroom scanner) are media streams and blob: URLs.
 *
 * A <meta> policy cannot say frame-ancestors or report-to; a host that can send headers should
 * add `frame-ancestors 'none'` (README, Deployment).
 */

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/** The hashes of a page's inline scripts, as CSP writes them, in the page's order, once each. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc=/.test(attributes!)) continue;
    const type = /\btype="([^"]*)"/.exec(attributes!)?.[1];
    // Data blocks (JSON) are never run, so a policy does not govern them.
    if (type !== undefined && !/^(text|application)\/javascript$|^module$/.test(type)) continue;
    const hash = `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** The policy of a page whose inline scripts have these hashes. */
export function policyFor(hashes: readonly string[]): string {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' compiles WebAssembly (the classroom's QR reader), never JavaScript text.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: mediastream:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy first in <head>, before any script (a page done before is redone). */
export function withPolicy(html: string): string {
  const bare = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(bare))}"/>`;
  // After the charset, which must stay in the first bytes; before every script.
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(bare);
  const headOpen = /<head[^>]*>/i.exec(bare);
  const at = charset
    ? charset.index + charset[0].length
    : headOpen
      ? headOpen.index + headOpen[0].length
      : -1;
  if (at < 0) throw new Error('csp: the page has no <head>; has the export changed?');
  const firstScript = bare.search(/<script\b/);
  if (firstScript >= 0 && firstScript < at)
    throw new Error('csp: a script comes before the place of the policy');
  return bare.slice(0, at) + meta + bare.slice(at);
}

/** Every page of a static export (its .html files, Next's own folder left out). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Writes the policy into every page of a static export; returns how many pages. */
export function protectExport(out: string): number {
  const files = htmlFiles(out);
  for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.resolve(process.argv[2] ?? 'out');
  console.log(`csp: ${protectExport(out)} pages carry a Content-Security-Policy`);
}
