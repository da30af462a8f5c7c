import { factDate } from '..';
import { isRealDate, yearOf } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { AnniversaryFact, Fact, PartialDate, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { englishOrdinal } from '../../questions/numerals';
import { datePhrase } from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, t } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** The anniversary's number, counted from the event's date: undefined without a real date. */
export function anniversaryNumber(event: Fact | undefined, year: number): number | undefined {
  const date = event ? factDate(event) : undefined;
  if (!date || !isRealDate(date)) return undefined;
  return year - yearOf(date);
}

/** The event's date and the anniversary's number, or undefined where content:check has refused them. */
function counted(
  index: ContentIndex,
  f: AnniversaryFact,
): { date: PartialDate; n: number } | undefined {
  const event = index.findFact(f.event);
  const date = event ? factDate(event) : undefined;
  const n = anniversaryNumber(event, f.year);
  return date && n !== undefined && n >= 1 ? { date, n } : undefined;
}

const anniversariesOf = perIndex((index: ContentIndex) =>
  index.facts.filter((f): f is AnniversaryFact => f.kind === 'anniversary'),
);

/** 2026年是上海合作组织成立25周年 / 2026 marks the 25th anniversary of the founding of the SCO */
function marks(f: AnniversaryFact, n: number, year: number = f.year): Text {
  return t(
    `${year}年是${f.name.zh}${n}周年`,
    `${year} marks the ${englishOrdinal(n)} anniversary of ${f.name.en}`,
  );
}

/** An anniversary of a recorded event, its number counted from the event's date. */
export const anniversary: FactKindModule<AnniversaryFact> = {
  kind: 'anniversary',
  summary:
    "an anniversary of a recorded event in a year (2026年是…25周年), counted from the event's date",
  alsoCalled: ['jubilee', 'commemoration', 'centenary', 'centennial', 'birthday'],

  entityRefs: () => [],

  factRefs: (fact) => [{ field: 'event', id: fact.event }],

  check: (fact, { at, fact: factById, claimKey }) => {
    const event = factById(fact.event);
    if (!event) return; // The missing fact is reported with the fact references.
    const date = factDate(event);
    const n = anniversaryNumber(event, fact.year);
    if (!date || n === undefined) {
      at('event', `fact "${fact.event}" has no date to count the anniversary from`);
      return;
    }
    if (n < 1)
      at('year', `${fact.year} is not after the event (${date}), so it marks no anniversary`);
    else if (fact.n !== undefined && fact.n !== n)
      at(
        'n',
        `${fact.year} is the ${englishOrdinal(n)} anniversary of ${date}, not the ${englishOrdinal(fact.n)} (${n}周年, not ${fact.n}周年)`,
      );
    const before = claimKey(`anniversary:${fact.event}|${fact.year}`);
    if (before)
      at(
        'year',
        `the anniversary of "${fact.event}" in ${fact.year} is already recorded (fact "${before}")`,
      );
  },

  claims: anniversaryClaims,

  explain: (index, fact) => {
    const c = counted(index, fact);
    if (!c) return t('', '');
    const D = datePhrase(c.date);
    // The number follows from the date: say both, so the count can be checked.
    return t(
      `${fact.name.zh}于${D.zh}，至${fact.year}年为${c.n}周年。`,
      `${capitalise(fact.name.en)} was ${D.en}, so ${fact.year} marks its ${englishOrdinal(c.n)} anniversary.`,
    );
  },

  headline: (index, fact) => {
    const c = counted(index, fact);
    const n = c?.n ?? 0;
    return t(
      `${fact.name.zh}${n}周年`,
      `${capitalise(englishOrdinal(n))} anniversary of ${fact.name.en}`,
    );
  },
};

function anniversaryClaims(index: ContentIndex, f: AnniversaryFact): Claim[] {
  const c = counted(index, f);
  if (!c) return [];
  const { n } = c;
  const N = englishOrdinal(n);
  const E = f.name;
  const years = anniversariesOf(index).map((x) => x.year);
  return [
    {
      id: `${f.id}/n`,
      relation: 'anniversary.n',
      factIds: [f.id],
      values: [{ type: 'count', n, unit: 'anniversary' }],
      pool: { type: 'count', unit: 'anniversary' },
      ask: t(`${f.year}年是${E.zh}多少周年？`, `Which anniversary of ${E.en} does ${f.year} mark?`),
      statement: (v) => {
        const k = v.type === 'count' ? v.n : 0;
        const m = marks(f, k);
        return t(`${m.zh}。`, `${m.en}.`);
      },
      blank: t(
        `${f.year}年是${E.zh}${BLANK}周年。`,
        `${f.year} marks the ${BLANK_EN} anniversary of ${E.en}.`,
      ),
      subjectLabel: t(`${f.year}年${E.zh}`, `${capitalise(E.en)}, ${f.year}`),
      matchFamily: 'anniversary-n',
      difficulty: 2,
    },
    {
      id: `${f.id}/year`,
      relation: 'anniversary.year',
      factIds: [f.id],
      values: [{ type: 'year', year: f.year }],
      pool: { type: 'year', known: years },
      ask: t(`${E.zh}${n}周年是哪一年？`, `In which year is the ${N} anniversary of ${E.en}?`),
      statement: (v) => {
        const y = v.type === 'year' ? v.year : 0;
        const m = marks(f, n, y);
        return t(`${m.zh}。`, `${m.en}.`);
      },
      blank: t(
        `${BLANK}年是${E.zh}${n}周年。`,
        `${BLANK_EN} marks the ${N} anniversary of ${E.en}.`,
      ),
      subjectLabel: t(`${E.zh}${n}周年`, `${capitalise(N)} anniversary of ${E.en}`),
      matchFamily: 'anniversary-year',
      difficulty: 2,
    },
  ];
}
