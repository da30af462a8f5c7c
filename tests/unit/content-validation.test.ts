import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from '../fixtures/content';
import { compareDates, isRealDate, shiftDate, wholeYearsBetween } from '../../lib/content/dates';
import {
  type ContentProblem,
  formatProblem,
  type RawContentFile,
  validateContent,
} from '../../lib/content/validate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GLOSSARY = 'content/glossary.json';
const ARTICLE = 'content/decks/sco-ssc-2024-article.json';
const TIMELINE = 'content/decks/sco-ssc-timeline.json';

function readContentFiles(root: string): { glossary: RawContentFile; deckFiles: RawContentFile[] } {
  const read = (file: string) => ({ file, text: readFileSync(path.join(root, file), 'utf8') });
  return {
    glossary: read(GLOSSARY),
    deckFiles: readdirSync(path.join(root, 'content/decks'))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => read(`content/decks/${name}`)),
  };
}

// Whatever content/ holds must validate; the checks below break named facts of the fixture
// copy, which does not change when content/ does.
const onDisk = readContentFiles(ROOT);
const { glossary, deckFiles } = readContentFiles(FIXTURE_ROOT);

type Json = Record<string, unknown> & { facts: (Record<string, unknown> & { id: string })[] };

/** The real content with one deck changed in memory; the files on disk stay as they are. */
function validateWithDeck(file: string, change: (deck: Json) => void) {
  const decks = deckFiles.map((d) => {
    if (d.file !== file) return d;
    const deck = JSON.parse(d.text) as Json;
    change(deck);
    return { file: d.file, text: JSON.stringify(deck, null, 2) };
  });
  return validateContent(glossary, decks);
}

