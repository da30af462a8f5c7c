import { compareDates, factDate, formatDate, yearOf } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import type {
  AudienceFact,
  Fact,
  FoundingFact,
  InitiativeFact,
  IntervalFact,
  MeetingFact,
  MembershipFact,
  PartialDate,
  StatementFact,
  SummitFact,
  Text,
} from '../content/schema';
import { lookups, type SeriesFacts } from './lookups';
import type { Difficulty } from './models';
import { englishOrdinal, toChineseNumeral } from './numerals';
import {
  datePhrase,
  formatLabel,
  inSentence,
  ordinalLabel,
  participationPhrase,
  sentenceName,
  type Value,
  type ValuePool,
  valueLabel,
} from './values';

/**
 * One thing the facts say about one subject, with every value that makes it true.
 * Questions are drawn from claims; a claim knows which values are true, which are known
 * to be false, and how to say it in both languages.
 */
export interface Claim {
  /** `${factId}/${relation}` or, for claims across facts, a key naming the group. */
  id: string;
  relation: string;
  factIds: string[];
  values: Value[];
  /**
   * Values known to be false. When absent the claim is closed: its values are all the true
   * ones, so every other value in the pool is false.
   */
  knownFalse?: Value[];
  /** Values that must not be offered although they are not keyed (days within a date span). */
  avoid?: Value[];
  pool: ValuePool;
  /** The question when one value is asked for. */
  ask: Text;
  /** The question when several values are asked for (multiple select). */
  askMany?: Text;
  /**
   * The question with no options to choose from, for a flashcard, where `ask` reads "which of
   * these". Without it a card asks `askMany` (without its "select all") or `ask`.
   */
  recall?: Text;
  /** A sentence that is true exactly when `value` is one of `values`. */
  statement: (value: Value) => Text;
  /** The statement with a blank, for typed answers. */
  blank?: Text;
  /** A short name of the subject, for matching pairs. */
  subjectLabel: Text;
  /** Claims of one family with distinct values can be matched against each other. */
  matchFamily?: string;
  difficulty: Difficulty;
  /** Two-way claims (in person or by video) make true/false questions only. */
  trueFalseOnly?: boolean;
}

/** A dated event, for ordering questions. */
export interface TimelineEvent {
  factId: string;
  label: Text;
  date: PartialDate;
  /** The claim of its date, which placing it reviews ("sco-ssc-19/date"); "<factId>/date" if absent. */
  claim?: string;
}

const BLANK = '＿＿';
const BLANK_EN = '____';

function t(zh: string, en: string): Text {
  return { zh, en };
}

type Namer = ReturnType<typeof makeNamer>;
const namers = new WeakMap<ContentIndex, Namer>();

/** A helper bound to one content index, so the builders below read short; made once per index. */
function namer(index: ContentIndex): Namer {
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
  const meetingName = (series: string, n: number): Text => {
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
  };
  return { name, shortName, list, meetingName };
}

/** A numbered meeting's name: 上海合作组织成员国安全会议秘书第十九次会议 / 19th Meeting of … */
export function meetingName(index: ContentIndex, series: string, n: number): Text {
  return namer(index).meetingName(series, n);
}

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

