import { compareDates, formatDate } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import type {
  AttendanceMode,
  DatedAliases,
  EntityType,
  MeetingFormat,
  PartialDate,
  SpeechKind,
  Text,
} from '../content/schema';
import { englishOrdinal, toChineseNumeral } from './numerals';

/** What a question can ask for. */
export type Value =
  | { type: 'entity'; id: string }
  | { type: 'ordinal'; n: number; measure?: Measure }
  | { type: 'count'; n: number; unit: CountUnit }
  | { type: 'date'; date: PartialDate }
  | { type: 'year'; year: number }
  | { type: 'format'; format: MeetingFormat }
  | { type: 'participation'; mode: AttendanceMode; speech?: SpeechKind }
  | ({ type: 'amount'; n: number } & AmountUnit)
  /** A term a fact kind names in its own words (a status: 观察员国 / observer state). */
  | { type: 'term'; text: Text };

/**
 * How a figure of a quantity reads: its digits after the point (5.0% has 1) and its unit in each
 * language; `en` where English counts in other units (1349084亿元 is 134.9 trillion yuan).
 */
export interface AmountUnit {
  decimals: number;
  unit: Text;
  en?: { factor: number; decimals: number; unit: string };
}

export type CountUnit = 'country' | 'signatory' | 'year' | 'time' | 'occasion' | 'anniversary';

/** The Chinese counter of a numbered series: 第十九次 (meetings), 第三十三届 (Games, congresses), 第九任 (holders of an office). */
export type Measure = '次' | '届' | '任';

/** Where distractors for a claim come from. */
export type ValuePool =
  | {
      type: 'entity';
      entityTypes: readonly EntityType[];
      related: readonly string[];
      /** Related ids never to offer (the guests, for a question about their host). */
      exclude?: readonly string[];
    }
  | { type: 'ordinal'; known: readonly number[]; measure?: Measure }
  | { type: 'count'; unit: CountUnit }
  | { type: 'date'; known: readonly PartialDate[] }
  | { type: 'year'; known: readonly number[] }
  | { type: 'enum'; values: readonly Value[] }
  | ({ type: 'amount' } & AmountUnit);

/** A stable key per value; also the option id, so the same value has the same id everywhere. */
export function valueKey(value: Value): string {
  switch (value.type) {
    case 'entity':
      return value.id;
    case 'ordinal':
      return `ordinal-${value.n}`;
    case 'count':
      return `count-${value.n}`;
    case 'date':
      return `date-${value.date}`;
    case 'year':
      return `year-${value.year}`;
    case 'format':
      return `format-${value.format}`;
    case 'participation':
      return `took-part-${value.mode}${value.speech ? `-${value.speech}` : ''}`;
    case 'amount':
      return `amount-${value.n.toFixed(value.decimals)}`;
    case 'term':
      return `term-${termKey(value.text)}`;
  }
}

const FORMAT_LABELS: Record<MeetingFormat, Text> = {
  'in-person': { zh: '线下', en: 'in person' },
  video: { zh: '视频', en: 'by video' },
  hybrid: { zh: '线上线下结合', en: 'hybrid (in person and online)' },
};

export function formatLabel(format: MeetingFormat): Text {
  return FORMAT_LABELS[format];
}

const MODE_PHRASES: Record<AttendanceMode, Text> = {
  'in-person': { zh: '线下出席', en: 'attended in person' },
  video: { zh: '以视频方式出席', en: 'attended by video' },
};

const SPEECH_PHRASES: Record<SpeechKind, Text> = {
  keynote: { zh: '并作主旨发言', en: ' and gave the keynote speech' },
  speech: { zh: '并发言', en: ' and spoke' },
};

/** 线下出席并作主旨发言 / attended in person and gave the keynote speech */
export function participationPhrase(mode: AttendanceMode, speech?: SpeechKind): Text {
  const m = MODE_PHRASES[mode];
  const s = speech ? SPEECH_PHRASES[speech] : { zh: '', en: '' };
  return { zh: `${m.zh}${s.zh}`, en: `${m.en}${s.en}` };
}

export function entityName(index: ContentIndex, id: string): Text {
  return index.entity(id).name;
}

