import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { toChineseNumeral } from '../../lib/questions/numerals';
import { learnerTexts, TEXT_RULES } from './learner-text-rules';

/*
 * Properties of every string a learner reads, over whatever content/ holds: what an editor would
 * not publish (fact-check notes, stacked brackets, "1 years", mixed numeral styles, ASCII
 * punctuation after Chinese) and runs of 15 or more Chinese characters copied from the source
 * article (official names aside). The article is not shipped in the repository (it is
 * copyrighted); it sits in ../shared/seed beside a checkout and in CI.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLE = path.resolve(ROOT, '../shared/seed/article-zh.md');
const content = loadContent(ROOT);
const SEEDS = [1, 2, 3];

const texts = learnerTexts(content, SEEDS);
const zh = [...new Set(texts.map((t) => t.zh))];
const en = [...new Set(texts.map((t) => t.en))];

/** Official names, which a generated sentence may share with the article. */
function officialNames(): string[] {
  const names = new Set<string>();
  for (const e of content.entities) {
    names.add(e.name.zh);
    if (e.short) names.add(e.short.zh);
    for (const a of e.aliases?.zh ?? []) names.add(a);
    if (e.numbered) {
      for (let n = 1; n < 60; n++) {
        names.add(e.numbered.zh.replace('{n}', toChineseNumeral(n)));
        names.add(e.numbered.zh.replace('{n}', String(n)));
      }
    }
  }
  return [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

const CJK = /[\u4e00-\u9fff]/;

/** Chinese characters only, each official name replaced by one mark that no run may span. */
function normalise(text: string, names: readonly string[]): string {
  let s = text;
  for (const n of names) s = s.split(n).join('□');
  return [...s].filter((ch) => CJK.test(ch) || ch === '□').join('');
}

const RUN = 15;

function copiedRuns(text: string, grams: ReadonlySet<string>, names: readonly string[]): string[] {
  const s = normalise(text, names);
  const runs: string[] = [];
  for (let i = 0; i + RUN <= s.length; i++) {
    const run = s.slice(i, i + RUN);
    if (!run.includes('□') && grams.has(run)) runs.push(run);
  }
  return runs;
}

describe('text a learner reads', () => {
  it('is drawn from every deck', () => {
    expect(content.decks.length).toBeGreaterThan(0);
    expect(zh.length).toBeGreaterThan(content.decks.length);
  });

  for (const rule of TEXT_RULES) {
    it(rule.name, () => {
      expect(rule.defects(zh, en)).toEqual([]);
    });
  }

  it.skipIf(!existsSync(ARTICLE))(
    `repeats no run of ${RUN} Chinese characters of the source article`,
    () => {
      const names = officialNames();
      const article = normalise(readFileSync(ARTICLE, 'utf8'), names);
      const grams = new Set<string>();
      for (let i = 0; i + RUN <= article.length; i++) grams.add(article.slice(i, i + RUN));
      // The check itself: a sentence of the article is caught.
      const sentence = readFileSync(ARTICLE, 'utf8')
        .split(/[。\n]/)
        .find((s) => normalise(s, names).replace(/□/g, '').length > 30);
      expect(sentence && copiedRuns(sentence, grams, names).length).toBeGreaterThan(0);
      const copied = zh.flatMap((s) => copiedRuns(s, grams, names).map((run) => `${run} ← ${s}`));
      expect(copied).toEqual([]);
    },
  );
});