export function joinEnglish(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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

/**
 * A claim whose question names its own answer is not asked: "In which city was the Shanghai
 * Cooperation Organisation founded?", "In which country was the 8th National Congress of the
 * Communist Party of China held?".
 */
function givesAway(index: ContentIndex, claim: Claim): boolean {
  const asks = [claim.ask, claim.askMany, claim.recall, claim.blank].filter(
    (x): x is Text => x !== undefined,
  );
  return claim.values.some((v) => {
    const label = valueLabel(index, v);
    return asks.some(
      (a) =>
        (label.zh.length > 1 && a.zh.includes(label.zh)) ||
        (label.en.length > 3 && a.en.toLowerCase().includes(label.en.toLowerCase())),
    );
  });
}

/** A sentence or question may begin with a name that reads "the …" in a sentence. */
function capitalised(claim: Claim): Claim {
  const up = (x: Text): Text => ({ zh: x.zh, en: capitalise(x.en) });
  const statement = claim.statement;
  return {
    ...claim,
    ask: up(claim.ask),
    ...(claim.askMany ? { askMany: up(claim.askMany) } : {}),
    ...(claim.recall ? { recall: up(claim.recall) } : {}),
    ...(claim.blank ? { blank: up(claim.blank) } : {}),
    statement: (v) => up(statement(v)),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Dates in the content that a date question may borrow distractors from. */
function knownDates(index: ContentIndex): readonly PartialDate[] {
  return lookups(index).knownDates();
}

function dateAvoid(fact: { span?: { start: PartialDate; end: PartialDate } }): Value[] {
  return fact.span
    ? [
        { type: 'date', date: fact.span.start },
        { type: 'date', date: fact.span.end },
      ]
    : [];
}

/** 王小洪线下出席了第十九次会议并作主旨发言。/ Wang Xiaohong attended the 19th meeting in person and gave the keynote speech. */
function attendedSentence(index: ContentIndex, person: Text, meeting: Text, v: Value): Text {
  if (v.type !== 'participation') return t('', '');
  const how = v.mode === 'video' ? t('以视频方式出席了', 'by video') : t('线下出席了', 'in person');
  const speech =
    v.speech === 'keynote'
      ? t('并作主旨发言', ' and gave the keynote speech')
      : v.speech === 'speech'
        ? t('并发言', ' and spoke')
        : t('', '');
  return t(
    `${person.zh}${how.zh}${meeting.zh}${speech.zh}。`,
    `${person.en} attended ${the(index, meeting.en)} ${how.en}${speech.en}.`,
  );
}

const meetingsByPlace = new WeakMap<SeriesFacts, Map<string, MeetingFact[]>>();

/** The series' meetings held in the same city as `m` (or online, for a meeting with no city). */
function meetingsAt(series: SeriesFacts, m: MeetingFact): readonly MeetingFact[] {
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

function meetingClaims(index: ContentIndex, m: MeetingFact): Claim[] {
  const { name, shortName, meetingName } = namer(index);
  const M = meetingName(m.series, m.ordinal);
  const counting = seriesCounting(index, m.series);
  const { measure, noun, was } = counting;
  const label = ordinalLabel(m.ordinal, measure);
  const subjectLabel = t(`${label.zh}${noun.zh}`, `${label.en} ${noun.en}`);
  const series = lookups(index).series(m.series);
  const claims: Claim[] = [];
  const base = { factIds: [m.id], subjectLabel };

  // A series that always meets in one city (every NPC session in Beijing) is not asked where:
  // the answer is no test, and its distractors could only come from unrelated decks.
  const oneCity = series.meetings.length >= 3 && new Set(series.cities).size === 1;
  const oneHost = series.meetings.length >= 3 && new Set(series.hosts).size === 1;
  if (m.city && !oneCity) {
    const cities = series.cities;
    claims.push({
      ...base,
      id: `${m.id}/city`,
      relation: 'meeting.city',
      values: [{ type: 'entity', id: m.city }],
      pool: { type: 'entity', entityTypes: ['city'], related: cities },
      ask: t(`${M.zh}在哪座城市举行？`, `In which city ${was} ${the(index, M.en)} held?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${M.zh}在${c.zh}举行。`,
          `${capitalise(the(index, M.en))} ${was} held in ${c.en}.`,
        );
      },
      blank: t(
        `${M.zh}在${BLANK}（城市）举行。`,
        `${capitalise(the(index, M.en))} ${was} held in the city of ${BLANK_EN}.`,
      ),
      matchFamily: `${m.series}:city`,
      difficulty: 2,
    });
  }

  if (!oneHost)
    claims.push({
      ...base,
      id: `${m.id}/host`,
      relation: 'meeting.hostCountry',
      values: [{ type: 'entity', id: m.hostCountry }],
      pool: {
        type: 'entity',
        entityTypes: ['country'],
        related: series.hosts,
      },
      // A meeting in a city is asked where it was held (a party congress has no host); one held
      // online with no host city, which country hosted it.
      ...(m.city
        ? {
            ask: t(`${M.zh}在哪个国家举行？`, `In which country ${was} ${the(index, M.en)} held?`),
            statement: (v: Value) => {
              const c = inSentence(index, v);
              return t(
                `${M.zh}在${c.zh}举行。`,
                `${capitalise(the(index, M.en))} ${was} held in ${c.en}.`,
              );
            },
            blank: t(
              `${M.zh}在${BLANK}（国家）举行。`,
              `${capitalise(the(index, M.en))} ${was} held in the country of ${BLANK_EN}.`,
            ),
          }
        : {
            ask: t(`${M.zh}由哪个国家主办？`, `Which country hosted ${the(index, M.en)}?`),
            statement: (v: Value) => {
              const c = inSentence(index, v);
              return t(
                `${M.zh}由${c.zh}主办。`,
                `${capitalise(the(index, M.en))} ${was} hosted by ${c.en}.`,
              );
            },
            blank: t(
              `${M.zh}由${BLANK}（国家）主办。`,
              `${capitalise(the(index, M.en))} ${was} hosted by the country of ${BLANK_EN}.`,
            ),
          }),
      matchFamily: `${m.series}:host`,
      difficulty: 1,
    });

  const onDay = /-\d\d-\d\d$/.test(m.date);
  const mainSession = m.span && m.span.start !== m.span.end && onDay;
  claims.push({
    ...base,
    id: `${m.id}/date`,
    relation: 'meeting.date',
    values: [{ type: 'date', date: m.date }],
    avoid: dateAvoid(m),
    // Other meetings of the series first: an SCO meeting's date is no distractor for the Games.
    pool: { type: 'date', known: series.dates.length > 3 ? series.dates : knownDates(index) },
    ask: counting.opening
      ? t(
          `${M.zh}于${onDay ? '哪一天' : '何时'}开幕？`,
          `${onDay ? 'On what date' : 'When'} did ${the(index, M.en)} open?`,
        )
      : mainSession
        ? t(
            `${M.zh}的主要会议于哪一天举行？`,
            `On what date was the main session of ${the(index, M.en)} held?`,
          )
        : t(`${M.zh}于何时举行？`, `When ${was} ${the(index, M.en)} held?`),
    statement: (v) => {
      const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
      return counting.opening
        ? t(`${M.zh}于${d.zh}开幕。`, `${capitalise(the(index, M.en))} opened ${d.en}.`)
        : mainSession
          ? t(
              `${M.zh}的主要会议于${d.zh}举行。`,
              `The main session of ${the(index, M.en)} was held ${d.en}.`,
            )
          : t(`${M.zh}于${d.zh}举行。`, `${capitalise(the(index, M.en))} ${was} held ${d.en}.`);
    },
    // Matched within the series: a match label names the meeting by its number alone.
    matchFamily: `${m.series}:date`,
    difficulty: 3,
  });

  // Which number was the meeting held in this place at this time? Only asked when that is unique.
  const month = m.date.slice(0, 7);
  const when = formatDate(/^\d{4}-\d\d/.test(month) ? month : m.date.slice(0, 4));
  const where = m.city
    ? t(`在${name(m.city).zh}`, `in ${name(m.city).en}`)
    : t('以视频方式', 'by video');
  const sameDescription = meetingsAt(series, m).filter(
    (f) =>
      f.city === m.city &&
      (m.city !== null || f.format === m.format) &&
      compareDates(f.date.slice(0, 7), m.date.slice(0, 7)) === 0,
  );
  if (sameDescription.length === 1) {
    const S = shortName(m.series);
    claims.push({
      ...base,
      id: `${m.id}/ordinal`,
      relation: 'meeting.ordinal',
      values: [{ type: 'ordinal', n: m.ordinal, measure }],
      pool: { type: 'ordinal', known: series.ordinals, measure },
      ask: t(
        `${when.zh}${where.zh}举行的${S.zh}是第几${measure}${noun.zh}？`,
        `What edition of ${the(index, S.en)} was held ${where.en} in ${when.en}?`,
      ),
      statement: (v) => {
        const n = v.type === 'ordinal' ? meetingName(m.series, v.n) : valueLabel(index, v);
        return t(
          `${when.zh}${where.zh}举行的是${n.zh}。`,
          `The edition of ${the(index, S.en)} held ${where.en} in ${when.en} was ${the(index, n.en)}.`,
        );
      },
      blank: t(
        `${when.zh}${where.zh}举行的${S.zh}是第${BLANK}${measure}${noun.zh}。`,
        `The edition of ${the(index, S.en)} held ${where.en} in ${when.en} was the ${BLANK_EN}.`,
      ),
      subjectLabel: t(`${when.zh}${where.zh}`, `${capitalise(where.en)}, ${when.en}`),
      difficulty: 2,
    });
  }

  // A series whose meetings were all held one way (every party congress in person) is not asked.
  if (series.formats.size > 1)
    claims.push({
      ...base,
      id: `${m.id}/format`,
      relation: 'meeting.format',
      values: [{ type: 'format', format: m.format }],
      pool: {
        type: 'enum',
        values: (['in-person', 'video', 'hybrid'] as const).map((format) => ({
          type: 'format',
          format,
        })),
      },
      ask: t(`${M.zh}以何种形式举行？`, `In what format was ${the(index, M.en)} held?`),
      statement: (v) => {
        const f = v.type === 'format' ? formatLabel(v.format) : valueLabel(index, v);
        const en =
          v.type === 'format' && v.format === 'hybrid'
            ? 'in a hybrid format, in person and online'
            : f.en;
        return t(`${M.zh}以${f.zh}形式举行。`, `${capitalise(the(index, M.en))} was held ${en}.`);
      },
      difficulty: 2,
    });

  for (const a of m.attendance) {
    const P = name(a.person);
    const C = name(a.country);
    if (a.speech) {
      const combos: Value[] = (['in-person', 'video'] as const).flatMap((mode) =>
        (['keynote', 'speech'] as const).map((speech) => ({
          type: 'participation' as const,
          mode,
          speech,
        })),
      );
      claims.push({
        ...base,
        id: `${m.id}/${a.person}/took-part`,
        relation: 'attendance.participation',
        values: [{ type: 'participation', mode: a.mode, speech: a.speech }],
        // Whoever gave the keynote also spoke: "attended and spoke" is true of them, so never wrong.
        avoid:
          a.speech === 'keynote' ? [{ type: 'participation', mode: a.mode, speech: 'speech' }] : [],
        pool: { type: 'enum', values: combos },
        ask: t(
          `${P.zh}以何种方式参加了${M.zh}？`,
          `How did ${P.en} take part in ${the(index, M.en)}?`,
        ),
        statement: (v) => attendedSentence(index, P, M, v),
        difficulty: 2,
      });
    } else {
      claims.push({
        ...base,
        id: `${m.id}/${a.person}/mode`,
        relation: 'attendance.mode',
        values: [{ type: 'participation', mode: a.mode }],
        pool: {
          type: 'enum',
          values: [
            { type: 'participation', mode: 'in-person' },
            { type: 'participation', mode: 'video' },
          ],
        },
        ask: t(`${P.zh}以何种方式出席了${M.zh}？`, `How did ${P.en} attend ${the(index, M.en)}?`),
        statement: (v) => attendedSentence(index, P, M, v),
        difficulty: 1,
        trueFalseOnly: true,
      });
    }
    const sameCountry = m.attendance.filter((x) => x.country === a.country);
    if (sameCountry.length === 1) {
      const attendees = series.attendees;
      claims.push({
        ...base,
        id: `${m.id}/${a.country}/attendee`,
        relation: 'attendance.person',
        values: [{ type: 'entity', id: a.person }],
        pool: { type: 'entity', entityTypes: ['person'], related: attendees },
        ask: t(`谁代表${C.zh}出席了${M.zh}？`, `Who represented ${C.en} at ${the(index, M.en)}?`),
        statement: (v) => {
          const p = valueLabel(index, v);
          return t(
            `${p.zh}代表${C.zh}出席了${M.zh}。`,
            `${p.en} represented ${C.en} at ${the(index, M.en)}.`,
          );
        },
        blank: t(
          `代表${C.zh}出席${M.zh}的是${BLANK}。`,
          `${BLANK_EN} represented ${C.en} at ${the(index, M.en)}.`,
        ),
        matchFamily: `${m.series}:${a.country}:attendee`,
        difficulty: 2,
      });
    }
  }
  return claims;
}

/** A claim across the meetings of a series, with the place in content order where it first arises. */
interface RankedClaim {
  claim: Claim;
  /** The position of the first meeting the person attended in this way, then of the attendance. */
  rank: [number, number];
}

const seriesAttendance = new WeakMap<ContentIndex, Map<string, RankedClaim[]>>();

/** Across a series: which meetings did this person attend in this way? Once per series. */
function attendanceAcrossSeries(index: ContentIndex, seriesId: string): RankedClaim[] {
  let bySeries = seriesAttendance.get(index);
  if (!bySeries) {
    bySeries = new Map();
    seriesAttendance.set(index, bySeries);
  }
  const cached = bySeries.get(seriesId);
  if (cached) return cached;
  const { name, shortName } = namer(index);
  const look = lookups(index);
  const series = look.series(seriesId);
  const groups = new Map<
    string,
    { series: string; person: string; mode: 'in-person' | 'video'; rank: [number, number] }
  >();
  for (const m of series.meetings) {
    m.attendance.forEach((a, i) => {
      const key = `${m.series}/${a.person}/${a.mode}`;
      if (!groups.has(key))
        groups.set(key, {
          series: m.series,
          person: a.person,
          mode: a.mode,
          rank: [look.position(m.id), i],
        });
    });
  }
  const claims: RankedClaim[] = [];
  for (const [key, g] of groups) {
    const inSeries = series.recorded;
    const yes = inSeries.filter((m) =>
      m.attendance.some((a) => a.person === g.person && a.mode === g.mode),
    );
    // Only meetings whose attendance is recorded can be known not to match.
    const yesIds = new Set(yes.map((m) => m.id));
    const no = inSeries.filter((m) => !yesIds.has(m.id));
    const P = name(g.person);
    const S = shortName(g.series);
    const how = participationPhrase(g.mode);
    const { measure } = seriesCounting(index, g.series);
    const inEnglish = g.mode === 'video' ? 'by video' : 'in person';
    claims.push({
      rank: g.rank,
      claim: {
        id: `${key}/meetings`,
        relation: 'attendance.meetings',
        factIds: yes.map((m) => m.id),
        values: yes.map((m) => ({ type: 'ordinal', n: m.ordinal, measure })),
        knownFalse: no.map((m) => ({ type: 'ordinal', n: m.ordinal, measure })),
        pool: { type: 'ordinal', known: inSeries.map((m) => m.ordinal), measure },
        ask: t(
          `${P.zh}${how.zh}的是哪一${measure}${S.zh}？`,
          `Which ${S.en} did ${P.en} attend ${inEnglish}?`,
        ),
        askMany: t(
          `${P.zh}${how.zh}了哪几${measure}${S.zh}？（多选）`,
          `Which ${S.en}s did ${P.en} attend ${inEnglish}? (Select all that apply.)`,
        ),
        recall: t(
          `${P.zh}${how.zh}了哪几${measure}${S.zh}？`,
          `Which ${S.en}s did ${P.en} attend ${inEnglish}?`,
        ),
        statement: (v) => {
          const M = v.type === 'ordinal' ? meetingName(index, g.series, v.n) : valueLabel(index, v);
          return t(
            `${P.zh}${how.zh}了${M.zh}。`,
            `${P.en} attended ${the(index, M.en)} ${inEnglish}.`,
          );
        },
        subjectLabel: t(
          `${P.zh}${how.zh}`,
          `${P.en}, ${g.mode === 'video' ? 'by video' : 'in person'}`,
        ),
        difficulty: 3,
      },
    });
  }
  bySeries.set(seriesId, claims);
  return claims;
}

/** The across-series claims of these series, in the order they first arise in the content. */
function acrossSeries(index: ContentIndex, seriesIds: Iterable<string>): Claim[] {
  const ranked = [...seriesIds].flatMap((id) => attendanceAcrossSeries(index, id));
  return ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]).map((r) => r.claim);
}

function foundingClaims(index: ContentIndex, f: FoundingFact): Claim[] {
  const { name, shortName } = namer(index);
  const org = index.entity(f.organisation);
  const O = name(f.organisation);
  const mechanism = org.type === 'meeting-series';
  const subject = mechanism
    ? t(`${O.zh}机制`, `the mechanism of the ${O.en}`)
    : t(O.zh, the(index, O.en));
  const subjectLabel = mechanism
    ? t(
        `${shortName(f.organisation).zh}机制建立`,
        `${shortName(f.organisation).en} mechanism set up`,
      )
    : t(`${shortName(f.organisation).zh}成立`, `${shortName(f.organisation).en} founded`);
  const base = { factIds: [f.id], subjectLabel };
  const claims: Claim[] = [
    {
      ...base,
      id: `${f.id}/date`,
      relation: 'founding.date',
      values: [{ type: 'date', date: f.date }],
      pool: { type: 'date', known: knownDates(index) },
      ask: mechanism
        ? t(`${O.zh}机制于何时建立？`, `When was ${subject.en} set up?`)
        : t(`${O.zh}于何时成立？`, `When was ${subject.en} founded?`),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return mechanism
          ? t(`${O.zh}机制于${d.zh}建立。`, `${capitalise(subject.en)} was set up ${d.en}.`)
          : t(`${O.zh}于${d.zh}成立。`, `${capitalise(subject.en)} was founded ${d.en}.`);
      },
      matchFamily: 'date',
      difficulty: 2,
    },
  ];
  if (f.city) {
    claims.push({
      ...base,
      id: `${f.id}/city`,
      relation: 'founding.city',
      values: [{ type: 'entity', id: f.city }],
      pool: { type: 'entity', entityTypes: ['city'], related: [] },
      ask: t(`${O.zh}在哪座城市成立？`, `In which city was ${the(index, O.en)} founded?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${O.zh}在${c.zh}成立。`,
          `${capitalise(the(index, O.en))} was founded in ${c.en}.`,
        );
      },
      blank: t(
        `${O.zh}在${BLANK}（城市）成立。`,
        `${capitalise(the(index, O.en))} was founded in the city of ${BLANK_EN}.`,
      ),
      difficulty: 1,
    });
  }
  if (f.foundingMembers && f.foundingMembers.length > 0) {
    const members = f.foundingMembers;
    claims.push({
      ...base,
      id: `${f.id}/founders`,
      relation: 'founding.members',
      values: members.map((id) => ({ type: 'entity', id })),
      pool: { type: 'entity', entityTypes: ['country'], related: [] },
      ask: t(
        `以下哪个国家是${O.zh}的创始成员国？`,
        `Which of these countries was a founding member of ${the(index, O.en)}?`,
      ),
      askMany: t(
        `以下哪些国家是${O.zh}的创始成员国？（多选）`,
        `Which of these countries were founding members of ${the(index, O.en)}? (Select all that apply.)`,
      ),
      recall: t(`${O.zh}的创始成员国有哪些？`, `Which countries founded ${the(index, O.en)}?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${c.zh}是${O.zh}的创始成员国。`,
          `${c.en} was a founding member of ${the(index, O.en)}.`,
        );
      },
      difficulty: 2,
    });
    claims.push({
      ...base,
      id: `${f.id}/founder-count`,
      relation: 'founding.memberCount',
      values: [{ type: 'count', n: members.length, unit: 'country' }],
      pool: { type: 'count', unit: 'country' },
      ask: t(
        `${O.zh}成立时有几个创始成员国？`,
        `How many founding member states did ${the(index, O.en)} have?`,
      ),
      statement: (v) => {
        const n = v.type === 'count' ? v.n : 0;
        return t(
          `${O.zh}的创始成员国共有${n}个。`,
          `${capitalise(the(index, O.en))} had ${n} founding member states.`,
        );
      },
      blank: t(
        `${O.zh}的创始成员国共有${BLANK}个。`,
        `${capitalise(the(index, O.en))} had ${BLANK_EN} founding member states.`,
      ),
      difficulty: 1,
    });
  }
  return claims;
}

