import { formatDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { DocumentFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { datePhrase, inSentence, valueLabel } from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, knownDates, namer, t, the } from '../../questions/wording';
import type { FactKindModule } from '../types';

const VERBS: Record<DocumentFact['action'], Text> = {
  adopted: { zh: '通过', en: 'adopted' },
  signed: { zh: '签署', en: 'signed' },
};

/** Where it was made, as a phrase: 在…上 / at the … in …; 在西安 / in Xi'an. */
function where(index: ContentIndex, f: DocumentFact): Text | undefined {
  const { name } = namer(index);
  const C = f.city ? name(f.city) : undefined;
  if (f.event) {
    const E = name(f.event);
    return t(
      `在${C ? `${C.zh}举行的` : ''}${E.zh}上`,
      `at ${the(index, E.en)}${C ? ` in ${C.en}` : ''}`,
    );
  }
  return C ? t(`在${C.zh}`, `in ${C.en}`) : undefined;
}

/** A declaration, treaty, charter or plan adopted or signed, where, when and by whom. */
export const document: FactKindModule<DocumentFact> = {
  kind: 'document',
  summary: 'a declaration, treaty or plan adopted or signed at an event, with its signatories',
  alsoCalled: [
    'declaration',
    'treaty',
    'charter',
    'plan',
    'agreement',
    'convention',
    'communique',
    'accord',
    'signing',
    'signed',
    'adopted',
    'adoption',
  ],

  entityRefs: (fact) => [
    { field: 'document', id: fact.document, types: ['document'] },
    ...(fact.event
      ? [{ field: 'event', id: fact.event, types: ['summit', 'forum'] as const }]
      : []),
    ...(fact.city ? [{ field: 'city', id: fact.city, types: ['city'] as const }] : []),
    ...(fact.signatories ?? []).map((id, i) => ({
      field: `signatories[${i}]`,
      id,
      types: ['country', 'organisation'] as const,
    })),
  ],

  check: (fact, { at }) => {
    if (fact.signatories && new Set(fact.signatories).size !== fact.signatories.length)
      at('signatories', 'a signatory is listed twice');
  },

  claims: documentClaims,

  eventLabel: (index, fact) => {
    const D = namer(index).name(fact.document);
    const verb = VERBS[fact.action];
    return t(`${D.zh}${verb.zh}`, `${capitalise(the(index, D.en))} is ${verb.en}`);
  },

  explain: (index, fact) => {
    const { name, list } = namer(index);
    const D = name(fact.document);
    const verb = VERBS[fact.action];
    const d = formatDate(fact.date);
    const at = where(index, fact);
    if (fact.signatories) {
      const S = list(fact.signatories);
      return t(
        `${d.zh}，${S.zh}${at?.zh ?? ''}${verb.zh}了${D.zh}。`,
        `On ${d.en}, ${S.en} ${verb.en} ${the(index, D.en)}${at ? ` ${at.en}` : ''}.`,
      );
    }
    return t(
      `${d.zh}，${D.zh}${at?.zh ?? ''}获得${verb.zh}。`,
      `${capitalise(the(index, D.en))} was ${verb.en}${at ? ` ${at.en}` : ''} on ${d.en}.`,
    );
  },

  headline: (index, fact) => {
    const D = index.entity(fact.document).name;
    const verb = VERBS[fact.action];
    return { zh: `${D.zh}${verb.zh}`, en: `${D.en} ${verb.en}` };
  },

  cityMentions: (fact) => (fact.city ? [{ city: fact.city, role: 'venue' }] : []),
};

function documentClaims(index: ContentIndex, f: DocumentFact): Claim[] {
  const D = namer(index).name(f.document);
  const theD = the(index, D.en);
  const verb = VERBS[f.action];
  const base = { factIds: [f.id], subjectLabel: D };
  const claims: Claim[] = [
    {
      ...base,
      id: `${f.id}/date`,
      relation: 'document.date',
      values: [{ type: 'date', date: f.date }],
      pool: { type: 'date', known: knownDates(index) },
      ask: t(`${D.zh}于何时${verb.zh}？`, `When was ${theD} ${verb.en}?`),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return t(`${D.zh}于${d.zh}${verb.zh}。`, `${capitalise(theD)} was ${verb.en} ${d.en}.`);
      },
      matchFamily: 'date',
      difficulty: 2,
    },
  ];
  // A document named after its event (the Xi'an Declaration of the China–Central Asia Summit)
  // is not asked at which event it was made: its name gives the answer away.
  if (f.event && !namesEvent(index, f.document, f.event)) {
    claims.push({
      ...base,
      id: `${f.id}/event`,
      relation: 'document.event',
      values: [{ type: 'entity', id: f.event }],
      pool: { type: 'entity', entityTypes: ['summit', 'forum'], related: [] },
      ask: t(`${D.zh}是在哪次会议上${verb.zh}的？`, `At which event was ${theD} ${verb.en}?`),
      statement: (v) => {
        const e = inSentence(index, v);
        return t(
          `${D.zh}是在${e.zh}上${verb.zh}的。`,
          `${capitalise(theD)} was ${verb.en} at ${the(index, e.en)}.`,
        );
      },
      difficulty: 2,
    });
  }
  if (f.city) {
    claims.push({
      ...base,
      id: `${f.id}/city`,
      relation: 'document.city',
      values: [{ type: 'entity', id: f.city }],
      pool: { type: 'entity', entityTypes: ['city'], related: [] },
      ask: t(`${D.zh}在哪座城市${verb.zh}？`, `In which city was ${theD} ${verb.en}?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(`${D.zh}在${c.zh}${verb.zh}。`, `${capitalise(theD)} was ${verb.en} in ${c.en}.`);
      },
      blank: t(
        `${D.zh}在${BLANK}（城市）${verb.zh}。`,
        `${BLANK_EN} was the city where ${theD} was ${verb.en}.`,
      ),
      difficulty: 1,
    });
  }
  if (f.signatories) {
    const n = f.signatories.length;
    claims.push({
      ...base,
      id: `${f.id}/signatories`,
      relation: 'document.signatories',
      values: f.signatories.map((id) => ({ type: 'entity', id })),
      pool: { type: 'entity', entityTypes: ['country'], related: [] },
      ask: t(`以下哪个国家是${D.zh}的签署国？`, `Which of these countries signed ${theD}?`),
      askMany: t(
        `以下哪些国家是${D.zh}的签署国？（多选）`,
        `Which of these countries signed ${theD}? (Select all that apply.)`,
      ),
      recall: t(`${D.zh}的签署国有哪些？`, `Which countries signed ${theD}?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(`${c.zh}是${D.zh}的签署国。`, `${c.en} signed ${theD}.`);
      },
      statementMany: (vs) => {
        const c = namer(index).list(vs.flatMap((v) => (v.type === 'entity' ? [v.id] : [])));
        return t(`${c.zh}是${D.zh}的签署国。`, `${c.en} signed ${theD}.`);
      },
      difficulty: 2,
    });
    claims.push({
      ...base,
      id: `${f.id}/signatory-count`,
      relation: 'document.signatoryCount',
      values: [{ type: 'count', n, unit: 'signatory' }],
      pool: { type: 'count', unit: 'signatory' },
      ask: t(`${D.zh}共有几个签署国？`, `How many countries signed ${theD}?`),
      statement: (v) => {
        const k = v.type === 'count' ? v.n : 0;
        return t(
          `${D.zh}共有${k}个签署国。`,
          `${capitalise(theD)} was signed by ${k} ${k === 1 ? 'country' : 'countries'}.`,
        );
      },
      blank: t(
        `${D.zh}共有${BLANK}个签署国。`,
        `${capitalise(theD)} was signed by ${BLANK_EN} countries.`,
      ),
      difficulty: 1,
    });
  }
  return claims;
}

/** Whether a document's name holds its event's name, short name or a long run of either. */
function namesEvent(index: ContentIndex, documentId: string, eventId: string): boolean {
  const doc = index.entity(documentId);
  const event = index.entity(eventId);
  const names = [event.name, ...(event.short ? [event.short] : [])];
  const core = (zh: string) => zh.replace(/^首届|（.*）$/g, '');
  return names.some(
    (n) =>
      doc.name.zh.includes(core(n.zh)) ||
      doc.name.en.toLowerCase().includes(n.en.replace(/^(the |first )/i, '').toLowerCase()),
  );
}
