import { formatDate, formatDateSpan } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { SummitFact } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { lookups } from '../../questions/lookups';
import { follows } from '../../questions/rules';
import { datePhrase, inSentence, valueLabel } from '../../questions/values';
import {
  BLANK,
  BLANK_EN,
  capitalise,
  cityInCountry,
  dateAvoid,
  knownDates,
  monthsOf,
  leaders,
  namer,
  spanMonthAvoid,
  t,
  the,
} from '../../questions/wording';
import type { FactKindModule } from '../types';

/** A summit, who chaired it and the documents it adopted. */
export const summit: FactKindModule<SummitFact> = {
  kind: 'summit',
  summary: 'a summit, who chaired it and the documents it adopted',
  alsoCalled: ['forum'],

  entityRefs: (fact) => [
    { field: 'summit', id: fact.summit, types: ['summit'] },
    ...(fact.city ? [{ field: 'city', id: fact.city, types: ['city'] as const }] : []),
    { field: 'chair', id: fact.chair, types: ['person'] },
    ...fact.documents.map((id, i) => ({
      field: `documents[${i}]`,
      id,
      types: ['document'] as const,
    })),
  ],

  claims: summitClaims,

  eventLabel: (index, fact) => {
    const { name } = namer(index);
    return t(
      `${name(fact.summit).zh}举行`,
      `${capitalise(the(index, name(fact.summit).en))} is held`,
    );
  },

  explain: (index, fact) => {
    const { name, list } = namer(index);
    const S = name(fact.summit);
    const where = fact.city ? cityInCountry(index, fact.city) : undefined;
    const docs = fact.documents.length ? list(fact.documents) : undefined;
    let text = t(
      `${formatDate(fact.date).zh}，${name(fact.chair).zh}${where ? `在${where.zh}` : ''}主持${S.zh}${fact.chairSpeech === 'keynote' ? '并发表主旨讲话' : ''}。${docs ? `峰会通过了${docs.zh}。` : ''}`,
      `On ${formatDate(fact.date).en}, ${name(fact.chair).en} chaired the ${S.en}${where ? ` in ${where.en}` : ''}${fact.chairSpeech === 'keynote' ? `${where?.en.includes(',') ? ',' : ''} and gave the keynote speech` : ''}.${docs ? ` It adopted the ${docs.en}.` : ''}`,
    );
    if (fact.span && fact.span.start !== fact.span.end) {
      text = {
        zh: `${text.zh}峰会会期为${formatDateSpan(fact.span.start, fact.span.end).zh}。`,
        en: `${text.en} The summit ran from ${formatDate(fact.span.start).en} to ${formatDate(fact.span.end).en}.`,
      };
    }
    return text;
  },

  headline: (index, fact) => index.entity(fact.summit).name,

  cityMentions: (fact) => (fact.city ? [{ city: fact.city, role: 'venue' }] : []),

  presences: (fact, date) =>
    fact.city ? [{ person: fact.chair, city: fact.city, date, factId: fact.id }] : [],

  leaders: (fact) => [fact.chair],
};

function summitClaims(index: ContentIndex, s: SummitFact, rules: number): Claim[] {
  const { name } = namer(index);
  const S = name(s.summit);
  const subjectLabel = S;
  const base = { factIds: [s.id], subjectLabel };
  // By rules 4 a summit over several days is asked by its month, as a textbook gives it; by rules
  // 1 to 3 the day of its main meeting.
  const overDays = s.span !== undefined && s.span.start !== s.span.end;
  const byMonth =
    overDays && /-\d\d-\d\d$/.test(s.date) && follows(rules, 'spanByMonth') ? s.span : undefined;
  const mainSession = overDays && !byMonth;
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
        `The host city of ${the(index, S.en)} was ${BLANK_EN}.`,
      ),
      difficulty: 1,
    });
  }
  claims.push({
    ...base,
    id: `${s.id}/date`,
    relation: 'summit.date',
    values: [{ type: 'date', date: byMonth ? s.date.slice(0, 7) : s.date }],
    avoid: byMonth ? spanMonthAvoid(byMonth) : dateAvoid(s),
    pool: { type: 'date', known: byMonth ? monthsOf(knownDates(index)) : knownDates(index) },
    ask: mainSession
      ? t(
          `${S.zh}的正式会议于哪一天举行？`,
          `On what date was the main meeting of ${the(index, S.en)} held?`,
        )
      : t(`${S.zh}于何时举行？`, `When was ${the(index, S.en)} held?`),
    statement: (v) => {
      const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
      return mainSession
        ? t(
            `${S.zh}的正式会议于${d.zh}举行。`,
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
