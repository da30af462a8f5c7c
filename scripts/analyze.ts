import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

/*
 * `npm run analyze`: where a page's first-load JavaScript goes. Runs Next's own bundle analysis
 * (`next analyze --output`, Turbopack) and reads its export (`next analyze export`): for each
 * route, the client chunks it loads first and the source modules in them, grouped by package
 * (node_modules) or by the project's folder, with their sizes as written and compressed.
 * Compressed sizes are Next's per module; a whole chunk compresses a little better.
 *
 * Options: --route /[locale]/practice (repeatable; default: home, practice, cards, a deck page
 * and the projector), --top N (rows per route, default 12), --modules (one row per source file
 * instead of per package or folder).
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const NEXT = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

const { values: args } = parseArgs({
  options: {
    route: { type: 'string', multiple: true },
    top: { type: 'string', default: '12' },
    modules: { type: 'boolean', default: false },
  },
});
const ROUTES = args.route ?? [
  '/[locale]',
  '/[locale]/practice',
  '/[locale]/cards',
  '/[locale]/decks/[deckId]',
  '/[locale]/classroom/present',
];

interface Part {
  type: 'part';
  route: string;
  filename: string;
  source_path: string;
  size: number;
  compressed_size: number;
}
interface Group {
  type: 'group';
  route: string;
  kind: string;
  outputs: string[];
}

function run(argv: string[]): string {
  const result = spawnSync(process.execPath, [NEXT, ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next ${argv.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** A module's group: its package under node_modules, or its project folder (two levels). */
function groupOf(source: string): string {
  const bare = source.replace(/^\[project\]\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(bare);
  if (pkg) return pkg[1]!;
  return bare.split('/').slice(0, 2).join('/');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('Analysing the production bundle (next analyze)…');
run(['analyze', '--output']);
const lines = run(['analyze', 'export']).split('\n').filter(Boolean);
const parts: Part[] = [];
const firstLoad = new Map<string, Set<string>>();
for (const line of lines) {
  const record = JSON.parse(line) as { type: string };
  if (record.type === 'part') parts.push(record as Part);
  if (record.type === 'group') {
    const group = record as Group;
    // What a page loads before it can run: the bootstrap and the page's own entry, not the
    // chunks it fetches later (dynamic imports).
    if (group.kind === 'async') continue;
    const set = firstLoad.get(group.route) ?? new Set<string>();
    for (const output of group.outputs) set.add(output.replace('[client-fs]', '[output]/.next'));
    firstLoad.set(group.route, set);
  }
}

for (const route of ROUTES) {
  const chunks = firstLoad.get(route);
  const seen = new Set<string>();
  const groups = new Map<string, { size: number; compressed: number }>();
  for (const part of parts) {
    if (part.route !== route || !part.filename.includes('/static/chunks/')) continue;
    if (chunks && ![...chunks].some((c) => c.endsWith(part.filename.split('/').pop()!))) continue;
    const key = `${part.filename}|${part.source_path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const g = args.modules
      ? part.source_path.replace(/^\[project\]\//, '')
      : groupOf(part.source_path);
    const sum = groups.get(g) ?? { size: 0, compressed: 0 };
    sum.size += part.size;
    sum.compressed += part.compressed_size;
    groups.set(g, sum);
  }
  const rows = [...groups.entries()].sort((a, b) => b[1].compressed - a[1].compressed);
  const total = rows.reduce((s, [, v]) => s + v.compressed, 0);
  console.log(`\n## ${route}: first-load JavaScript by source (${kb(total)} compressed)\n`);
  console.log('| source | compressed | as written |');
  console.log('| --- | --- | --- |');
  for (const [name, v] of rows.slice(0, Number(args.top)))
    console.log(`| ${name} | ${kb(v.compressed)} | ${kb(v.size)} |`);
}
