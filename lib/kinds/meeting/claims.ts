import { compareDates, formatDate, yearOf } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { MeetingFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { lookups } from '../../questions/lookups';
import { follows } from '../../questions/rules';
import { englishOrdinal } from '../../questions/numerals';
import {
  datePhrase,
  formatLabel,
  inSentence,
  ordinalLabel,
  participationPhrase,
  type Measure,
  type Value,
  valueLabel,
} from '../../questions/values';
import {
  BLANK,
  BLANK_EN,
  capitalise,
  dateAvoid,
  joinEnglish,
  knownDates,
  monthsOf,
  namer,
  spanMonthAvoid,
  t,
  the,
} from '../../questions/wording';
import type { RankedClaim } from '../types';
import {
  chineseMeetingNames,
  hostCities,
  meetingName,
  meetingsAt,
  representatives,
  seriesCounting,
  seriesOf,
} from './series';

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

export function meetingClaims(index: ContentIndex, m: MeetingFact, rules: number): Claim[] {
  const { name, shortName } = namer(index);
  const nameOf = (series: string, n: number) => meetingName(index, series, n);
  const M = nameOf(m.series, m.ordinal);
  const counting = seriesCounting(index, m.series);
  const { measure, noun, was } = counting;
  const label = ordinalLabel(m.ordinal, measure);
  const subjectLabel = t(`${label.zh}${noun.zh}`, `${label.en} ${noun.en}`);
  const series = seriesOf(index, m.series);
  const claims: Claim[] = [];
  const base = { factIds: [m.id], subjectLabel };
  // A match item names a meeting by its number alone (第十八次会议): the prompt names the series.
  const inSeries = shortName(m.series);
  const matching = (zh: string, en: string): Text =>
    t(`请将下列${inSeries.zh}与${zh}正确配对。`, `Match each ${inSeries.en} with ${en}.`);
  const it = was === 'were' ? 'they' : 'it';

  // A series that always meets in one city (every NPC session in Beijing) is not asked where:
  // the answer is no test, and its distractors could only come from unrelated decks.
  const oneCity = series.meetings.length >= 3 && new Set(series.cities).size === 1;
  const oneHost = series.meetings.length >= 3 && new Set(series.hosts).size === 1;
  const coHosted = follows(rules, 'coHostedCities') && m.coHosts !== undefined;
  if (m.city && !oneCity && coHosted) {
    // Cities that hosted the meeting together: which of them, never "the host city".
    const hosts = [m.city, ...(m.coHosts ?? [])];
    const W = hostCities(index, m);
    claims.push({
      ...base,
      id: `${m.id}/cities`,
      relation: 'meeting.cities',
      values: hosts.map((id) => ({ type: 'entity', id })),
      pool: { type: 'entity', entityTypes: ['city'], related: series.cities },
      ask: t(`${M.zh}由哪些城市联合举办？`, `Which cities co-hosted ${the(index, M.en)}?`),
      askMany: t(
        `${M.zh}由哪些城市联合举办？（多选）`,
        `Which cities co-hosted ${the(index, M.en)}? (Select all that apply.)`,
      ),
      recall: t(`${M.zh}由哪些城市联合举办？`, `Which cities co-hosted ${the(index, M.en)}?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${c.zh}是${M.zh}的联合举办城市之一。`,
          `${capitalise(c.en)} was one of the cities that co-hosted ${the(index, M.en)}.`,
        );
      },
      statementMany: () =>
        t(
          `${M.zh}由${W.zh}联合举办。`,
          `${capitalise(the(index, M.en))} ${was} co-hosted by ${W.en}.`,
        ),
      difficulty: 2,
    });
  }
  if (m.city && !oneCity && !coHosted) {
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
        `The host city of ${the(index, M.en)} was ${BLANK_EN}.`,
      ),
      matchFamily: `${m.series}:city`,
      matchPrompt: matching('其举办城市', 'its host city'),
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
              `The host country of ${the(index, M.en)} was ${BLANK_EN}.`,
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
              `The host country of ${the(index, M.en)} was ${BLANK_EN}.`,
            ),
          }),
      matchFamily: `${m.series}:host`,
      matchPrompt: matching('其举办国', 'its host country'),
      difficulty: 1,
    });

  const onDay = /-\d\d-\d\d$/.test(m.date);
  const overDays = m.span !== undefined && m.span.start !== m.span.end && onDay;
  // By rules 4 a meeting over several days is asked by its month, as a textbook gives it; by
  // rules 1 to 3 the day of its main session.
  const byMonth =
    overDays && !counting.opening && follows(rules, 'spanByMonth') ? m.span : undefined;
  const mainSession = overDays && !byMonth;
  // Other meetings of the series first: an SCO meeting's date is no distractor for the Games.
  const known = series.dates.length > 3 ? series.dates : knownDates(index);
  claims.push({
    ...base,
    id: `${m.id}/date`,
    relation: 'meeting.date',
    values: [{ type: 'date', date: byMonth ? m.date.slice(0, 7) : m.date }],
    avoid: byMonth ? spanMonthAvoid(byMonth) : dateAvoid(m),
    pool: { type: 'date', known: byMonth ? monthsOf(known) : known },
    ask: counting.opening
      ? t(
          `${M.zh}于${onDay ? '哪一天' : '何时'}开幕？`,
          `${onDay ? 'On what date' : 'When'} did ${the(index, M.en)} open?`,
        )
      : mainSession
        ? t(
            `${M.zh}的正式会议于哪一天举行？`,
            `On what date was the main session of ${the(index, M.en)} held?`,
          )
        : t(`${M.zh}于何时举行？`, `When ${was} ${the(index, M.en)} held?`),
    statement: (v) => {
      const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
      return counting.opening
        ? t(`${M.zh}于${d.zh}开幕。`, `${capitalise(the(index, M.en))} opened ${d.en}.`)
        : mainSession
          ? t(
              `${M.zh}的正式会议于${d.zh}举行。`,
              `The main session of ${the(index, M.en)} was held ${d.en}.`,
            )
          : t(`${M.zh}于${d.zh}举行。`, `${capitalise(the(index, M.en))} ${was} held ${d.en}.`);
    },
    // Matched within the series: a match label names the meeting by its number alone.
    matchFamily: `${m.series}:date`,
    // One prompt for the family, whether a meeting is asked by its day or by its month.
    matchPrompt: counting.opening
      ? matching('其开幕日期', `the date ${it} opened`)
      : matching('其举行日期', `the date ${it} ${was} held`),
    difficulty: 3,
  });

  // Which number was the meeting held in this place at this time? Only asked when that is unique.
  const month = m.date.slice(0, 7);
  const when = formatDate(/^\d{4}-\d\d/.test(month) ? month : m.date.slice(0, 4));
  const place = coHosted ? hostCities(index, m) : m.city ? name(m.city) : undefined;
  const where = place ? t(`在${place.zh}`, `in ${place.en}`) : t('以视频方式', 'by video');
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
        `Which ${S.en} ${was} held ${where.en} in ${when.en}?`,
      ),
      statement: (v) => {
        const n = v.type === 'ordinal' ? nameOf(m.series, v.n) : valueLabel(index, v);
        return t(
          `${when.zh}${where.zh}举行的是${n.zh}。`,
          `${capitalise(the(index, n.en))} ${was} held ${where.en} in ${when.en}.`,
        );
      },
      blank: t(
        `${when.zh}${where.zh}举行的${S.zh}是第${BLANK}${measure}${noun.zh}。`,
        `${capitalise(the(index, S.en))} held ${where.en} in ${when.en} ${was} the ${BLANK_EN} ${noun.en}.`,
      ),
      subjectLabel: t(`${when.zh}${where.zh}`, `${capitalise(where.en)}, ${when.en}`),
      difficulty: 2,
    });
  }

  // A series whose meetings were all held one way (every party congress in person) is not asked.
  // By rules 5 a meeting before 2020 is offered no video or hybrid format, and is not asked its
  // format when no other one is left.
  const formats = (['in-person', 'video', 'hybrid'] as const).filter(
    (format) =>
      format === m.format ||
      format === 'in-person' ||
      !follows(rules, 'formatsOfTheTime') ||
      !beforeVideoEra(m),
  );
  if (series.formats.size > 1 && formats.length > 1)
    claims.push({
      ...base,
      id: `${m.id}/format`,
      relation: 'meeting.format',
      values: [{ type: 'format', format: m.format }],
      pool: { type: 'enum', values: formats.map((format) => ({ type: 'format', format })) },
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

  // By rules 7 no one is offered as having attended a meeting before 2020 by video.
  const beforeVideo = follows(rules, 'attendanceOfTheTime') && beforeVideoEra(m);
  for (const a of m.attendance) {
    const P = name(a.person);
    const C = name(a.country);
    const modes = (['in-person', 'video'] as const).filter(
      (mode) => mode === a.mode || mode === 'in-person' || !beforeVideo,
    );
    if (a.speech) {
      const combos: Value[] = modes.flatMap((mode) =>
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
        // By rules 5 a wrong way differs in the mode (in person or by video): keynote or speech
        // alone is a detail no learner could know. By rules 1 to 4 only "attended and spoke" was
        // avoided for whoever gave the keynote, as they also spoke.
        avoid: follows(rules, 'participationByMode')
          ? [
              {
                type: 'participation',
                mode: a.mode,
                speech: a.speech === 'keynote' ? 'speech' : 'keynote',
              },
            ]
          : a.speech === 'keynote'
            ? [{ type: 'participation', mode: a.mode, speech: 'speech' }]
            : [],
        pool: { type: 'enum', values: combos },
        ask: t(
          `${P.zh}以何种方式参加了${M.zh}？`,
          `How did ${P.en} take part in ${the(index, M.en)}?`,
        ),
        statement: (v) => attendedSentence(index, P, M, v),
        // Before 2020 only the other speech in person is left, which rules 5 avoid.
        ...(modes.length === 1 ? { noPlausibleFalsehood: true } : {}),
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
          values: modes.map((mode) => ({ type: 'participation', mode })),
        },
        ask: t(`${P.zh}以何种方式出席了${M.zh}？`, `How did ${P.en} attend ${the(index, M.en)}?`),
        statement: (v) => attendedSentence(index, P, M, v),
        ...(modes.length === 1 ? { noPlausibleFalsehood: true } : {}),
        difficulty: 1,
        trueFalseOnly: true,
      });
    }
    const sameCountry = m.attendance.filter((x) => x.country === a.country);
    if (sameCountry.length === 1) {
      // By rules 4, people who represented the same country at a meeting of the series (China's
      // leaders at a BRICS summit, its ministers at a meeting of security secretaries): never
      // another country's leader, nor a minister at a leaders' summit.
      const attendees = follows(rules, 'personsByRole')
        ? representatives(series, a.country)
        : series.attendees;
      claims.push({
        ...base,
        id: `${m.id}/${a.country}/attendee`,
        relation: 'attendance.person',
        values: [{ type: 'entity', id: a.person }],
        pool: {
          type: 'entity',
          entityTypes: follows(rules, 'personsByRole') ? [] : ['person'],
          related: attendees,
        },
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
        matchPrompt: matching(
          `代表${C.zh}出席的人物`,
          `the person who represented ${C.en} at ${it}`,
        ),
        difficulty: 2,
      });
    }
  }
  return claims;
}

