import type { ContentIndex } from '../content/index-content';
import type { EntityType, PartialDate, Text } from '../content/schema';
import { lookups } from './lookups';
import { sentenceName, type Value } from './values';

/**
 * Wording every fact kind shares: text in both languages, blanks, entity names in a sentence,
 * English lists and articles, and the values of the whole content a question may borrow.
 * Each kind's own sentences are in lib/kinds/<kind>/.
 */

export const BLANK = '＿＿';
export const BLANK_EN = '____';

export function t(zh: string, en: string): Text {
  return { zh, en };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function joinEnglish(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 甲和乙; 甲、乙和丙: as Chinese lists a few items in running text. */
export function joinChinese(items: readonly string[]): string {
  if (items.length <= 2) return items.join('和');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

export type Namer = ReturnType<typeof makeNamer>;
const namers = new WeakMap<ContentIndex, Namer>();

/** Name helpers bound to one content index, so the claim builders read short; made once per index. */
export function namer(index: ContentIndex): Namer {
  let made = namers.get(index);
  if (!made) {
    made = makeNamer(index);
    namers.set(index, made);
  }
  return made;
}

function makeNamer(index: ContentIndex) {
  const name = (id: string) => sentenceName(index, id);
  const shortName = (id: string) => {
    const e = index.entity(id);
    return e.short ?? e.name;
  };
  const list = (ids: readonly string[]): Text => ({
    zh: ids.map((id) => name(id).zh).join('、'),
    en: joinEnglish(ids.map((id) => name(id).en)),
  });
  return { name, shortName, list };
}

const bareNames = new WeakMap<ContentIndex, ReadonlySet<string>>();

/** English names that never take "the" (enArticle "none": BRICS, NATO). */
function namesWithoutArticle(index: ContentIndex): ReadonlySet<string> {
  let names = bareNames.get(index);
  if (!names) {
    names = new Set(
      index.entities
        .filter((e) => e.enArticle === 'none')
        .flatMap((e) => [e.name.en, ...(e.short ? [e.short.en] : [])]),
    );
    bareNames.set(index, names);
  }
  return names;
}

/** "the" before a name, unless it has one or its entity says English writes it bare (BRICS). */
export function the(index: ContentIndex, en: string): string {
  return /^(the |[A-Z][a-z]+'s )/.test(en) || namesWithoutArticle(index).has(en) ? en : `the ${en}`;
}

/** Dates in the content that a date question may borrow distractors from. */
export function knownDates(index: ContentIndex): readonly PartialDate[] {
  return lookups(index).knownDates();
}

/** The first and last day of an event over several days: true of it, so never offered as wrong. */
export function dateAvoid(fact: { span?: { start: PartialDate; end: PartialDate } }): Value[] {
  return fact.span
    ? [
        { type: 'date', date: fact.span.start },
        { type: 'date', date: fact.span.end },
      ]
    : [];
}

const monthLists = new WeakMap<readonly PartialDate[], readonly PartialDate[]>();

/** The months of these dates (of those that name one), in order: distractors for a month. */
export function monthsOf(dates: readonly PartialDate[]): readonly PartialDate[] {
  let months = monthLists.get(dates);
  if (!months) {
    months = dates.flatMap((d) => (d.length >= 7 ? [d.slice(0, 7)] : []));
    monthLists.set(dates, months);
  }
  return months;
}

/**
 * An event over several days asked by its month: the months of its first and last days are true
 * of it too (a summit from 30 November to 2 December is as much in December), so never wrong.
 */
export function spanMonthAvoid(span: { start: PartialDate; end: PartialDate }): Value[] {
  return [span.start, span.end].map((d) => ({ type: 'date', date: d.slice(0, 7) }));
}

/** People who could plausibly be asked about as hosts, chairs or proposers. */
export function leaders(index: ContentIndex): readonly string[] {
  return lookups(index).leaders();
}

/**
 * The learners' own country: Chinese text names its cities alone (在上海开幕), as a Chinese
 * editor writes, and a foreign city with its country (在苏联莫斯科开幕).
 */
export const HOME_COUNTRY = 'china';

/** A city with its country, as an explanation names a place: 哈萨克斯坦阿斯塔纳 / Astana, Kazakhstan. */
export function cityInCountry(index: ContentIndex, city: string): Text {
  const c = index.entity(city);
  const country = c.partOf ? index.findEntity(c.partOf) : undefined;
  return country
    ? { zh: `${country.name.zh}${c.name.zh}`, en: `${c.name.en}, ${country.name.en}` }
    : c.name;
}

const WHICH: Partial<Record<EntityType, { one: Text; many: Text }>> = {
  person: { one: { zh: '谁', en: 'who' }, many: { zh: '哪些人', en: 'who' } },
  country: {
    one: { zh: '哪个国家', en: 'which country' },
    many: { zh: '哪些国家', en: 'which countries' },
  },
  city: { one: { zh: '哪座城市', en: 'which city' }, many: { zh: '哪些城市', en: 'which cities' } },
  province: {
    one: { zh: '哪个省份', en: 'which province' },
    many: { zh: '哪些省份', en: 'which provinces' },
  },
  organisation: {
    one: { zh: '哪个组织', en: 'which organisation' },
    many: { zh: '哪些组织', en: 'which organisations' },
  },
};

/** How a question asks for one or several entities of a type: 哪座城市 / which city; 谁 / who. */
export function whichOfType(type: EntityType, many = false): Text {
  const which = WHICH[type];
  if (which) return many ? which.many : which.one;
  return many ? { zh: '哪些', en: 'which' } : { zh: '哪一方', en: 'which' };
}