function membershipClaims(index: ContentIndex, ms: MembershipFact): Claim[] {
  const { name, list } = namer(index);
  const O = name(ms.organisation);
  const E = ms.event ? name(ms.event) : undefined;
  const D = datePhrase(ms.date);
  const J = list(ms.joined);
  const plural = ms.joined.length > 1;
  const subjectLabel = t(`${J.zh}加入`, `${J.en} ${plural ? 'join' : 'joins'}`);
  const base = { factIds: [ms.id], subjectLabel };
  const memberships = lookups(index).memberships();
  const eventClaim = (event: string): Claim => ({
    ...base,
    id: `${ms.id}/event`,
    relation: 'membership.event',
    values: [{ type: 'entity', id: event }],
    pool: {
      type: 'entity',
      entityTypes: ['summit'],
      related: memberships.events,
    },
    ask: t(
      `${J.zh}是在哪次峰会上获准加入${O.zh}的？`,
      `At which summit ${plural ? 'were' : 'was'} ${J.en} admitted to ${the(index, O.en)}?`,
    ),
    statement: (v) => {
      const e = inSentence(index, v);
      return t(
        `${J.zh}在${e.zh}上获准加入${O.zh}。`,
        `${J.en} ${plural ? 'were' : 'was'} admitted to ${the(index, O.en)} at ${the(index, e.en)}.`,
      );
    },
    difficulty: 2,
  });
  const claims: Claim[] = [
    {
      ...base,
      id: `${ms.id}/joined`,
      relation: 'membership.joined',
      values: ms.joined.map((id) => ({ type: 'entity', id })),
      pool: {
        type: 'entity',
        entityTypes: ['country'],
        related: memberships.joined,
      },
      ask: E
        ? t(
            `在${E.zh}上，哪个国家获准加入${O.zh}？`,
            `Which country was admitted to ${the(index, O.en)} at ${the(index, E.en)}?`,
          )
        : t(
            `${D.zh}，哪个国家成为${O.zh}成员国？`,
            `Which country became a member of ${the(index, O.en)} ${D.en}?`,
          ),
      askMany: E
        ? t(
            `在${E.zh}上，哪些国家获得了${O.zh}成员国地位？（多选）`,
            `Which countries were admitted as members of ${the(index, O.en)} at ${the(index, E.en)}? (Select all that apply.)`,
          )
        : t(
            `${D.zh}，哪些国家成为${O.zh}成员国？（多选）`,
            `Which countries became members of ${the(index, O.en)} ${D.en}? (Select all that apply.)`,
          ),
      statement: (v) => {
        const c = inSentence(index, v);
        return E
          ? t(
              `${c.zh}在${E.zh}上获准加入${O.zh}。`,
              `${c.en} was admitted to ${the(index, O.en)} at ${the(index, E.en)}.`,
            )
          : t(
              `${c.zh}于${D.zh}成为${O.zh}成员国。`,
              `${c.en} became a member of ${the(index, O.en)} ${D.en}.`,
            );
      },
      difficulty: 2,
    },
    {
      ...base,
      id: `${ms.id}/year`,
      relation: 'membership.year',
      values: [{ type: 'year', year: yearOf(ms.date) }],
      pool: { type: 'year', known: memberships.years },
      ask: t(
        `${J.zh}于哪一年成为${O.zh}成员国？`,
        `In which year did ${J.en} become ${plural ? 'members' : 'a member'} of ${the(index, O.en)}?`,
      ),
      statement: (v) => {
        const y = v.type === 'year' ? v.year : 0;
        return t(
          `${J.zh}于${y}年成为${O.zh}成员国。`,
          `${J.en} became ${plural ? 'members' : 'a member'} of ${the(index, O.en)} in ${y}.`,
        );
      },
      blank: t(
        `${J.zh}于${BLANK}年成为${O.zh}成员国。`,
        `${J.en} became ${plural ? 'members' : 'a member'} of ${the(index, O.en)} in ${BLANK_EN}.`,
      ),
      matchFamily: `${ms.organisation}:join-year`,
      difficulty: 2,
    },
    ...(ms.event ? [eventClaim(ms.event)] : []),
    {
      ...base,
      id: `${ms.id}/members-after`,
      relation: 'membership.membersAfter',
      values: [{ type: 'count', n: ms.membersAfter, unit: 'country' }],
      pool: { type: 'count', unit: 'country' },
      ask: t(
        `${J.zh}加入后，${O.zh}共有几个成员国？`,
        `After ${J.en} joined, how many member states did ${the(index, O.en)} have?`,
      ),
      statement: (v) => {
        const n = v.type === 'count' ? v.n : 0;
        return t(
          `${J.zh}加入后，${O.zh}成员国增至${n}个。`,
          `With ${J.en}, ${the(index, O.en)} grew to ${n} member states.`,
        );
      },
      blank: t(
        `${J.zh}加入后，${O.zh}成员国增至${BLANK}个。`,
        `With ${J.en}, ${the(index, O.en)} grew to ${BLANK_EN} member states.`,
      ),
      difficulty: 2,
    },
  ];
  return claims;
}

