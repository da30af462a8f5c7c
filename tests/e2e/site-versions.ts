import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { protectExport } from '../../scripts/csp';

/*
 * Two versions of the site for the update tests, without building twice (a second `next build`
 * would double the test's time on CI). The "new version" is a copy of out/ in which every file
 * named by its content gets a new name, as a real rebuild with changed code gives it: each script
 * and stylesheet under /_next/static/chunks/, the content file /content/<hash>.json and Next's
 * build folder; every reference to them in the pages, their data, the scripts and sw.js is
 * rewritten, and the build id (in the pages and in sw.js) becomes a later one. So the old version's
 * files are gone from the host, as after a deploy, and the service worker is a new one.
 */

const OUT = path.resolve('out');
/** Files that may hold references; the rest (images, WebAssembly) are copied as they are. */
const TEXT = /\.(html|txt|js|json|css|webmanifest|svg)$/;

function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const next = path.join(rel, entry.name);
    return entry.isDirectory() ? files(dir, next) : [next];
  });
}

/** A name as long as `name`, from the same alphabet, different from it. */
function renamed(name: string): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const digest = createHash('sha256').update(`new version ${name}`).digest();
  return [...name]
    .map((c, i) => (/[a-z0-9]/.test(c) ? alphabet[digest[i % 32]! % 36] : c))
    .join('');
}

/** The build id a page and sw.js carry (next.config.mjs). */
export function buildIdOf(dir: string): string {
  return readFileSync(path.join(dir, 'build-id.txt'), 'utf8').trim();
}

/** A later build id: the next number where the id is one (next.config.mjs), else another name. */
function laterId(id: string): string {
  return /^[0-9a-z]+$/.test(id)
    ? (parseInt(id, 36) + 1).toString(36).padStart(id.length, '0')
    : renamed(id);
}

/** Writes the new version of `from` into a new temporary folder and returns its path. */
export function makeNewVersion(from = OUT): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-new-version-'));
  cpSync(from, dir, { recursive: true });
  const replacements = new Map<string, string>();
  const hashed = [
    ...readdirSync(path.join(dir, '_next/static/chunks')).map((f) => `_next/static/chunks/${f}`),
    ...readdirSync(path.join(dir, 'content')).map((f) => `content/${f}`),
  ];
  for (const file of hashed) {
    const base = path.basename(file);
    const dot = base.indexOf('.');
    const next = renamed(base.slice(0, dot)) + base.slice(dot);
    replacements.set(base, next);
    renameSync(path.join(dir, file), path.join(dir, path.dirname(file), next));
  }
  // The build id: sortable, so the new one is later (see next.config.mjs).
  const oldId = existsSync(path.join(dir, 'build-id.txt'))
    ? buildIdOf(dir)
    : readFileSync('.next/BUILD_ID', 'utf8').trim();
  const newId = laterId(oldId);
  replacements.set(oldId, newId);
  renameSync(path.join(dir, '_next/static', oldId), path.join(dir, '_next/static', newId));

  const pattern = new RegExp(
    [...replacements.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'),
    'g',
  );
  for (const file of files(dir)) {
    if (!TEXT.test(file) || file.startsWith('vendor')) continue;
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8');
    const next = text.replace(pattern, (match) => replacements.get(match)!);
    if (next !== text) writeFileSync(full, next);
  }
  // The inline scripts name the renamed files: their hashes in each page's policy change too.
  protectExport(dir);
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/**
 * A static host whose folder can be swapped while it runs (a deploy), serving as `serve` does
 * for the export: a folder by its index.html, 404.html for what is missing. `overrides` answers
 * single addresses (path and query) with another file: a CDN still serving an old sw.js.
 */
export class SiteHost {
  root: string;
  readonly overrides = new Map<string, string>();
  private server: Server | null = null;

  constructor(root = OUT) {
    this.root = root;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://host');
      const pathname = decodeURIComponent(url.pathname);
      // A CDN keys its copies by the whole address, query included.
      let file = this.overrides.get(pathname + url.search) ?? path.join(this.root, pathname);
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
          return;
        }
        file = path.join(file, 'index.html');
      }
      const found = existsSync(file) && statSync(file).isFile();
      const served = found ? file : path.join(this.root, '404.html');
      response.writeHead(found ? 200 : 404, {
        'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : readFileSync(served));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

export function removeVersion(dir: string) {
  if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}