interface AttendanceGroup {
  key: string;
  person: string;
  mode: 'in-person' | 'video';
  rank: [number, number];
  /** The recorded meetings attended so, by ordinal. */
  yes: MeetingFact[];
}

interface SeriesAttendance {
  /** One group per person and way of attending, in order of first attendance in the series. */
  groups: AttendanceGroup[];
  /** The groups of each meeting's attendance, in the order of `groups`. */
  ofMeeting: Map<string, AttendanceGroup[]>;
  /** Each recorded meeting's ordinal as a value, and the ordinals: every claim shares them. */
  ordinals: Map<MeetingFact, Value>;
  known: number[];
  measure: Measure;
  /** The claims built so far, by the rules' variant (ofTheTime) and group. */
  claims: Map<string, RankedClaim>;
  all: Map<boolean, RankedClaim[]>;
}

/**
 * Whether a meeting was held before 2020, when attending or meeting by video was not yet done:
 * such a meeting is offered no video format (rules 5) and no one as attending it by video
 * (rules 7).
 */
function beforeVideoEra(m: MeetingFact): boolean {
  return yearOf(m.date) < 2020;
}

const seriesAttendance = new WeakMap<ContentIndex, Map<string, SeriesAttendance>>();

/**
 * Who attended the series' meetings, and how: found once per series; the claim of each group is
 * built when first asked for (a quiz that draws one meeting builds its attendees' claims, not the
 * series' hundred).
 */