/** People who could plausibly be asked about as hosts, chairs or proposers. */
function leaders(index: ContentIndex): readonly string[] {
  return lookups(index).leaders();
}

function audienceClaims(index: ContentIndex, au: AudienceFact): Claim[] {
  const { name, list } = namer(index);
  const H = name(au.host);
  const G = list(au.guests);
  const C = name(au.city);
  const D = datePhrase(au.date);
  const hostWithRole = t(`${au.hostRole.zh}${H.zh}`, `${H.en} (${au.hostRole.en})`);
  // Each claim names its subject without giving its own answer away in a matching question.
  const meeting = t(`${H.zh}会见${G.zh}`, `${H.en} meets ${G.en}`);
  const base = { factIds: [au.id], subjectLabel: meeting };
  const hostLabel = t(`${D.zh}在${C.zh}会见${G.zh}`, `Met ${G.en} in ${C.en} ${D.en}`);
  return [
    {
      ...base,
      id: `${au.id}/host`,
      relation: 'audience.host',
      values: [{ type: 'entity', id: au.host }],
      // Only leaders named elsewhere as hosts, chairs or proposers: never the guests themselves.
      pool: {
        type: 'entity',
        entityTypes: [],
        related: leaders(index),
        exclude: au.guests,
      },
      ask: t(`${D.zh}，谁在${C.zh}会见了${G.zh}？`, `Who met ${G.en} in ${C.en} ${D.en}?`),
      subjectLabel: hostLabel,
      statement: (v) => {
        const p = valueLabel(index, v);
        return t(
          `${D.zh}，${p.zh}在${C.zh}会见了${G.zh}。`,
          `${capitalise(D.en)}, ${p.en} met ${G.en} in ${C.en}.`,
        );
      },
      blank: t(
        `${D.zh}，${BLANK}在${C.zh}会见了${G.zh}。`,
        `${capitalise(D.en)}, ${BLANK_EN} met ${G.en} in ${C.en}.`,
      ),
      matchFamily: 'audience:host',
      difficulty: 2,
    },
    {
      ...base,
      id: `${au.id}/city`,
      relation: 'audience.city',
      values: [{ type: 'entity', id: au.city }],
      pool: {
        type: 'entity',
        entityTypes: ['city'],
        related: lookups(index).audienceCities(),
      },
      ask: t(
        `${D.zh}，${hostWithRole.zh}在哪座城市会见了${G.zh}？`,
        `In which city did ${hostWithRole.en} meet ${G.en} ${D.en}?`,
      ),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${D.zh}，${hostWithRole.zh}在${c.zh}会见了${G.zh}。`,
          `${capitalise(D.en)}, ${hostWithRole.en} met ${G.en} in ${c.en}.`,
        );
      },
      blank: t(
        `${D.zh}，${hostWithRole.zh}在${BLANK}（城市）会见了${G.zh}。`,
        `${capitalise(D.en)}, ${hostWithRole.en} met ${G.en} in the city of ${BLANK_EN}.`,
      ),
      matchFamily: 'audience:city',
      difficulty: 1,
    },
    {
      ...base,
      id: `${au.id}/date`,
      relation: 'audience.date',
      values: [{ type: 'date', date: au.date }],
      pool: { type: 'date', known: knownDates(index) },
      ask: t(
        `${hostWithRole.zh}在${C.zh}会见${G.zh}是在哪一天？`,
        `On what date did ${hostWithRole.en} meet ${G.en} in ${C.en}?`,
      ),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return t(
          `${hostWithRole.zh}于${d.zh}在${C.zh}会见了${G.zh}。`,
          `${hostWithRole.en} met ${G.en} in ${C.en} ${d.en}.`,
        );
      },
      matchFamily: 'date',
      difficulty: 3,
    },
  ];
}

function initiativeClaims(index: ContentIndex, i: InitiativeFact): Claim[] {
  const { name } = namer(index);
  const I = name(i.initiative);
  const P = name(i.proposer);
  const E = name(i.event);
  const subjectLabel = t(`首次提出${I.zh}`, `${I.en} first proposed`);
  const base = { factIds: [i.id], subjectLabel };
  const how = (mode: 'in-person' | 'video'): Text =>
    mode === 'video' ? t('以视频方式', 'by video') : t('在现场', 'in person');
  return [
    {
      ...base,
      id: `${i.id}/proposer`,
      relation: 'initiative.proposer',
      values: [{ type: 'entity', id: i.proposer }],
      pool: { type: 'entity', entityTypes: [], related: leaders(index) },
      ask: t(`${I.zh}是由谁首次提出的？`, `Who first proposed the ${I.en}?`),
      statement: (v) => {
        const p = valueLabel(index, v);
        return t(`${I.zh}由${p.zh}首次提出。`, `The ${I.en} was first proposed by ${p.en}.`);
      },
      blank: t(`${I.zh}由${BLANK}首次提出。`, `The ${I.en} was first proposed by ${BLANK_EN}.`),
      difficulty: 1,
    },
    {
      ...base,
      id: `${i.id}/date`,
      relation: 'initiative.date',
      values: [{ type: 'date', date: i.date }],
      pool: { type: 'date', known: knownDates(index) },
      ask: t(`${I.zh}于何时首次提出？`, `When was the ${I.en} first proposed?`),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return t(`${I.zh}于${d.zh}首次提出。`, `The ${I.en} was first proposed ${d.en}.`);
      },
      matchFamily: 'date',
      difficulty: 2,
    },
    {
      ...base,
      id: `${i.id}/event`,
      relation: 'initiative.event',
      values: [{ type: 'entity', id: i.event }],
      pool: { type: 'entity', entityTypes: ['summit', 'forum'], related: [] },
      ask: t(
        `${P.zh}在什么场合首次提出${I.zh}？`,
        `At which event did ${P.en} first propose the ${I.en}?`,
      ),
      statement: (v) => {
        const e = inSentence(index, v);
        return t(
          `${P.zh}在${e.zh}上首次提出${I.zh}。`,
          `${P.en} first proposed the ${I.en} at ${the(index, e.en)}.`,
        );
      },
      difficulty: 2,
    },
    {
      ...base,
      id: `${i.id}/mode`,
      relation: 'initiative.mode',
      values: [{ type: 'participation', mode: i.mode }],
      pool: {
        type: 'enum',
        values: [
          { type: 'participation', mode: 'in-person' },
          { type: 'participation', mode: 'video' },
        ],
      },
      ask: t(
        `${P.zh}以何种方式首次提出${I.zh}？`,
        `How did ${P.en} deliver the speech that first proposed the ${I.en}?`,
      ),
      statement: (v) => {
        const h = v.type === 'participation' ? how(v.mode) : valueLabel(index, v);
        return t(
          `${P.zh}在${E.zh}上${h.zh}发表讲话，首次提出${I.zh}。`,
          `${P.en} first proposed the ${I.en} at ${the(index, E.en)} in a speech delivered ${h.en}.`,
        );
      },
      difficulty: 2,
      trueFalseOnly: true,
    },
  ];
}

function summitClaims(index: ContentIndex, s: SummitFact): Claim[] {
  const { name } = namer(index);
  const S = name(s.summit);
  const subjectLabel = S;
  const base = { factIds: [s.id], subjectLabel };
  const mainSession = s.span && s.span.start !== s.span.end;
  const claims: Claim[] = [];
  if (s.city) {
    claims.push({
      ...base,
      id: `${s.id}/city`,
      relation: 'summit.city',
      values: [{ type: 'entity', id: s.city }],
      pool: { type: 'entity', entityTypes: ['city'], related: [] },
      ask: t(`${S.zh}在哪座城市举行？`, `In which city was ${the(index, S.en)} held?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(`${S.zh}在${c.zh}举行。`, `${capitalise(the(index, S.en))} was held in ${c.en}.`);
      },
      blank: t(
        `${S.zh}在${BLANK}（城市）举行。`,
        `${capitalise(the(index, S.en))} was held in the city of ${BLANK_EN}.`,
      ),
      difficulty: 1,
    });
  }
  claims.push({
    ...base,
    id: `${s.id}/date`,
    relation: 'summit.date',
    values: [{ type: 'date', date: s.date }],
    avoid: dateAvoid(s),
    pool: { type: 'date', known: knownDates(index) },
    ask: mainSession
      ? t(
          `${S.zh}的主要会议于哪一天举行？`,
          `On what date was the main meeting of ${the(index, S.en)} held?`,
        )
      : t(`${S.zh}于何时举行？`, `When was ${the(index, S.en)} held?`),
    statement: (v) => {
      const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
      return mainSession
        ? t(
            `${S.zh}的主要会议于${d.zh}举行。`,
            `The main meeting of ${the(index, S.en)} was held ${d.en}.`,
          )
        : t(`${S.zh}于${d.zh}举行。`, `${capitalise(the(index, S.en))} was held ${d.en}.`);
    },
    matchFamily: 'date',
    difficulty: 2,
  });
  claims.push({
    ...base,
    id: `${s.id}/chair`,
    relation: 'summit.chair',
    values: [{ type: 'entity', id: s.chair }],
    pool: { type: 'entity', entityTypes: [], related: leaders(index) },
    ask: t(`谁主持了${S.zh}？`, `Who chaired ${the(index, S.en)}?`),
    statement: (v) => {
      const p = valueLabel(index, v);
      return t(`${p.zh}主持了${S.zh}。`, `${p.en} chaired ${the(index, S.en)}.`);
    },
    blank: t(`${BLANK}主持了${S.zh}。`, `${BLANK_EN} chaired ${the(index, S.en)}.`),
    difficulty: 1,
  });
  // Documents other than the summit's own, counted without a pass over the whole glossary.
  const documents = lookups(index).documentCounts();
  const otherDocuments =
    index.entitiesOfType('document').length -
    [...new Set(s.documents)].reduce((sum, id) => sum + (documents.get(id) ?? 0), 0);
  if (s.documents.length > 0 && otherDocuments >= 2) {
    claims.push({
      ...base,
      id: `${s.id}/documents`,
      relation: 'summit.documents',
      values: s.documents.map((id) => ({ type: 'entity', id })),
      pool: { type: 'entity', entityTypes: ['document'], related: [] },
      ask: t(
        `${S.zh}通过了以下哪份文件？`,
        `Which of these documents did ${the(index, S.en)} adopt?`,
      ),
      askMany: t(
        `${S.zh}通过了以下哪些文件？（多选）`,
        `Which of these documents did ${the(index, S.en)} adopt? (Select all that apply.)`,
      ),
      recall: t(`${S.zh}通过了哪些文件？`, `Which documents did ${the(index, S.en)} adopt?`),
      statement: (v) => {
        const d = valueLabel(index, v);
        return t(
          `${S.zh}通过了${d.zh}。`,
          `${capitalise(the(index, S.en))} adopted ${the(index, d.en)}.`,
        );
      },
      difficulty: 2,
    });
  }
  return claims;
}

