import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/*
 * First-load JavaScript of a static export: for each exported page (every out/**\/index.html),
 * the <script src> files its HTML loads (at once or after its first paint), compressed as a
 * static host would serve them. Next 16 no longer prints per-route sizes, so they are read from
 * the HTML. The noModule polyfill is left out: modern browsers never download it.
 */

export interface PageScripts {
  /** The page's path: /zh/practice/ */
  route: string;
  scripts: string[];
}

export interface PageSize extends PageScripts {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Every exported page of a static export, found from its index.html files. */
export function exportedPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full);
      } else if (entry.name === 'index.html') {
        const relative = path.relative(outDir, path.dirname(full)).split(path.sep).join('/');
        pages.push(relative === '' ? '/' : `/${relative}/`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

const SCRIPT_TAG = /<script\b([^>]*)>/gi;

/** The src of every <script> an HTML page loads, the noModule ones aside, each once. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(SCRIPT_TAG)) {
    const attributes = match[1] ?? '';
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc\s*=\s*"([^"]+)"/i.exec(attributes)?.[1];
    if (src) sources.add(src);
  }
  return [...sources];
}

const compressed = new Map<string, { raw: number; gzip: number; brotli: number }>();

function fileSizes(file: string) {
  let sizes = compressed.get(file);
  if (!sizes) {
    const bytes = readFileSync(file);
    sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
    compressed.set(file, sizes);
  }
  return sizes;
}

/** First-load JavaScript of one exported page. */
export function pageSize(outDir: string, route: string): PageSize {
  const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const scripts = scriptSources(html).filter((src) => src.startsWith('/'));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const src of scripts) {
    const sizes = fileSizes(path.join(outDir, decodeURIComponent(src.split('?')[0]!)));
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return { route, scripts, ...total };
}
