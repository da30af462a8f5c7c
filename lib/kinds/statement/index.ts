import type { ContentIndex } from '../../content/index-content';
import type { StatementFact } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { BLANK, BLANK_EN, capitalise, joinEnglish, namer, t } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** A point one speaker made on several occasions (facts of the content). */
export const statement: FactKindModule<StatementFact> = {
  kind: 'statement',
  summary: 'a point one speaker made on several occasions',
  alsoCalled: ['remark', 'remarks', 'quote', 'said', 'mention'],

  entityRefs: (fact) => [
    { field: 'speaker', id: fact.speaker, types: ['person'] },
    ...(fact.about ? [{ field: 'about', id: fact.about, types: ['initiative'] as const }] : []),
  ],

  factRefs: (fact) => fact.occasions.map((id, i) => ({ field: `occasions[${i}]`, id })),

  check: (fact, { at }) => {
    if (new Set(fact.occasions).size !== fact.occasions.length)
      at('occasions', 'an occasion is listed twice');
  },

  claims: statementClaims,

  otherFactsNamed: (fact) => fact.occasions,

  explain: (index, fact) => {
    const { name } = namer(index);
    const occasions = fact.occasions.map((id) => {
      const f = index.findFact(id);
      return f && 'city' in f && f.city ? name(f.city) : { zh: id, en: id };
    });
    return t(
      `${fact.context.zh}，${name(fact.speaker).zh}在${fact.occasions.length}个场合（${occasions.map((o) => o.zh).join('、')}）都提到要“${fact.statement.zh}”。`,
      `${capitalise(fact.context.en)}, ${name(fact.speaker).en} spoke of the need to ${fact.statement.en} on ${fact.occasions.length} occasions (in ${joinEnglish(occasions.map((o) => o.en))}).`,
    );
  },

  headline: (index, fact) => {
    const speaker = index.entity(fact.speaker).name;
    return {
      zh: `${speaker.zh}${fact.occasions.length}次提到“${fact.statement.zh}”`,
      en: `${speaker.en} speaks ${fact.occasions.length} times of the need to ${fact.statement.en}`,
    };
  },
};

/*
 * English says 提到要 as a news agency would: "spoke of the need to put the Global Security
 * Initiative into practice", never "called to put …".
 */
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
        `${capitalise(st.context.en)}, on how many occasions did ${P.en} speak of the need to ${st.statement.en}?`,
      ),
      statement: (v) => {
        const k = v.type === 'count' ? v.n : 0;
        return t(
          `${st.context.zh}，${P.zh}在${k}个场合提到要“${st.statement.zh}”。`,
          `${capitalise(st.context.en)}, ${P.en} spoke of the need to ${st.statement.en} on ${k} ${k === 1 ? 'occasion' : 'occasions'}.`,
        );
      },
      blank: t(
        `${st.context.zh}，${P.zh}在${BLANK}个场合提到要“${st.statement.zh}”。`,
        `${capitalise(st.context.en)}, ${P.en} spoke of the need to ${st.statement.en} on ${BLANK_EN} occasions.`,
      ),
      subjectLabel: t(`${P.zh}：“${st.statement.zh}”`, `${P.en}: “${st.statement.en}”`),
      difficulty: 2,
    },
  ];
}
