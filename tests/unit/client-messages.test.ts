import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import zh from '@/messages/zh.json';

/*
 * Pages pass the browser only the message namespaces listed in i18n/client-messages.ts. This
 * test follows each page's imports: every namespace a client component (a 'use client' module,
 * or anything a client module imports) formats must be in the list that page passes.
 */

const ROOT = path.resolve(__dirname, '../..');

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const ext of ['.tsx', '.ts', '/index.tsx', '/index.ts']) {
    if (existsSync(base + ext)) return base + ext;
  }
  return null;
}

/** Namespaces formatted in the browser by this module and what it imports. */
function clientNamespaces(file: string, inClient: boolean, seen = new Set<string>()): Set<string> {
  const key = `${file}|${inClient}`;
  const out = new Set<string>();
  if (seen.has(key)) return out;
  seen.add(key);
  const source = readFileSync(file, 'utf8');
  const client = inClient || /^['"]use client['"]/m.test(source);
  if (client) {
    for (const m of source.matchAll(/useTranslations\(\s*'([A-Za-z]+)[.'A-Za-z]*\s*\)/g))
      out.add(m[1]!);
  }
  for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
    const target = resolveImport(file, m[1]!);
    if (target) for (const n of clientNamespaces(target, client, seen)) out.add(n);
  }
  return out;
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? pages(path.join(dir, e.name))
      : e.name === 'page.tsx' || e.name === 'layout.tsx'
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe('messages passed to the browser', () => {
  const files = pages(path.join(ROOT, 'app'));

  for (const file of files) {
    const relative = path.relative(ROOT, file);
    it(`${relative} passes every namespace its client components format`, () => {
      const source = readFileSync(file, 'utf8');
      const lists = [...source.matchAll(/CLIENT_MESSAGES\.([A-Za-z]+)/g)].map((m) => m[1]!);
      const passed = new Set<string>(
        lists.flatMap((l) => [...(CLIENT_MESSAGES[l as keyof typeof CLIENT_MESSAGES] ?? [])]),
      );
      // Layout-level client components sit outside the pages' providers.
      const needed = clientNamespaces(file, false);
      if (relative !== path.join('app', '[locale]', 'layout.tsx')) {
        for (const n of CLIENT_MESSAGES.layout) if (!passed.has(n)) needed.delete(n);
      }
      const missing = [...needed].filter((n) => !passed.has(n));
      expect(missing, `namespaces to add to CLIENT_MESSAGES.${lists[0] ?? '?'}`).toEqual([]);
    });
  }

  it('lists only namespaces that exist', () => {
    for (const list of Object.values(CLIENT_MESSAGES)) {
      for (const n of list) expect(Object.keys(zh)).toContain(n);
    }
  });

  it('finds the client namespaces of a page (the analysis itself works)', () => {
    const practice = clientNamespaces(path.join(ROOT, 'app/[locale]/practice/page.tsx'), false);
    expect([...practice].sort()).toEqual(expect.arrayContaining(['Practice', 'Quiz']));
  });
});