function statementClaims(index: ContentIndex, st: StatementFact): Claim[] {
  const { name } = namer(index);
  const P = name(st.speaker);
  const n = st.occasions.length;
  return [
    {
      id: `${st.id}/count`,
      relation: 'statement.count',
      factIds: [st.id, ...st.occasions],
      values: [{ type: 'count', n, unit: 'occasion' }],
      pool: { type: 'count', unit: 'occasion' },
      ask: t(
        `${st.context.zh}，${P.zh}在几个场合提到要“${st.statement.zh}”？`,
        `${capitalise(st.context.en)}, on how many occasions did ${P.en} call to ${st.statement.en}?`,
      ),
      statement: (v) => {
        const k = v.type === 'count' ? v.n : 0;
        return t(
          `${st.context.zh}，${P.zh}在${k}个场合提到要“${st.statement.zh}”。`,
          `${capitalise(st.context.en)}, ${P.en} called to ${st.statement.en} on ${k} ${k === 1 ? 'occasion' : 'occasions'}.`,
        );
      },
      blank: t(
        `${st.context.zh}，${P.zh}在${BLANK}个场合提到要“${st.statement.zh}”。`,
        `${capitalise(st.context.en)}, ${P.en} called to ${st.statement.en} on ${BLANK_EN} occasions.`,
      ),
      subjectLabel: t(`${P.zh}：“${st.statement.zh}”`, `${P.en}: “${st.statement.en}”`),
      difficulty: 2,
    },
  ];
}

