import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/content-check.ts');
const tsx = path.join(root, 'node_modules/.bin/tsx');
let dir: string | undefined;

/** A copy of the real content in a temporary folder, with one deck edited. */
function contentWith(edit: (deck: { facts: Record<string, unknown>[] }) => void): string {
  dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  const file = path.join(dir, 'content/decks/sco-ssc-2024-article.json');
  const deck = JSON.parse(readFileSync(file, 'utf8'));
  edit(deck);
  writeFileSync(file, JSON.stringify(deck));
  return dir;
}

function run(cwd: string): { code: number; output: string } {
  try {
    const output = execFileSync(tsx, [script], { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('npm run content:check', () => {
  it('passes on the content as shipped', () => {
    const result = run(root);
    expect(result.code).toBe(0);
    const decks = readdirSync(path.join(root, 'content', 'decks')).filter((f) =>
      f.endsWith('.json'),
    );
    expect(result.output).toMatch(new RegExp(`Content OK: \\d+ entities, ${decks.length} decks`));
  });

  it('fails on an impossible date, naming the file, the fact and the field', () => {
    const cwd = contentWith((deck) => {
      const fact = deck.facts.find((f) => f.id === 'sco-ssc-19')!;
      fact.date = '2024-02-30';
    });
    const result = run(cwd);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'content/decks/sco-ssc-2024-article.json › fact "sco-ssc-19" › date: "2024-02-30" is not a real date',
    );
  });

  it('fails on an unknown entity, naming the file, the fact and the field', () => {
    const cwd = contentWith((deck) => {
      const fact = deck.facts.find((f) => f.id === 'rahmon-meets-wang-2024')!;
      fact.city = 'atlantis';
    });
    const result = run(cwd);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'content/decks/sco-ssc-2024-article.json › fact "rahmon-meets-wang-2024" › city: unknown entity "atlantis"',
    );
  });

  it('reports an entity missing from the glossary once, with every place that names it', () => {
    const cwd = contentWith((deck) => {
      for (const id of ['rahmon-meets-wang-2024', 'mirziyoyev-meets-wang-2024'])
        deck.facts.find((f) => f.id === id)!.city = 'atlantis';
    });
    const result = run(cwd);
    expect(result.code).toBe(1);
    expect(result.output).toContain('1 problem(s)');
    expect(result.output).toContain(
      'unknown entity "atlantis" (not in the glossary), named in 2 places: ',
    );
    expect(result.output).toContain('fact "rahmon-meets-wang-2024" › city');
    expect(result.output).toContain('fact "mirziyoyev-meets-wang-2024" › city');
  });
});
