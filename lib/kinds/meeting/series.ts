import type { ContentIndex } from '../../content/index-content';
import type { MeetingFact, PartialDate, Text } from '../../content/schema';
import { perIndex } from '../../questions/lookups';
import { englishOrdinal, toChineseNumeral } from '../../questions/numerals';
import { sentenceName } from '../../questions/values';
import { joinChinese, joinEnglish, t } from '../../questions/wording';

/** How a series counts and calls its meetings, with the defaults (次, 会议 / meeting). */
export function seriesCounting(index: ContentIndex, seriesId: string) {
  const e = index.entity(seriesId);
  const c = e.counting;
  return {
    measure: c?.measure ?? ('次' as const),
    noun: c?.noun ?? t('会议', 'meeting'),
    /** The English verb for "was held": "were" for the Games. */
    was: c?.plural ? 'were' : 'was',
    opening: e.datedBy === 'opening',
  };
}

/** A numbered meeting's name: 上海合作组织成员国安全会议秘书第十九次会议 / 19th Meeting of … */
export function meetingName(index: ContentIndex, series: string, n: number): Text {
  const s = index.entity(series);
  if (s.numbered) {
    return {
      zh: s.numbered.zh.replace('{n}', toChineseNumeral(n)),
      en: s.numbered.en.replace('{n}', englishOrdinal(n)),
    };
  }
  const c = seriesCounting(index, series);
  return {
    zh: `${s.name.zh}第${toChineseNumeral(n)}${c.measure}${c.noun.zh}`,
    en: `${englishOrdinal(n)} ${s.name.en}`,
  };
}

/**
 * Several numbered meetings of one series in Chinese, named once as an editor would:
 * 金砖国家领导人第十二次、第十三次和第十四次会晤, never the full name three times over. The
 * numbers are given in order. (English names them as "the 12th, 13th and 14th BRICS summits".)
 */
export function chineseMeetingNames(
  index: ContentIndex,
  series: string,
  ns: readonly number[],
): string {
  if (ns.length === 1) return meetingName(index, series, ns[0]!).zh;
  const s = index.entity(series);
  const c = seriesCounting(index, series);
  // A template 前缀第{n}次后缀 keeps its 第…次 with each number; any other names each meeting.
  const template = s.numbered?.zh ?? `${s.name.zh}第{n}${c.measure}${c.noun.zh}`;
  const parts = /^(.*)第\{n\}(.)(.*)$/.exec(template);
  return parts
    ? `${parts[1]}${joinChinese(ns.map((n) => `第${toChineseNumeral(n)}${parts[2]}`))}${parts[3]}`
    : joinChinese(ns.map((n) => meetingName(index, series, n).zh));
}

/** What the claims of a series share, in content order; none may be changed. */
export interface SeriesFacts {
  /** The series' meetings in content order. */
  meetings: readonly MeetingFact[];
  /** Host cities of its meetings, one per meeting held in a city. */
  cities: readonly string[];
  hosts: readonly string[];
  ordinals: readonly number[];
  /** The dates of its meetings. */
  dates: readonly PartialDate[];
  /** The formats its meetings were held in, each once. */
  formats: ReadonlySet<MeetingFact['format']>;
  /** Everyone recorded as attending one of its meetings, one entry per attendance. */
  attendees: readonly string[];
  /** Meetings whose attendance is recorded, by ordinal. */
  recorded: readonly MeetingFact[];
}

function seriesFacts(meetings: readonly MeetingFact[]): SeriesFacts {
  return {
    meetings,
    cities: meetings.flatMap((f) => (f.city ? [f.city] : [])),
    hosts: meetings.map((f) => f.hostCountry),
    ordinals: meetings.map((f) => f.ordinal),
    dates: meetings.map((f) => f.date),
    formats: new Set(meetings.map((f) => f.format)),
    attendees: meetings.flatMap((f) => f.attendance.map((x) => x.person)),
    recorded: meetings.filter((m) => m.attendance.length > 0).sort((a, b) => a.ordinal - b.ordinal),
  };
}

/** The meetings of each series, in content order, and each series' facts once asked for. */
const seriesLookups = perIndex((index) => {
  const bySeries = new Map<string, MeetingFact[]>();
  for (const f of index.facts) {
    if (f.kind !== 'meeting') continue;
    const list = bySeries.get(f.series);
    if (list) list.push(f);
    else bySeries.set(f.series, [f]);
  }
  return { bySeries, made: new Map<string, SeriesFacts>() };
});

export function seriesOf(index: ContentIndex, id: string): SeriesFacts {
  const { bySeries, made } = seriesLookups(index);
  let s = made.get(id);
  if (!s) {
    s = seriesFacts(bySeries.get(id) ?? []);
    made.set(id, s);
  }
  return s;
}

/** Every series with a meeting, in order of its first meeting. */
export function seriesIds(index: ContentIndex): readonly string[] {
  return [...seriesLookups(index).bySeries.keys()];
}

const meetingsByPlace = new WeakMap<SeriesFacts, Map<string, MeetingFact[]>>();

/** The series' meetings held in the same city as `m` (or online, for a meeting with no city). */
export function meetingsAt(series: SeriesFacts, m: MeetingFact): readonly MeetingFact[] {
  let byPlace = meetingsByPlace.get(series);
  if (!byPlace) {
    byPlace = new Map();
    for (const f of series.meetings) {
      const list = byPlace.get(f.city ?? '');
      if (list) list.push(f);
      else byPlace.set(f.city ?? '', [f]);
    }
    meetingsByPlace.set(series, byPlace);
  }
  return byPlace.get(m.city ?? '') ?? [];
}

/** A meeting's host city, or its cities when several hosted it: 米兰和科尔蒂纳丹佩佐 / Milan and Cortina d'Ampezzo. */
export function hostCities(index: ContentIndex, m: MeetingFact): Text {
  const ids = m.city ? [m.city, ...(m.coHosts ?? [])] : [];
  const names = ids.map((id) => sentenceName(index, id));
  return {
    zh: names.map((n) => n.zh).join('和'),
    en: joinEnglish(names.map((n) => n.en)),
  };
}

const representativesOf = new WeakMap<SeriesFacts, Map<string, string[]>>();

/**
 * Who represented `country` at the series' meetings, meeting by meeting in series order (a
 * person once for each meeting), as the wrong answers of "who represented…" read them.
 */
export function representatives(series: SeriesFacts, country: string): readonly string[] {
  let byCountry = representativesOf.get(series);
  if (!byCountry) {
    byCountry = new Map();
    for (const f of series.meetings)
      for (const x of f.attendance) {
        const list = byCountry.get(x.country);
        if (list) list.push(x.person);
        else byCountry.set(x.country, [x.person]);
      }
    representativesOf.set(series, byCountry);
  }
  return byCountry.get(country) ?? [];
}
