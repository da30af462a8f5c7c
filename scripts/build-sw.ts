import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withPolicy } from './csp';
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
const PRECACHE = ['offline/index.html', 'manifest.webmanifest', 'icon.svg'];

/**
 * The page a learner gets offline for a page not yet on the device: plain HTML, no script (the
 * app's 404 page needs chunks that may not be cached either), in both languages, linking the
 * pages that are kept.
 */
const OFFLINE_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#b42318">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<title>尚未保存到本设备 · Not on this device yet</title>
<style>
body{margin:0;font:1.05rem/1.6 system-ui,sans-serif;color:#1d1d1f;background:#faf8f5;display:grid;min-height:100vh;place-items:center}
main{max-width:34rem;padding:1.5rem}
h1,h2{font-size:1.4rem;margin:0 0 .5rem}
p{margin:.5rem 0 1rem}
a{color:#b42318;font-weight:600}
@media (prefers-color-scheme:dark){body{background:#161514;color:#f2efea}a{color:#ff8a7a}}
</style>
</head>
<body>
<main>
<h1>这一页还没有保存到本设备</h1>
<p>现在没有网络。打开过的页面离线也能用；这一页要等联网后打开一次。</p>
<p><a href="/zh/">回到首页</a> · <a href="/zh/practice/">练习</a> · <a href="/zh/cards/">记忆卡</a></p>
<h2 lang="en">This page is not on this device yet</h2>
<p lang="en">You are offline. Pages you have opened work offline; this one needs to be opened once while online.</p>
<p lang="en"><a href="/en/">Home</a> · <a href="/en/practice/">Practice</a> · <a href="/en/cards/">Flashcards</a></p>
</main>
</body>
</html>
`;
const PRECACHE_DIRS = ['icons'];

/** The URL a file is fetched by: a page by its folder (/offline/), as static hosts serve it. */
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

/**
 * The id of the build in `out` (next.config.mjs writes it, sortable by time): the worker carries
 * it, and so does out/build-id.txt, for a page to compare with its own.
 */
export function buildIdOf(): string {
  return readFileSync(path.join(ROOT, '.next', 'BUILD_ID'), 'utf8').trim();
}

export async function buildServiceWorker(
  out: string,
  buildId = buildIdOf(),
): Promise<{ entries: number; bytes: number }> {
  mkdirSync(path.join(out, 'offline'), { recursive: true });
  writeFileSync(path.join(out, 'build-id.txt'), `${buildId}\n`);
  writeFileSync(path.join(out, 'offline', 'index.html'), withPolicy(OFFLINE_PAGE));
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
      'self.__SW_BUILD': JSON.stringify(buildId),
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