/** An entity's name as it reads inside a sentence: "the United States" where English wants it. */
export function sentenceName(index: ContentIndex, id: string): Text {
  const e = index.entity(id);
  return e.enArticle === 'the' ? { zh: e.name.zh, en: `the ${e.name.en}` } : e.name;
}

/** A value as it reads inside a sentence (valueLabel, with "the" where English wants it). */
export function inSentence(index: ContentIndex, value: Value): Text {
  return value.type === 'entity' ? sentenceName(index, value.id) : valueLabel(index, value);
}

/** 19 → 第十九次 / 19th (第三十三届 with 届) */
export function ordinalLabel(n: number, measure: Measure = '次'): Text {
  return { zh: `第${toChineseNumeral(n)}${measure}`, en: englishOrdinal(n) };
}

/** How a count reads: the number and its counter; `en` alone where English writes it otherwise (25th). */
const COUNT_UNITS: Record<
  CountUnit,
  { zh: string; en: (n: number) => string; enAlone?: (n: number) => string }
> = {
  country: { zh: '个', en: (n) => (n === 1 ? 'member' : 'members') },
  signatory: { zh: '个', en: (n) => (n === 1 ? 'country' : 'countries') },
  year: { zh: '年', en: (n) => (n === 1 ? 'year' : 'years') },
  time: { zh: '次', en: (n) => (n === 1 ? 'time' : 'times') },
  occasion: { zh: '个场合', en: (n) => (n === 1 ? 'occasion' : 'occasions') },
  // 25周年 / 25th (anniversary): an option reads as the ordinal alone.
  anniversary: { zh: '周年', en: () => 'anniversary', enAlone: englishOrdinal },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a value reads as an option. */
export function valueLabel(index: ContentIndex, value: Value): Text {
  switch (value.type) {
    case 'entity': {
      // An option starts with a capital: "First China–Central Asia Summit", though a sentence
      // names it "the first China–Central Asia Summit".
      const name = entityName(index, value.id);
      return { zh: name.zh, en: capitalise(name.en) };
    }
    case 'ordinal':
      return ordinalLabel(value.n, value.measure);
    case 'count': {
      const unit = COUNT_UNITS[value.unit];
      return {
        zh: `${value.n}${unit.zh}`,
        en: unit.enAlone ? unit.enAlone(value.n) : `${value.n} ${unit.en(value.n)}`,
      };
    }
    case 'date':
      return formatDate(value.date);
    case 'year':
      return { zh: `${value.year}年`, en: String(value.year) };
    case 'format': {
      const label = FORMAT_LABELS[value.format];
      return { zh: label.zh, en: capitalise(label.en) };
    }
    case 'participation': {
      const phrase = participationPhrase(value.mode, value.speech);
      return { zh: phrase.zh, en: capitalise(phrase.en) };
    }
    case 'amount':
      return amountLabel(value);
    case 'term':
      return { zh: value.text.zh, en: capitalise(value.text.en) };
  }
}

/** A term's key: its English words, lower case, hyphenated ("observer-state"). */
export function termKey(text: Text): string {
  return text.en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Digits after the point a number has as written: 5.25 has 2. */
export function digitsAfterPoint(n: number): number {
  const [, fraction = ''] = String(n).split('.');
  return fraction.length;
}

/**
 * How a figure of the content reads: its declared digits after the point (or its own), its unit,
 * and, where English counts in other units, the English figure (1349084亿元 is 134.9 trillion yuan).
 */
export function figureUnit(f: {
  value: number;
  decimals?: number | undefined;
  unit: Text;
  en?: { value: number; unit: string } | undefined;
}): AmountUnit {
  const decimals = f.decimals ?? digitsAfterPoint(f.value);
  if (!f.en) return { decimals, unit: f.unit };
  return {
    decimals,
    unit: f.unit,
    en: { factor: f.en.value / f.value, decimals: digitsAfterPoint(f.en.value), unit: f.en.unit },
  };
}

/** English groups thousands with commas; Chinese statistics write the digits alone (1349084亿元). */
function englishNumber(n: number, decimals: number): string {
  return n.toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** Units written against the number: 5.0%, not 5.0 %. */
const CLOSED_UNITS = /^(%|‰|°)/u;

/** The number of an amount as English writes it. */
function englishAmount(value: { n: number } & AmountUnit): { number: string; unit: string } {
  const en = value.en;
  if (!en) return { number: englishNumber(value.n, value.decimals), unit: value.unit.en };
  return { number: englishNumber(value.n * en.factor, en.decimals), unit: en.unit };
}

/** 5.0% / 5.0%; 1349084亿元 / 134.9 trillion yuan; 300万人次 / 3 million visits */
export function amountLabel(value: { n: number } & AmountUnit): Text {
  const { number, unit } = englishAmount(value);
  return {
    zh: `${value.n.toFixed(value.decimals)}${value.unit.zh}`,
    en: CLOSED_UNITS.test(unit) ? `${number}${unit}` : `${number} ${unit}`,
  };
}

/** How a value reads inside a sentence: "on 3 April 2024", "in April 2016". */
export function datePhrase(date: PartialDate): Text {
  const label = formatDate(date);
  return { zh: label.zh, en: `${/^\d+ /.test(label.en) ? 'on' : 'in'} ${label.en}` };
}

/**
 * The names of a time that may name an entity at a date: those whose period may include it.
 * Without a date, none.
 */
export function aliasesAt(
  dated: readonly DatedAliases[] | undefined,
  at: PartialDate | undefined,
): string[] {
  if (at === undefined) return [];
  return (dated ?? []).flatMap((names) => {
    const afterStart = names.from === undefined || compareDates(at, names.from) >= 0;
    const beforeEnd = names.to === undefined || compareDates(at, names.to) <= 0;
    return afterStart && beforeEnd ? [...names.zh, ...names.en] : [];
  });
}

/**
 * Forms a learner may type for a value, or null when typing it is not a fair test. `at` is the
 * date of what the question asks about: a name used only for a time is accepted for events of
 * that time (Nur-Sultan for 2019 to 2022, not for 2024).
 */
export function typedForms(
  index: ContentIndex,
  value: Value,
  at?: PartialDate,
): { accepted: string[]; numeric: boolean } | null {
  switch (value.type) {
    case 'entity': {
      const e = index.entity(value.id);
      const forms = [
        e.name.zh,
        e.name.en,
        ...(e.short ? [e.short.zh, e.short.en] : []),
        ...(e.aliases?.zh ?? []),
        ...(e.aliases?.en ?? []),
        ...aliasesAt(e.datedAliases, at),
      ];
      return { accepted: [...new Set(forms)], numeric: false };
    }
    case 'ordinal':
    case 'count':
      return { accepted: [String(value.n)], numeric: true };
    case 'year':
      return { accepted: [String(value.year)], numeric: true };
    case 'amount': {
      // Each language's number with or without its own unit; 5.0 also as 5.
      const zh = value.n.toFixed(value.decimals);
      const { number, unit } = englishAmount(value);
      const plain = number.replace(/,/g, '');
      const withUnit = (numbers: string[], u: string) => [
        ...numbers,
        ...numbers.flatMap((x) => [`${x}${u}`, `${x} ${u}`]),
      ];
      // 4.8万 for 4.8万公里: the multiplier is the part of the unit a learner cannot leave out.
      const multiplier = /^(万亿|亿|万)/u.exec(value.unit.zh)?.[1];
      const forms = [
        ...withUnit([zh, String(value.n)], value.unit.zh),
        ...(multiplier ? [`${zh}${multiplier}`] : []),
        ...withUnit([number, plain, String(Number(plain))], unit),
      ];
      // Whole numbers are also read as numbers (三百 for 300); a decimal must be typed as digits.
      const whole = Number.isInteger(value.n) && value.decimals === 0;
      return { accepted: [...new Set(forms)], numeric: whole && !value.en };
    }
    case 'term':
      return { accepted: [...new Set([value.text.zh, value.text.en])], numeric: false };
    default:
      return null;
  }
}

/**
 * Whether two values state the same thing. Dates are the same when their possible days overlap:
 * "2024-04" is not a fair distractor for "2024-04-03"; amounts when their numbers are equal.
 */
export function sameValue(a: Value, b: Value): boolean {
  if (a.type === 'date' && b.type === 'date') return compareDates(a.date, b.date) === 0;
  // 5 (a target of around 5%) and 5.0 (a result) are one figure written two ways.
  if (a.type === 'amount' && b.type === 'amount') return a.n === b.n;
  return valueKey(a) === valueKey(b);
}
