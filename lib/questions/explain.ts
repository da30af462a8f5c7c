import { formatDate } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import type { Fact, MeetingFact, Text } from '../content/schema';
import { englishOrdinal, toChineseNumeral } from './numerals';
import { datePhrase, formatLabel, participationPhrase, sentenceName } from './values';
import { joinEnglish, meetingName, seriesCounting, the } from './claims';

/** How a meeting was held, as a clause after its place and date. */
const FORMAT_CLAUSES: Record<MeetingFact['format'], Text> = {
  'in-person': { zh: '与会者线下参会', en: 'in person' },
  video: { zh: '全程以视频方式进行', en: 'by video' },
  hybrid: { zh: '采用线上线下结合方式', en: 'partly in person and partly online' },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(zh: string, en: string): Text {
  return { zh, en };
}

/** One or two sentences that state a fact in full, written from its fields. */
export function explainFact(index: ContentIndex, fact: Fact): Text {
  const name = (id: string) => sentenceName(index, id);
  const names = (ids: readonly string[]): Text => ({
    zh: ids.map((id) => name(id).zh).join('、'),
    en: joinEnglish(ids.map((id) => name(id).en)),
  });
  const place = (city: string): Text => {
    const c = index.entity(city);
    const country = c.partOf ? index.findEntity(c.partOf) : undefined;
    return country
      ? { zh: `${country.name.zh}${c.name.zh}`, en: `${c.name.en}, ${country.name.en}` }
      : c.name;
  };
  let text: Text;
  switch (fact.kind) {
    case 'meeting': {
      const M = meetingName(index, fact.series, fact.ordinal);
      const { was, opening } = seriesCounting(index, fact.series);
      const d = formatDate(fact.date);
      // The country of the time (Moscow in the Soviet Union, 1928), not the city's today.
      const where = fact.city
        ? {
            zh: `${name(fact.hostCountry).zh}${name(fact.city).zh}`,
            en: `${name(fact.city).en}, ${name(fact.hostCountry).en}`,
          }
        : undefined;
      const fmt = formatLabel(fact.format);
      const host = name(fact.hostCountry);
      const on = datePhrase(fact.date);
      const head = where
        ? opening
          ? sentence(
              `${M.zh}于${d.zh}在${where.zh}开幕。`,
              `The ${M.en} opened in ${where.en} ${on.en}.`,
            )
          : sentence(
              `${M.zh}于${d.zh}在${where.zh}举行，${FORMAT_CLAUSES[fact.format].zh}。`,
              `The ${M.en} ${was} held in ${where.en}, ${on.en}, ${FORMAT_CLAUSES[fact.format].en}.`,
            )
        : sentence(
            `${M.zh}于${d.zh}以${fmt.zh}方式举行，${host.zh}为主席国。`,
            `The ${M.en} ${was} held ${fmt.en} ${on.en}, chaired by ${host.en}.`,
          );
      const people = fact.attendance.map((a) => {
        const p = participationPhrase(a.mode, a.speech);
        return sentence(
          `${a.role.zh}${name(a.person).zh}${p.zh}。`,
          `${name(a.person).en} (${a.role.en}) ${p.en}.`,
        );
      });
      text = {
        zh: [head.zh, ...people.map((p) => p.zh)].join(''),
        en: [head.en, ...people.map((p) => p.en)].join(' '),
      };
      break;
    }
    case 'founding': {
      const O = name(fact.organisation);
      const d = formatDate(fact.date);
      const mechanism = index.entity(fact.organisation).type === 'meeting-series';
      const at = fact.city ? place(fact.city) : undefined;
      text = mechanism
        ? sentence(`${O.zh}机制于${d.zh}建立。`, `The ${O.en} mechanism was set up in ${d.en}.`)
        : sentence(
            `${O.zh}于${d.zh}${at ? `在${at.zh}` : ''}成立。`,
            `The ${O.en} was founded${at ? ` in ${at.en}` : ''} on ${d.en}.`,
          );
      if (fact.foundingMembers?.length) {
        const m = names(fact.foundingMembers);
        text = {
          zh: `${text.zh}最初的${fact.foundingMembers.length}个成员国：${m.zh}。`,
          en: `${text.en} Its ${fact.foundingMembers.length} founding members: ${m.en}.`,
        };
      }
      if (fact.purpose)
        text = { zh: `${text.zh}${fact.purpose.zh}`, en: `${text.en} ${fact.purpose.en}` };
      break;
    }
    case 'membership': {
      const O = name(fact.organisation);
      const j = names(fact.joined);
      text = sentence(
        fact.event
          ? `${formatDate(fact.date).zh}，${name(fact.event).zh}上，${j.zh}获准加入${O.zh}，成员国由${fact.membersBefore}个增至${fact.membersAfter}个。`
          : `${formatDate(fact.date).zh}，${j.zh}成为${O.zh}成员国，成员国由${fact.membersBefore}个增至${fact.membersAfter}个。`,
        fact.event
          ? `${capitalise(datePhrase(fact.date).en)}, at the ${name(fact.event).en}, ${j.en} ${fact.joined.length > 1 ? 'were' : 'was'} admitted to the ${O.en}, taking it from ${fact.membersBefore} to ${fact.membersAfter} member states.`
          : `${capitalise(datePhrase(fact.date).en)}, ${j.en} became ${fact.joined.length > 1 ? 'members' : 'a member'} of the ${O.en}, taking it from ${fact.membersBefore} to ${fact.membersAfter} member states.`,
      );
      break;
    }
    case 'audience': {
      const g = names(fact.guests);
      // A group such as "the heads of delegation" names its own role.
      const groupOnly = fact.guests.every((id) => index.entity(id).type === 'group');
      text = sentence(
        `${formatDate(fact.date).zh}，${fact.hostRole.zh}${name(fact.host).zh}在${name(fact.city).zh}会见${groupOnly ? '' : fact.guestRole.zh}${g.zh}。`,
        `On ${formatDate(fact.date).en}, ${name(fact.host).en}, ${fact.hostRole.en}, met ${g.en}${groupOnly ? '' : ` (${fact.guestRole.en})`} in ${name(fact.city).en}.`,
      );
      break;
    }
    case 'initiative': {
      const how =
        fact.mode === 'video' ? sentence('以视频方式', 'by video') : sentence('', 'in person');
      text = sentence(
        `${formatDate(fact.date).zh}，${name(fact.proposer).zh}（时任${fact.proposerRole.zh}）${how.zh}向${name(fact.event).zh}作${fact.speech === 'keynote' ? '主旨演讲' : '讲话'}，其间首次提出${name(fact.initiative).zh}。`,
        `On ${formatDate(fact.date).en}, ${name(fact.proposer).en} (${fact.proposerRole.en}) first proposed the ${name(fact.initiative).en} in a ${fact.speech === 'keynote' ? 'keynote speech' : 'speech'} delivered ${how.en} to the ${name(fact.event).en}.`,
      );
      break;
    }
    case 'summit': {
      const S = name(fact.summit);
      const where = fact.city ? place(fact.city) : undefined;
      const docs = fact.documents.length ? names(fact.documents) : undefined;
      text = sentence(
        `${formatDate(fact.date).zh}，${name(fact.chair).zh}${where ? `在${where.zh}` : ''}主持${S.zh}${fact.chairSpeech === 'keynote' ? '并发表主旨讲话' : ''}。${docs ? `峰会通过了${docs.zh}。` : ''}`,
        `On ${formatDate(fact.date).en}, ${name(fact.chair).en} chaired the ${S.en}${where ? ` in ${where.en}` : ''}${fact.chairSpeech === 'keynote' ? ' and gave the keynote speech' : ''}.${docs ? ` It adopted the ${docs.en}.` : ''}`,
      );
      if (fact.span && fact.span.start !== fact.span.end) {
        text = {
          zh: `${text.zh}峰会会期为${formatDate(fact.span.start).zh}至${formatDate(fact.span.end).zh}。`,
          en: `${text.en} The summit ran from ${formatDate(fact.span.start).en} to ${formatDate(fact.span.end).en}.`,
        };
      }
      break;
    }
    case 'statement': {
      const occasions = fact.occasions.map((id) => {
        const f = index.findFact(id);
        return f && 'city' in f && f.city ? name(f.city) : { zh: id, en: id };
      });
      text = sentence(
        `${fact.context.zh}，${name(fact.speaker).zh}在${fact.occasions.length}个场合（${occasions.map((o) => o.zh).join('、')}）都提到要“${fact.statement.zh}”。`,
        `${fact.context.en.charAt(0).toUpperCase()}${fact.context.en.slice(1)}, ${name(fact.speaker).en} called to ${fact.statement.en} on ${fact.occasions.length} occasions (in ${joinEnglish(occasions.map((o) => o.en))}).`,
      );
      break;
    }
    case 'interval': {
      const from = index.findFact(fact.from);
      const to = index.findFact(fact.to);
      const fd = from && 'date' in from ? formatDate(from.date) : undefined;
      const td = to && 'date' in to ? formatDate(to.date) : undefined;
      text = sentence(
        `${fact.what.zh}，时隔${fact.years}年${fd && td ? `（上一次为${fd.zh}，这一次为${td.zh}）` : ''}。`,
        `${fact.what.en.charAt(0).toUpperCase()}${fact.what.en.slice(1)} for the first time in ${fact.years} years${fd && td ? ` (before that: ${fd.en}; this time: ${td.en})` : ''}.`,
      );
      break;
    }
  }
  if (fact.note) text = { zh: `${text.zh}${fact.note.zh}`, en: `${text.en} ${fact.note.en}` };
  return text;
}

/** A short title for a fact, for timelines and lists: 第十九次会议 · 阿斯塔纳 / 19th meeting · Astana. */
export function factHeadline(index: ContentIndex, fact: Fact): Text {
  const name = (id: string) => index.entity(id).name;
  const short = (id: string) => index.entity(id).short ?? index.entity(id).name;
  const names = (ids: readonly string[]): Text => ({
    zh: ids.map((id) => name(id).zh).join('、'),
    en: joinEnglish(ids.map((id) => name(id).en)),
  });
  switch (fact.kind) {
    case 'meeting': {
      const s = short(fact.series);
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
    }
    case 'founding':
      return index.entity(fact.organisation).type === 'meeting-series'
        ? {
            zh: `${name(fact.organisation).zh}机制建立`,
            en: `${short(fact.organisation).en} mechanism set up`,
          }
        : { zh: `${name(fact.organisation).zh}成立`, en: `${name(fact.organisation).en} founded` };
    case 'membership':
      return {
        zh: `${names(fact.joined).zh}加入${short(fact.organisation).zh}（成员国增至${fact.membersAfter}个）`,
        en: `${names(fact.joined).en} ${fact.joined.length > 1 ? 'join' : 'joins'} ${the(index, short(fact.organisation).en)} (${fact.membersAfter} members)`,
      };
    case 'audience':
      return {
        zh: `${name(fact.host).zh}在${name(fact.city).zh}会见${names(fact.guests).zh}`,
        en: `${name(fact.host).en} meets ${names(fact.guests).en} in ${name(fact.city).en}`,
      };
    case 'initiative':
      return {
        zh: `${name(fact.proposer).zh}首次提出${name(fact.initiative).zh}`,
        en: `${name(fact.proposer).en} first proposes the ${name(fact.initiative).en}`,
      };
    case 'summit':
      return name(fact.summit);
    case 'statement':
      return {
        zh: `${name(fact.speaker).zh}${fact.occasions.length}次提到“${fact.statement.zh}”`,
        en: `${name(fact.speaker).en} calls ${fact.occasions.length} times to ${fact.statement.en}`,
      };
    case 'interval':
      return {
        zh: `时隔${fact.years}年：${fact.what.zh}`,
        en: `After ${fact.years} years: ${fact.what.en}`,
      };
  }
}