/**
 * How an event is named in an ordering question, without its date or number.
 * `detailed` adds who attended, to tell apart two meetings in one city.
 */
function eventLabel(index: ContentIndex, fact: Fact, detailed = false): Text | undefined {
  const { name, shortName, list } = namer(index);
  switch (fact.kind) {
    case 'meeting': {
      const S = shortName(fact.series);
      const plain = fact.city
        ? t(`${S.zh}在${name(fact.city).zh}举行`, `${capitalise(S.en)} in ${name(fact.city).en}`)
        : t(`${S.zh}以视频方式举行`, `${capitalise(S.en)} held by video`);
      if (!detailed) return plain;
      const who = fact.attendance[0];
      if (!who) return undefined;
      const how = participationPhrase(who.mode);
      return t(
        `${plain.zh}（${name(who.person).zh}${how.zh}）`,
        `${plain.en} (${name(who.person).en} ${how.en})`,
      );
    }
    case 'founding':
      return index.entity(fact.organisation).type === 'meeting-series'
        ? t(
            `${name(fact.organisation).zh}机制建立`,
            `${name(fact.organisation).en}: mechanism set up`,
          )
        : t(
            `${name(fact.organisation).zh}成立`,
            `${capitalise(the(index, name(fact.organisation).en))} is founded`,
          );
    case 'membership':
      return t(
        `${list(fact.joined).zh}加入${shortName(fact.organisation).zh}`,
        `${list(fact.joined).en} join${fact.joined.length > 1 ? '' : 's'} the ${shortName(fact.organisation).en}`,
      );
    case 'audience':
      return t(
        `${name(fact.host).zh}在${name(fact.city).zh}会见${list(fact.guests).zh}`,
        `${name(fact.host).en} meets ${list(fact.guests).en} in ${name(fact.city).en}`,
      );
    case 'initiative':
      return t(
        `${name(fact.proposer).zh}首次提出${name(fact.initiative).zh}`,
        `${name(fact.proposer).en} first proposes the ${name(fact.initiative).en}`,
      );
    case 'summit':
      return t(
        `${name(fact.summit).zh}举行`,
        `${capitalise(the(index, name(fact.summit).en))} is held`,
      );
    default:
      return undefined;
  }
}

