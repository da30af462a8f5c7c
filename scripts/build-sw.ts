import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/*
 * Writes out/sw.js after `next build`: sw/service-worker.ts (Serwist) bundled with esbuild, with
 * its precache list written in. The precache is small on purpose: the offline fallback page and
 * the icons. Everything else is cached as the learner goes (see sw/service-worker.ts), so a first
 * visit on a phone downloads the page it asked for, not the whole site.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.resolve(process.argv[2] ?? 'out');
/** What every visit may need offline before it has been anywhere: the fallback page and icons. */
const PRECACHE = ['404/index.html', 'manifest.webmanifest', 'icon.svg'];
const PRECACHE_DIRS = ['icons'];

/** The URL a file is fetched by: a page by its folder (/404/), as static hosts serve it. */
function urlOf(relative: string): string {
  const parts = relative.split(path.sep).map((part) => encodeURI(part));
  if (parts[parts.length - 1] === 'index.html') {
    parts.pop();
    return `/${parts.join('/')}${parts.length ? '/' : ''}`;
  }
  return `/${parts.join('/')}`;
}

export function precacheEntries(out: string): { url: string; revision: string }[] {
  const files = [
    ...PRECACHE.filter((file) => existsSync(path.join(out, file))),
    ...PRECACHE_DIRS.flatMap((dir) =>
      existsSync(path.join(out, dir))
        ? readdirSync(path.join(out, dir))
            .filter((name) => statSync(path.join(out, dir, name)).isFile())
            .map((name) => path.join(dir, name))
        : [],
    ),
  ].sort();
  return files.map((file) => ({
    url: urlOf(file),
    revision: createHash('sha256')
      .update(readFileSync(path.join(out, file)))
      .digest('hex')
      .slice(0, 16),
  }));
}

/** Every page of the export by its folder (/zh/practice/), from its index.html. */
export function sitePages(out: string, dir = ''): string[] {
  return readdirSync(path.join(out, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sitePages(out, path.join(dir, entry.name));
    return entry.name === 'index.html' ? [urlOf(path.join(dir, entry.name))] : [];
  });
}

export async function buildServiceWorker(out: string): Promise<{ entries: number; bytes: number }> {
  const entries = precacheEntries(out);
  const result = await build({
    entryPoints: [path.join(ROOT, 'sw/service-worker.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define: {
      'self.__SW_MANIFEST': JSON.stringify(entries),
      'self.__SW_PAGES': JSON.stringify(sitePages(out).sort()),
      'process.env.NODE_ENV': '"production"',
    },
  });
  const code = result.outputFiles[0]!.contents;
  writeFileSync(path.join(out, 'sw.js'), code);
  return { entries: entries.length, bytes: code.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (!existsSync(path.join(OUT, 'index.html'))) {
    console.error(`build-sw: no static export in ${OUT}; run next build first.`);
    process.exit(1);
  }
  const { entries, bytes } = await buildServiceWorker(OUT);
  console.log(
    `build-sw: out/sw.js (${(bytes / 1024).toFixed(1)} KB) precaches ${entries} files; pages are cached as they are visited`,
  );
}
