import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { exportQuestions } from '../../lib/questions/export';
import { generateQuestions } from '../../lib/questions/generate';
import type { Question } from '../../lib/questions/models';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLE = 'sco-ssc-2024-article';
const content = loadContent(ROOT);
const questions = generateQuestions(content, { seed: 1, deckIds: [ARTICLE, 'sco-ssc-timeline'] });

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** The data rows of an export: its lines without the # header lines and the final empty line. */
function rows(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .filter((line) => !line.startsWith('#'));
}

/** Markup that Anki renders, removed so that only the words remain. */
function words(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt);/g, ' ');
}

describe('Anki export', () => {
  const anki = exportQuestions(questions, 'anki', 'both');

  it('starts with the header that names the tab separator', () => {
    const lines = anki.split('\n');
    expect(lines[0]).toBe('#separator:tab');
    expect(lines.slice(0, 4).every((l) => l.startsWith('#'))).toBe(true);
    expect(anki).toContain('#columns:Front\tBack\tTags');
  });

  it('writes one row per question, each with exactly three tab-separated fields', () => {
    const data = rows(anki);
    expect(data).toHaveLength(questions.length);
    const bad = data.filter((row) => row.split('\t').length !== 3);
    expect(bad).toEqual([]);
    expect(data.every((row) => row.split('\t').every((field) => field.trim() !== ''))).toBe(true);
  });

  it('tags each row with its deck, kind and difficulty', () => {
    rows(anki).forEach((row, i) => {
      const q = questions[i]!;
      expect(row.split('\t')[2]).toBe(`${q.deckId} kind::${q.kind} difficulty::${q.difficulty}`);
    });
  });

  it('keeps fields on one line even when the text holds tabs and line breaks', () => {
    const q = questions[0]!;
    const messy: Question = {
      ...q,
      prompt: { zh: '第一行\n第二行\t末尾', en: 'line one\r\nline two\tend' },
      explanation: { zh: '说明\n续', en: 'note\nmore' },
    };
    for (const lang of ['zh', 'en', 'both'] as const) {
      const data = rows(exportQuestions([messy], 'anki', lang));
      expect(data).toHaveLength(1);
      expect(data[0]!.split('\t')).toHaveLength(3);
      expect(data[0]).not.toMatch(/\r/);
    }
  });

  it('writes Chinese only with --lang zh: no English prompt text', () => {
    const data = rows(exportQuestions(questions, 'anki', 'zh'));
    expect(data).toHaveLength(questions.length);
    data.forEach((row, i) => {
      const q = questions[i]!;
      const prompt = row.split('\t')[0]!.split('<br>')[0]!;
      expect(prompt).not.toMatch(LATIN_WORD);
      expect(row).not.toContain(q.prompt.en);
      expect(prompt).toMatch(CJK);
    });
  });

  it('writes English only with --lang en: no CJK characters anywhere in a row', () => {
    const data = rows(exportQuestions(questions, 'anki', 'en'));
    expect(data).toHaveLength(questions.length);
    const withCjk = data.filter((row) => CJK.test(words(row)));
    expect(withCjk).toEqual([]);
  });
});

describe('Quizlet export', () => {
  it.each(['zh', 'en', 'both'] as const)(
    'writes one row per question with exactly one tab (--lang %s)',
    (lang) => {
      const data = rows(exportQuestions(questions, 'quizlet', lang));
      expect(data).toHaveLength(questions.length);
      const bad = data.filter((row) => row.split('\t').length !== 2);
      expect(bad).toEqual([]);
      expect(data.every((row) => row.split('\t').every((field) => field.trim() !== ''))).toBe(true);
    },
  );

  it('writes no English prompt in zh and no CJK in en', () => {
    const zh = rows(exportQuestions(questions, 'quizlet', 'zh'));
    const en = rows(exportQuestions(questions, 'quizlet', 'en'));
    questions.forEach((q, i) => {
      expect(zh[i]).toContain(q.prompt.zh);
      expect(zh[i]).not.toContain(q.prompt.en);
      expect(en[i]).toContain(q.prompt.en);
      expect(en[i]).not.toMatch(CJK);
    });
  });
});

describe('JSON export', () => {
  it('round-trips the questions unchanged', () => {
    expect(JSON.parse(exportQuestions(questions, 'json', 'both'))).toEqual(questions);
  });
});

describe('scripts/questions.ts', () => {
  const run = (args: string[]) =>
    execFileSync('npx', ['tsx', 'scripts/questions.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      // npx need not ask the registry whether npm is out of date.
      env: { ...process.env, npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });

  it('prints the article deck as JSON with at least 60 questions', () => {
    const parsed = JSON.parse(run(['--deck', ARTICLE, '--format', 'json'])) as Question[];
    expect(parsed.length).toBeGreaterThanOrEqual(60);
    expect(parsed.every((q) => q.deckId === ARTICLE)).toBe(true);
    expect(parsed).toEqual(generateQuestions(content, { seed: 1, deckIds: [ARTICLE] }));
  }, 60_000);

  it('exits non-zero for an unknown deck and lists the decks there are', () => {
    let error: (Error & { status?: number; stderr?: string }) | undefined;
    try {
      run(['--deck', 'no-such-deck', '--format', 'json']);
    } catch (e) {
      error = e as Error & { status?: number; stderr?: string };
    }
    expect(error).toBeDefined();
    expect(error?.status).not.toBe(0);
    expect(error?.stderr).toContain('no-such-deck');
    expect(error?.stderr).toContain('sco-ssc-2024-article');
    expect(error?.stderr).toContain('sco-ssc-timeline');
  }, 60_000);

  it('names an unknown option and prints the usage, without a stack trace', () => {
    let error: (Error & { status?: number; stderr?: string }) | undefined;
    try {
      run(['--dek', ARTICLE]);
    } catch (e) {
      error = e as Error & { status?: number; stderr?: string };
    }
    expect(error?.status).toBe(2);
    expect(error?.stderr).toContain("'--dek'");
    expect(error?.stderr).toContain('Usage: npm run questions');
    expect(error?.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
