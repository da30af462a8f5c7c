import { formatDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { MeetingFact, Text } from '../../content/schema';
import { englishOrdinal, toChineseNumeral } from '../../questions/numerals';
import { datePhrase, formatLabel, participationPhrase, sentenceName } from '../../questions/values';
import { capitalise, HOME_COUNTRY, namer, t } from '../../questions/wording';
import type { FactKindModule } from '../types';
import { attendanceAcrossSeries, attendanceAtMeeting, meetingClaims } from './claims';
import { hostCities, meetingName, seriesCounting, seriesIds } from './series';

/**
 * How a meeting was held, as a clause after its place and date. A meeting held in person is
 * 在……线下举行 in Chinese, which needs no clause of its own.
 */
const FORMAT_CLAUSES: Record<MeetingFact['format'], Text> = {
  'in-person': { zh: '', en: 'in person' },
  video: { zh: '全程以视频方式进行', en: 'by video' },
  hybrid: { zh: '采用线上线下结合方式', en: 'partly in person and partly online' },
};

/** A meeting's ordering label without detail: its series and where it was held. */
function plainLabel(index: ContentIndex, series: string, city: string | null): Text {
  const { name, shortName } = namer(index);
  const S = shortName(series);
  return city
    ? t(`${S.zh}在${name(city).zh}举行`, `${capitalise(S.en)} in ${name(city).en}`)
    : t(`${S.zh}以视频方式举行`, `${capitalise(S.en)} held by video`);
}

/** One numbered meeting of a series: a session, congress, summit or Games. */
export const meeting: FactKindModule<MeetingFact> = {
  kind: 'meeting',
  summary: 'one numbered meeting of a series: a session, congress, summit of a series or Games',
  alsoCalled: ['session', 'congress', 'conference', 'games', 'olympics', 'plenary', 'assembly'],

  entityRefs: (fact) => [
    { field: 'series', id: fact.series, types: ['meeting-series'] },
    ...(fact.city ? [{ field: 'city', id: fact.city, types: ['city'] as const }] : []),
    ...(fact.coHosts ?? []).map((id, i) => ({
      field: `coHosts[${i}]`,
      id,
      types: ['city'] as const,
    })),
    { field: 'hostCountry', id: fact.hostCountry, types: ['country'] },
    ...(fact.chair ? [{ field: 'chair', id: fact.chair, types: ['person'] as const }] : []),
    ...fact.attendance.flatMap((a, i) => [
      { field: `attendance[${i}].person`, id: a.person, types: ['person'] as const },
      { field: `attendance[${i}].country`, id: a.country, types: ['country'] as const },
      ...(a.from ? [{ field: `attendance[${i}].from`, id: a.from, types: ['city'] as const }] : []),
    ]),
  ],

  check: (fact, { at, claimKey }) => {
    const other = claimKey(`${fact.series}#${fact.ordinal}`);
    if (other)
      at('ordinal', `meeting ${fact.ordinal} of ${fact.series} is already fact "${other}"`);
    const people = fact.attendance.map((a) => a.person);
    if (new Set(people).size !== people.length) at('attendance', 'a person is listed twice');
    if (fact.coHosts && !fact.city) at('coHosts', 'a meeting held by video has no co-hosts');
    const hosts = [fact.city, ...(fact.coHosts ?? [])];
    if (new Set(hosts).size !== hosts.length) at('coHosts', 'a host city is listed twice');
  },

  claims: meetingClaims,

  groups: {
    groupOf: (fact) => fact.series,
    all: seriesIds,
    claims: attendanceAcrossSeries,
    claimsAbout: attendanceAtMeeting,
  },

  eventLabel: (index, fact, detailed) => {
    const { name } = namer(index);
    const plain = plainLabel(index, fact.series, fact.city);
    if (!detailed) return plain;
    const who = fact.attendance[0];
    if (!who) return undefined;
    const how = participationPhrase(who.mode);
    return t(
      `${plain.zh}（${name(who.person).zh}${how.zh}）`,
      `${plain.en} (${name(who.person).en} ${how.en})`,
    );
  },

  otherEventLabels: (index) =>
    index.bundle.entities.flatMap((series) =>
      (series.otherMeetings ?? []).map((m) => plainLabel(index, series.id, m.city)),
    ),

  namedEventLabel: (index, fact) => {
    const { name } = namer(index);
    const M = meetingName(index, fact.series, fact.ordinal);
    return fact.city
      ? t(`${M.zh}在${name(fact.city).zh}举行`, `${capitalise(M.en)} in ${name(fact.city).en}`)
      : t(`${M.zh}以视频方式举行`, `${capitalise(M.en)}, held by video`);
  },

  eventName: (index, fact) => meetingName(index, fact.series, fact.ordinal),

  explain: (index, fact) => {
    const name = (id: string) => sentenceName(index, id);
    const M = meetingName(index, fact.series, fact.ordinal);
    const { was, opening } = seriesCounting(index, fact.series);
    const d = formatDate(fact.date);
    // The country of the time (Moscow in the Soviet Union, 1928), not the city's today. Chinese
    // text names a Chinese city alone (在上海开幕, not 在中国上海开幕).
    const cities = fact.city ? hostCities(index, fact) : undefined;
    const where = cities
      ? {
          zh:
            fact.hostCountry === HOME_COUNTRY
              ? cities.zh
              : `${name(fact.hostCountry).zh}${cities.zh}`,
          en: `${cities.en}, ${name(fact.hostCountry).en}`,
        }
      : undefined;
    const fmt = formatLabel(fact.format);
    const host = name(fact.hostCountry);
    const on = datePhrase(fact.date);
    const head = where
      ? opening
        ? t(`${M.zh}于${d.zh}在${where.zh}开幕。`, `The ${M.en} opened in ${where.en}, ${on.en}.`)
        : t(
            fact.format === 'in-person'
              ? `${M.zh}于${d.zh}在${where.zh}线下举行。`
              : `${M.zh}于${d.zh}在${where.zh}举行，${FORMAT_CLAUSES[fact.format].zh}。`,
            `The ${M.en} ${was} held in ${where.en}, ${on.en}, ${FORMAT_CLAUSES[fact.format].en}.`,
          )
      : t(
          `${M.zh}于${d.zh}以${fmt.zh}方式举行，${host.zh}为主席国。`,
          `The ${M.en} ${was} held ${fmt.en} ${on.en}, chaired by ${host.en}.`,
        );
    const people = fact.attendance.map((a) => {
      const p = participationPhrase(a.mode, a.speech);
      return t(
        `${a.role.zh}${name(a.person).zh}${p.zh}。`,
        `${name(a.person).en} (${a.role.en}) ${p.en}.`,
      );
    });
    return {
      zh: [head.zh, ...people.map((p) => p.zh)].join(''),
      en: [head.en, ...people.map((p) => p.en)].join(' '),
    };
  },

  headline: (index, fact) => {
    const name = (id: string) => index.entity(id).name;
    const s = index.entity(fact.series).short ?? index.entity(fact.series).name;
    const where = fact.city ? name(fact.city) : { zh: '视频方式', en: 'by video' };
    // A series that says how it counts is named in full (第十四届冬季奥林匹克运动会,
    // 金砖国家领导人第一次会晤); the others keep their short name (上合安全会议秘书会议第十九次会议).
    const title = index.entity(fact.series).counting
      ? meetingName(index, fact.series, fact.ordinal)
      : {
          zh: `${s.zh}第${toChineseNumeral(fact.ordinal)}次会议`,
          en: `${englishOrdinal(fact.ordinal)} ${s.en}`,
        };
    return { zh: `${title.zh} · ${where.zh}`, en: `${title.en} · ${where.en}` };
  },

  cityMentions: (fact) => [
    ...(fact.city ? [{ city: fact.city, role: 'venue' as const, country: fact.hostCountry }] : []),
    ...fact.attendance.flatMap((a) =>
      a.from ? [{ city: a.from, role: 'video-from' as const }] : [],
    ),
  ],

  presences: (fact, date) => {
    const city = fact.city;
    return city
      ? fact.attendance
          .filter((a) => a.mode === 'in-person')
          .map((a) => ({ person: a.person, city, date, factId: fact.id }))
      : [];
  },
};