function attendanceOf(index: ContentIndex, seriesId: string): SeriesAttendance {
  let bySeries = seriesAttendance.get(index);
  if (!bySeries) {
    bySeries = new Map();
    seriesAttendance.set(index, bySeries);
  }
  const cached = bySeries.get(seriesId);
  if (cached) return cached;
  const look = lookups(index);
  const series = seriesOf(index, seriesId);
  const byKey = new Map<string, AttendanceGroup>();
  for (const m of series.meetings) {
    m.attendance.forEach((a, i) => {
      const key = `${m.series}/${a.person}/${a.mode}`;
      if (!byKey.has(key))
        byKey.set(key, {
          key,
          person: a.person,
          mode: a.mode,
          rank: [look.position(m.id), i],
          yes: [],
        });
    });
  }
  for (const m of series.recorded)
    for (const a of m.attendance) {
      const { yes } = byKey.get(`${m.series}/${a.person}/${a.mode}`)!;
      if (yes.at(-1) !== m) yes.push(m);
    }
  const groups = [...byKey.values()];
  const ofMeeting = new Map<string, AttendanceGroup[]>();
  for (const g of groups)
    for (const m of g.yes) {
      const list = ofMeeting.get(m.id);
      if (list) list.push(g);
      else ofMeeting.set(m.id, [g]);
    }
  const { measure } = seriesCounting(index, seriesId);
  const made: SeriesAttendance = {
    groups,
    ofMeeting,
    ordinals: new Map(
      series.recorded.map((m) => [m, { type: 'ordinal', n: m.ordinal, measure } as Value]),
    ),
    known: series.recorded.map((m) => m.ordinal),
    measure,
    claims: new Map(),
    all: new Map(),
  };
  bySeries.set(seriesId, made);
  return made;
}