function intervalClaims(index: ContentIndex, iv: IntervalFact): Claim[] {
  const to = index.fact(iv.to);
  const toName =
    to.kind === 'meeting'
      ? namer(index).meetingName(to.series, to.ordinal)
      : (eventLabel(index, to) ?? t('该活动', 'that event'));
  return [
    {
      id: `${iv.id}/years`,
      relation: 'interval.years',
      factIds: [iv.id, iv.from, iv.to],
      values: [{ type: 'count', n: iv.years, unit: 'year' }],
      pool: { type: 'count', unit: 'year' },
      ask: t(
        `在${toName.zh}上，${iv.what.zh}。这是时隔几年（按满整年计算）后的首次？`,
        `At ${the(index, toName.en)}, ${iv.what.en}. It was the first time in how many years (counting whole years)?`,
      ),
      statement: (v) => {
        const k = v.type === 'count' ? v.n : 0;
        return t(
          `在${toName.zh}上，${iv.what.zh}，这是时隔${k}年后的首次。`,
          `At ${the(index, toName.en)}, ${iv.what.en}: the first time in ${k} ${k === 1 ? 'year' : 'years'}.`,
        );
      },
      blank: t(
        `在${toName.zh}上，${iv.what.zh}，这是时隔${BLANK}年（按满整年计算）后的首次。`,
        `At ${the(index, toName.en)}, ${iv.what.en}: the first time in ${BLANK_EN} years (counting whole years).`,
      ),
      subjectLabel: t(iv.what.zh, capitalise(iv.what.en)),
      difficulty: 2,
    },
  ];
}

function factClaims(index: ContentIndex, fact: Fact): Claim[] {
  switch (fact.kind) {
    case 'meeting':
      return meetingClaims(index, fact);
    case 'founding':
      return foundingClaims(index, fact);
    case 'membership':
      return membershipClaims(index, fact);
    case 'audience':
      return audienceClaims(index, fact);
    case 'initiative':
      return initiativeClaims(index, fact);
    case 'summit':
      return summitClaims(index, fact);
    case 'statement':
      return statementClaims(index, fact);
    case 'interval':
      return intervalClaims(index, fact);
  }
}

