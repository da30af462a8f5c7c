import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, hintExport, withCompileHint } from '../../scripts/compile-hints';

describe('compile hints', () => {
  it('puts the hint on the first line, once', () => {
    const script = '(globalThis.TURBOPACK||=[]).push([0,1,e=>{}]);';
    const hinted = withCompileHint(script);
    expect(hinted.split('\n')[0]).toBe(COMPILE_HINT);
    expect(hinted.endsWith(script)).toBe(true);
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  it('marks the scripts pages load, and leaves lazily loaded chunks as they are', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
    try {
      const chunks = path.join(out, '_next', 'static', 'chunks');
      mkdirSync(chunks, { recursive: true });
      mkdirSync(path.join(out, 'zh'));
      for (const name of ['shared.js', 'home.js', 'cards.js', 'lazy.js'])
        writeFileSync(path.join(chunks, name), `/* ${name} */`);
      const page = (files: string[]) =>
        `<html><head>${files.map((f) => `<script src="/_next/static/chunks/${f}" async=""></script>`).join('')}</head></html>`;
      writeFileSync(path.join(out, 'index.html'), page(['shared.js', 'home.js']));
      writeFileSync(path.join(out, 'zh', 'index.html'), page(['shared.js', 'cards.js']));
      expect(hintExport(out)).toBe(3);
      // Twice changes nothing.
      expect(hintExport(out)).toBe(3);
      const read = (name: string) => readFileSync(path.join(chunks, name), 'utf8');
      for (const name of ['shared.js', 'home.js', 'cards.js'])
        expect(read(name)).toBe(`${COMPILE_HINT}\n/* ${name} */`);
      expect(read('lazy.js')).toBe('/* lazy.js */');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
