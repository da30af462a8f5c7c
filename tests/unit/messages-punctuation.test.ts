import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '@/messages/zh.json';

/*
 * Chinese text takes full-width punctuation (：，；？！（）), as an editor would set it. Two
 * places let an ASCII mark in: a message itself, and a component that glues a mark onto a
 * translated string (`{t('quizCode')}: `), which reads "测验码: " in Chinese. The mark belongs
 * in the message, where each language sets its own.
 */

const ROOT = path.resolve(__dirname, '../..');
const CJK = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’…—]';
/** An ASCII mark straight after Chinese, or an ASCII bracket or mark straight before it. */
const HALF_WIDTH_BY_CHINESE = new RegExp(`${CJK}[:;,?!()]|[;,?!(]${CJK}|\\)${CJK}`);

function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  }
  return [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** `{t('key')}: ` in JSX, or `${t('key')}: ` in a template: a mark glued after a message. */
const GLUED_MARK = /(?:\{|\$\{)t[A-Za-z]*\([^{}()]*(?:\{[^{}]*\})?[^{}()]*\)\}[:;,?!]/g;

describe('Chinese messages', () => {
  it('put no half-width punctuation next to Chinese text', () => {
    const bad = strings(zh, '').filter(([, s]) => HALF_WIDTH_BY_CHINESE.test(s));
    expect(bad).toEqual([]);
  });

  it('are not followed by punctuation glued on in a component', () => {
    const glued = ['components', 'app'].flatMap((dir) =>
      sourceFiles(path.join(ROOT, dir)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(GLUED_MARK)].map(
          (m) => `${path.relative(ROOT, file)}: ${m[0]}`,
        ),
      ),
    );
    expect(glued).toEqual([]);
  });
});