function fact(deck: Json, id: string): Record<string, unknown> {
  const f = deck.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact "${id}"`);
  return f;
}

function problemsOf(result: ReturnType<typeof validateContent>): ContentProblem[] {
  if (result.ok) throw new Error('expected the content to be rejected');
  return result.problems;
}

describe('validateContent', () => {
  it('accepts the content as it is on disk, and the fixture copy', () => {
    for (const { glossary, deckFiles } of [onDisk, readContentFiles(FIXTURE_ROOT)]) {
      const result = validateContent(glossary, deckFiles);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
      // Every deck file is a deck, whatever content/ holds.
      expect(result.ok && result.bundle.decks.length).toBe(deckFiles.length);
    }
  });

  it("rejects a person's country that is no country of the glossary, naming the person", () => {
    const raw = JSON.parse(glossary.text) as { entities: Record<string, unknown>[] };
    const rahmon = raw.entities.findIndex((e) => e.id === 'emomali-rahmon');
    raw.entities[rahmon]!.country = 'dushanbe';
    const problems = problemsOf(
      validateContent({ file: GLOSSARY, text: JSON.stringify(raw) }, deckFiles),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: `entities[${rahmon}].country`,
        message: expect.stringContaining('emomali-rahmon'),
      }),
    ]);
  });

  it('rejects a name of a time that ends before it begins, naming the entity', () => {
    const raw = JSON.parse(glossary.text) as { entities: Record<string, unknown>[] };
    const astana = raw.entities.findIndex((e) => e.id === 'astana');
    raw.entities[astana]!.datedAliases = [
      { zh: [], en: ['Akmolinsk'], to: '1961' },
      { zh: [], en: ['Nur-Sultan'], from: '2022-09', to: '2019-03' },
    ];
    const problems = problemsOf(
      validateContent({ file: GLOSSARY, text: JSON.stringify(raw) }, deckFiles),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: `entities[${astana}].datedAliases[1]`,
        message: expect.stringContaining('astana'),
      }),
    ]);
  });

  it('rejects an impossible day, naming the file, the fact and the field "date"', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'sco-ssc-19').date = '2024-02-30';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: ARTICLE, factId: 'sco-ssc-19', field: 'date' }),
    );
  });

  it('rejects an unknown city id, naming the field "city"', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'sco-ssc-19').city = 'atlantis';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: ARTICLE,
        factId: 'sco-ssc-19',
        field: 'city',
        message: expect.stringContaining('atlantis'),
      }),
    );
  });

  it('rejects a city where a country is expected', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'sco-ssc-19').hostCountry = 'astana';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        factId: 'sco-ssc-19',
        field: 'hostCountry',
        message: expect.stringMatching(/city.*country/),
      }),
    );
  });

  it('rejects a founding member that is a city', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        (fact(deck, 'sco-founding').foundingMembers as string[])[0] = 'beijing';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ factId: 'sco-founding', field: 'foundingMembers[0]' }),
    );
  });

  it('rejects two meetings with the same number in one series', () => {
    const problems = problemsOf(
      validateWithDeck(TIMELINE, (deck) => {
        fact(deck, 'sco-ssc-20').ordinal = 19;
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: TIMELINE,
        factId: 'sco-ssc-20',
        field: 'ordinal',
        message: expect.stringContaining('sco-ssc-19'),
      }),
    );
  });

  it('rejects a member count that does not add up', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'sco-enlargement-2017').membersAfter = 9;
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ factId: 'sco-enlargement-2017', field: 'membersAfter' }),
    );
  });

  it('rejects a gap in years that the two dates do not give', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'wang-in-person-after-four-years').years = 5;
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        factId: 'wang-in-person-after-four-years',
        field: 'years',
        message: expect.stringContaining('4'),
      }),
    );
  });

  it('rejects a date outside its span', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'sco-ssc-19').date = '2024-04-05';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ factId: 'sco-ssc-19', field: 'date' }),
    );
  });

  it('rejects a reference to an unknown fact', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'wang-in-person-after-four-years').from = 'sco-ssc-99';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ factId: 'wang-in-person-after-four-years', field: 'from' }),
    );
  });

  it('names the file of malformed JSON', () => {
    const broken = deckFiles.map((d) =>
      d.file === TIMELINE ? { file: d.file, text: d.text.slice(0, -20) } : d,
    );
    const problems = problemsOf(validateContent(glossary, broken));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: TIMELINE,
        field: '',
        message: expect.stringContaining('JSON'),
      }),
    );
    expect(formatProblem(problems.find((p) => p.message.includes('JSON'))!)).toContain(TIMELINE);
  });

  it('names the kind an author probably meant for a kind that does not exist', () => {
    const kindProblem = (kind: unknown) =>
      problemsOf(
        validateWithDeck(ARTICLE, (deck) => {
          fact(deck, 'sco-ssc-19').kind = kind;
        }),
      ).find((p) => p.factId === 'sco-ssc-19' && p.field === 'kind')?.message;
    expect(kindProblem('accession')).toMatch(
      /^kind "accession" is not a kind; use "membership" \(/,
    );
    expect(kindProblem('meetnig')).toMatch(/use "meeting"/);
    expect(kindProblem('Congress')).toMatch(/use "meeting"/);
    // No kind is near: the message lists them all rather than guess.
    expect(kindProblem('zzzz')).not.toMatch(/use "/);
    expect(kindProblem('zzzz')).toContain('meeting, founding, membership');
    expect(kindProblem(undefined)).toMatch(/^a fact needs a kind/);
  });

  it('names a schema problem inside a fact by the fact id', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'sco-ssc-19').ordinal = 'nineteen';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: ARTICLE, factId: 'sco-ssc-19', field: 'ordinal' }),
    );
  });

  it('formats a problem with its file, fact id and field', () => {
    const problems = problemsOf(
      validateWithDeck(ARTICLE, (deck) => {
        fact(deck, 'sco-ssc-19').date = '2024-02-30';
      }),
    );
    const line = formatProblem(problems.find((p) => p.field === 'date')!);
    expect(line).toContain(ARTICLE);
    expect(line).toContain('sco-ssc-19');
    expect(line).toContain('date');
    expect(line).toContain('2024-02-30');
  });
});

describe('dates', () => {
  it.each([
    ['2024', true],
    ['2024-04', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-13', false],
    ['2024-00', false],
    ['2024-4-3', false],
    ['24-04-03', false],
  ])('isRealDate(%j) is %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });

  it.each([
    ['2024-04-02', '2024-04-03', -1],
    ['2024-04-03', '2024-04-02', 1],
    ['2024-04', '2024-04-03', 0],
    ['2024', '2024-12-31', 0],
    ['2024-03-31', '2024-04', -1],
    ['2025', '2024-12-31', 1],
    ['2016-04', '2017-04', -1],
  ] as const)('compareDates(%j, %j) is %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('counts whole years between two days: 2019-05-15 → 2024-04-03 is 4', () => {
    expect(wholeYearsBetween('2019-05-15', '2024-04-03')).toBe(4);
    expect(wholeYearsBetween('2019-05-15', '2024-05-15')).toBe(5);
    expect(wholeYearsBetween('2019-05-15', '2024-05-14')).toBe(4);
  });

  it('leaves the number of years open when the precision does not fix it', () => {
    expect(wholeYearsBetween('2019-05', '2024-05')).toBeNull();
    expect(wholeYearsBetween('2019', '2024-04-03')).toBeNull();
  });

  it.each([
    ['2024', 1, 'year', '2025'],
    ['2024-04', 1, 'month', '2024-05'],
    ['2024-12', 1, 'month', '2025-01'],
    ['2024-01', -1, 'month', '2023-12'],
    ['2024-04-03', 2, 'day', '2024-04-05'],
    ['2023-12-31', 2, 'day', '2024-01-02'],
    ['2024-04-03', -1, 'year', '2023-04-03'],
    ['2024-01-31', 1, 'month', '2024-02-29'],
    ['2023-01-31', 1, 'month', '2023-02-28'],
    ['2024-03-31', 1, 'month', '2024-04-30'],
    ['2024-02-29', 1, 'year', '2025-02-28'],
  ] as const)('shiftDate(%j, %i, %j) is %j', (date, amount, unit, expected) => {
    expect(shiftDate(date, amount, unit)).toBe(expected);
  });

  it('keeps the precision it was given', () => {
    for (const date of ['2001', '2004-06', '2024-04-03']) {
      for (const unit of ['day', 'month', 'year'] as const) {
        const shifted = shiftDate(date, 3, unit);
        expect(shifted.length).toBe(date.length);
        expect(isRealDate(shifted)).toBe(true);
      }
    }
  });
});
