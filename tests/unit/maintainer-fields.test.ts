import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCardsFile } from '../../lib/cards/file';
import { learnerContent } from '../../lib/content/learner-content';
import { loadContent } from '../../lib/content/load';
import { EXPORT_FORMATS, exportQuestions } from '../../lib/questions/export';
import { generateQuestions } from '../../lib/questions/generate';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * `source.checked` names a row of the project's fact-check table ("Part 1, #4"): it is for
 * maintainers, and learners found it on the deck page. The fixture content records it for most
 * facts, so none of what the app builds from the content for a learner may carry it.
 */

const fixtures = loadContent(FIXTURE_ROOT);
const FACT_CHECK_ROW = /Part \d+, (?:#|No\.)/;

describe('maintainer fields', () => {
  it('are recorded in the fixture content', () => {
    const rows = fixtures.decks.flatMap((d) => d.facts).filter((f) => f.source.checked);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('never reach a question, its sources or an export', () => {
    const questions = [1, 2].flatMap((seed) => generateQuestions(fixtures, { seed }));
    for (const q of questions) {
      for (const source of q.sources) expect(source).not.toHaveProperty('checked');
    }
    expect(JSON.stringify(questions)).not.toMatch(FACT_CHECK_ROW);
    for (const format of EXPORT_FORMATS) {
      expect(exportQuestions(questions, format, 'both')).not.toMatch(FACT_CHECK_ROW);
    }
  });

  it('are left out of the content a page hands the browser, which draws the same questions', () => {
    const forLearners = learnerContent(fixtures);
    const text = JSON.stringify(forLearners);
    expect(text).not.toMatch(FACT_CHECK_ROW);
    expect(text).not.toContain('"checked"');
    expect(text).not.toContain('"editorNote"');
    expect(JSON.stringify(fixtures)).toContain('"editorNote"');
    for (const seed of [1, 2]) {
      expect(generateQuestions(forLearners, { seed })).toEqual(
        generateQuestions(fixtures, { seed }),
      );
    }
  });

  it('never reach the cards file', () => {
    expect(JSON.stringify(writeCardsFile(fixtures))).not.toMatch(FACT_CHECK_ROW);
  });
});

describe('a deck source in content/', () => {
  const content = loadContent(path.resolve(import.meta.dirname, '../..'));
  it("names publications, never this app's fact check", () => {
    for (const deck of content.decks) {
      expect(deck.source.publication.zh).not.toMatch(/核查|本应用/);
      expect(deck.source.publication.en).not.toMatch(/fact.check|this app/i);
    }
  });
});