/**
 * Facts whose claims also name other facts (their `factIds` reach beyond the fact itself). A new
 * claim across facts must be listed here, or a deck that holds only the other fact misses it;
 * tests/unit/claims-lookup.test.ts checks this against every claim.
 */
function otherFactsNamed(fact: Fact): readonly string[] {
  switch (fact.kind) {
    case 'statement':
      return fact.occasions;
    case 'interval':
      return [fact.from, fact.to];
    default:
      return [];
  }
}

interface ClaimCache {
  byFact: Map<string, Claim[]>;
  namedBy?: Map<string, string[]>;
}

const claimCaches = new WeakMap<ContentIndex, ClaimCache>();

function claimCache(index: ContentIndex): ClaimCache {
  let cache = claimCaches.get(index);
  if (!cache) {
    cache = { byFact: new Map() };
    claimCaches.set(index, cache);
  }
  return cache;
}

/** The claims of one fact (those across a series aside), built once per content index. */
export function claimsOfFact(index: ContentIndex, fact: Fact): Claim[] {
  const cache = claimCache(index).byFact;
  let claims = cache.get(fact.id);
  if (!claims) {
    claims = factClaims(index, fact)
      .filter((c) => !givesAway(index, c))
      .map(capitalised);
    cache.set(fact.id, claims);
  }
  return claims;
}

/**
 * The claims about one fact as a deck holding it asks them: the fact's own claims, and the claims
 * across its series restricted to the deck's facts. Each is a claim of buildClaims for the deck.
 */
export function claimsInDeck(
  index: ContentIndex,
  fact: Fact,
  deckFactIds: ReadonlySet<string>,
): Claim[] {
  const own = claimsOfFact(index, fact);
  if (fact.kind !== 'meeting') return own;
  const across = attendanceAcrossSeries(index, fact.series).flatMap(({ claim }) =>
    claim.factIds.includes(fact.id) ? (restrictToFacts(claim, deckFactIds) ?? []) : [],
  );
  return [...own, ...across];
}

/** For each fact, the facts whose claims name it besides their own. */
function namedBy(index: ContentIndex): Map<string, string[]> {
  const cache = claimCache(index);
  if (!cache.namedBy) {
    const map = new Map<string, string[]>();
    for (const fact of index.facts) {
      for (const id of otherFactsNamed(fact)) {
        const list = map.get(id);
        if (list) list.push(fact.id);
        else map.set(id, [fact.id]);
      }
    }
    cache.namedBy = map;
  }
  return cache.namedBy;
}

/**
 * Every claim the facts support, in content order. Facts outside `factIds` still decide what is
 * true. With `factIds`, only the claims about those facts are built: the cost follows the deck,
 * not the content.
 */
export function buildClaims(index: ContentIndex, factIds?: ReadonlySet<string>): Claim[] {
  const look = lookups(index);
  if (!factIds) {
    return [
      ...index.facts.flatMap((fact) => claimsOfFact(index, fact)),
      ...acrossSeries(index, look.seriesIds()),
    ];
  }
  const owners = new Set<number>();
  const series = new Set<string>();
  const named = namedBy(index);
  for (const id of factIds) {
    const fact = index.findFact(id);
    if (!fact) continue;
    owners.add(look.position(id));
    for (const other of named.get(id) ?? []) owners.add(look.position(other));
    if (fact.kind === 'meeting') series.add(fact.series);
  }
  const own = [...owners]
    .sort((a, b) => a - b)
    .flatMap((at) => claimsOfFact(index, index.facts[at]!))
    .filter((c) => c.factIds.some((id) => factIds.has(id)));
  const across = acrossSeries(index, series).flatMap((c) => restrictToFacts(c, factIds) ?? []);
  return [...own, ...across];
}

/** A cross-meeting claim asked within one deck: true values only from that deck's meetings. */
function restrictToFacts(claim: Claim, factIds: ReadonlySet<string>): Claim | undefined {
  const inDeck = claim.factIds.filter((id) => factIds.has(id));
  if (inDeck.length === 0) return undefined;
  return { ...claim, factIds: inDeck };
}

interface PlacedEvent extends TimelineEvent {
  position: number;
}

const timelines = new WeakMap<ContentIndex, Map<string, PlacedEvent>>();

/**
 * For events of a list: whether another event of the list shares the label in either language.
 * (An event's own label is counted once, so a label used twice in either language collides.)
 */
function collisions(events: readonly { label: Text }[]): (label: Text) => boolean {
  const zh = new Map<string, number>();
  const en = new Map<string, number>();
  for (const { label } of events) {
    zh.set(label.zh, (zh.get(label.zh) ?? 0) + 1);
    en.set(label.en, (en.get(label.en) ?? 0) + 1);
  }
  return (label) => (zh.get(label.zh) ?? 0) > 1 || (en.get(label.en) ?? 0) > 1;
}

/** Every event of the content whose label tells it apart from every other, once per index. */
function contentTimeline(index: ContentIndex): Map<string, PlacedEvent> {
  const cached = timelines.get(index);
  if (cached) return cached;
  // Labels are compared with every dated event in the content, not only the deck's: a deck that
  // holds one of two meetings in Bishkek must still not call it just "the meeting in Bishkek".
  const plain = index.facts.flatMap((fact, position) => {
    const date = factDate(fact);
    const label = eventLabel(index, fact);
    return date && label ? [{ fact, factId: fact.id, label, date, position }] : [];
  });
  const collidesInPlain = collisions(plain);
  // Two meetings in one city need more detail; an event that stays ambiguous is left out,
  // since a learner could not tell which of the two is meant.
  const detailed = plain.flatMap((e) => {
    if (!collidesInPlain(e.label)) return [e];
    const label = eventLabel(index, e.fact, true);
    return label ? [{ ...e, label }] : [];
  });
  const collidesInDetailed = collisions(detailed);
  const events = new Map<string, PlacedEvent>();
  for (const { factId, label, date, position } of detailed) {
    if (!collidesInDetailed(label)) events.set(factId, { factId, label, date, position });
  }
  timelines.set(index, events);
  return events;
}

/** Dated events for ordering questions, each with a label that does not give its date away. */
export function timelineEvents(index: ContentIndex, facts: readonly Fact[]): TimelineEvent[] {
  const events = contentTimeline(index);
  const wanted = new Set(facts.map((f) => f.id));
  return [...wanted]
    .flatMap((id) => events.get(id) ?? [])
    .sort((a, b) => a.position - b.position)
    .map(({ factId, label, date }) => ({
      factId,
      label,
      date,
      // A membership's date is asked by its year.
      claim: `${factId}/${index.fact(factId).kind === 'membership' ? 'year' : 'date'}`,
    }));
}