/** Whether the claims across a series follow rules 7 (attendanceOfTheTime): their one variant. */
const ofTheTime = (rules: number) => follows(rules, 'attendanceOfTheTime');

function groupClaim(
  index: ContentIndex,
  seriesId: string,
  g: AttendanceGroup,
  rules: number,
): RankedClaim {
  const made = attendanceOf(index, seriesId);
  const key = `${ofTheTime(rules)}|${g.key}`;
  let claim = made.claims.get(key);
  if (!claim) {
    claim = attendanceClaim(index, seriesId, g, rules);
    made.claims.set(key, claim);
  }
  return claim;
}

/** Across a series: which meetings did this person attend in this way? */
function attendanceClaim(
  index: ContentIndex,
  seriesId: string,
  g: AttendanceGroup,
  rules: number,
): RankedClaim {
  const { name, shortName } = namer(index);
  const key = g.key;
  const series = seriesOf(index, seriesId);
  const inSeries = series.recorded;
  const { ordinals, known, measure } = attendanceOf(index, seriesId);
  const { yes } = g;
  // Only meetings whose attendance is recorded can be known not to match; by rules 7, for "by
  // video", only those from 2020 on (no one is offered as having attended an earlier one so).
  const yesIds = new Set(yes.map((m) => m.id));
  const early = ofTheTime(rules) && g.mode === 'video';
  const no = inSeries.filter((m) => !yesIds.has(m.id) && !(early && beforeVideoEra(m)));
  const P = name(g.person);
  const S = shortName(seriesId);
  const how = participationPhrase(g.mode);
  const inEnglish = g.mode === 'video' ? 'by video' : 'in person';
  return {
    rank: g.rank,
    claim: {
      id: `${key}/meetings`,
      relation: 'attendance.meetings',
      factIds: yes.map((m) => m.id),
      values: yes.map((m) => ordinals.get(m)!),
      knownFalse: no.map((m) => ordinals.get(m)!),
      ...(early && no.length === 0 ? { noPlausibleFalsehood: true } : {}),
      factOfValue: (v) =>
        v.type === 'ordinal' ? yes.find((m) => m.ordinal === v.n)?.id : undefined,
      pool: { type: 'ordinal', known, measure },
      ask: t(
        `${P.zh}${how.zh}的是哪一${measure}${S.zh}？`,
        `Which ${S.en} did ${P.en} attend ${inEnglish}?`,
      ),
      askMany: t(
        `${P.zh}${how.zh}了哪几${measure}${S.zh}？（多选）`,
        `Which ${S.en}s did ${P.en} attend ${inEnglish}? (Select all that apply.)`,
      ),
      among: {
        ask: t(
          `下列${S.zh}中，${P.zh}${how.zh}的是哪一${measure}？`,
          `Which of these ${S.en}s did ${P.en} attend ${inEnglish}?`,
        ),
        askMany: t(
          `下列${S.zh}中，${P.zh}${how.zh}了哪几${measure}？（多选）`,
          `Which of these ${S.en}s did ${P.en} attend ${inEnglish}? (Select all that apply.)`,
        ),
      },
      recall: t(
        `${P.zh}${how.zh}了哪几${measure}${S.zh}？`,
        `Which ${S.en}s did ${P.en} attend ${inEnglish}?`,
      ),
      statement: (v) => {
        const M = v.type === 'ordinal' ? meetingName(index, seriesId, v.n) : valueLabel(index, v);
        return t(
          `${P.zh}${how.zh}了${M.zh}。`,
          `${P.en} attended ${the(index, M.en)} ${inEnglish}.`,
        );
      },
      statementMany: (vs) => {
        const ns = vs.flatMap((v) => (v.type === 'ordinal' ? [v.n] : [])).sort((x, y) => x - y);
        return t(
          `${P.zh}${how.zh}了${chineseMeetingNames(index, seriesId, ns)}。`,
          `${P.en} attended the ${joinEnglish(ns.map(englishOrdinal))} ${S.en}s ${inEnglish}.`,
        );
      },
      subjectLabel: t(
        `${P.zh}${how.zh}`,
        `${P.en}, ${g.mode === 'video' ? 'by video' : 'in person'}`,
      ),
      difficulty: 3,
    },
  };
}

/** Across a series: which meetings did each person attend in each way? Once per series. */
export function attendanceAcrossSeries(
  index: ContentIndex,
  seriesId: string,
  rules: number,
): RankedClaim[] {
  const made = attendanceOf(index, seriesId);
  let all = made.all.get(ofTheTime(rules));
  if (!all) {
    all = made.groups.map((g) => groupClaim(index, seriesId, g, rules));
    made.all.set(ofTheTime(rules), all);
  }
  return all;
}

/**
 * The claims of attendanceAcrossSeries about one meeting (those whose meetings include it), in
 * the same order, built as needed.
 */
export function attendanceAtMeeting(
  index: ContentIndex,
  m: MeetingFact,
  rules: number,
): RankedClaim[] {
  return (attendanceOf(index, m.series).ofMeeting.get(m.id) ?? []).map((g) =>
    groupClaim(index, m.series, g, rules),
  );
}
