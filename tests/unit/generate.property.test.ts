import { createHash } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import type { Entity, Fact, MeetingFact, OfficeFact, Text } from '../../lib/content/schema';
import { generateQuestions } from '../../lib/questions/generate';
import { QUESTION_KINDS, type Question, type QuestionKind } from '../../lib/questions/models';
import { laterKindTruth } from './kind-oracles';

/*
 * Properties of generated question banks over many seeds, checked against an oracle that reads
 * the raw facts directly. The oracle deliberately shares no code with lib/questions/claims.ts:
 * it decides from the fact's fields alone whether a value is true of a claim's subject.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = loadContent(ROOT);
const ARTICLE = 'sco-ssc-2024-article';
const TIMELINE = 'sco-ssc-timeline';
const SEEDS = 500;

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

const factById = new Map<string, Fact>(content.decks.flatMap((d) => d.facts.map((f) => [f.id, f])));
const entityById = new Map<string, Entity>(content.entities.map((e) => [e.id, e]));
const meetings = [...factById.values()].filter((f): f is MeetingFact => f.kind === 'meeting');

type Truth = true | false | 'unknown';

type ParsedValue =
  | { kind: 'entity'; id: string }
  | { kind: 'ordinal'; n: number }
  | { kind: 'count'; n: number }
  | { kind: 'year'; n: number }
  | { kind: 'date'; date: string }
  | { kind: 'format'; format: string }
  | { kind: 'participation'; mode: string; speech?: string }
  | { kind: 'amount'; n: number }
  | { kind: 'term'; words: string };

function parseValue(key: string): ParsedValue {
  const number = (prefix: string) => {
    const n = Number(key.slice(prefix.length));
    if (!Number.isInteger(n)) throw new Error(`bad number in value key "${key}"`);
    return n;
  };
  if (key.startsWith('took-part-')) {
    const rest = key.slice('took-part-'.length);
    const mode = rest.startsWith('in-person')
      ? 'in-person'
      : rest.startsWith('video')
        ? 'video'
        : '';
    if (!mode) throw new Error(`bad participation value "${key}"`);
    const speech = rest.slice(mode.length).replace(/^-/, '');
    return speech ? { kind: 'participation', mode, speech } : { kind: 'participation', mode };
  }
  if (key.startsWith('ordinal-')) return { kind: 'ordinal', n: number('ordinal-') };
  if (key.startsWith('count-')) return { kind: 'count', n: number('count-') };
  if (key.startsWith('year-')) return { kind: 'year', n: number('year-') };
  if (key.startsWith('date-')) return { kind: 'date', date: key.slice('date-'.length) };
  if (key.startsWith('term-')) return { kind: 'term', words: key.slice('term-'.length) };
  if (key.startsWith('amount-')) return { kind: 'amount', n: Number(key.slice('amount-'.length)) };
  if (key.startsWith('format-')) return { kind: 'format', format: key.slice('format-'.length) };
  if (!entityById.has(key)) throw new Error(`value key "${key}" is no known entity`);
  return { kind: 'entity', id: key };
}

const DAY = 86_400_000;

/** First and last day (as UTC day numbers) a YYYY, YYYY-MM or YYYY-MM-DD date may stand for. */
function dayRange(date: string): [number, number] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`bad date "${date}"`);
  const y = Number(m[1]);
  if (m[2] === undefined) return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
  const mo = Number(m[2]);
  if (m[3] === undefined) return [Date.UTC(y, mo - 1, 1) / DAY, Date.UTC(y, mo, 0) / DAY];
  const d = Date.UTC(y, mo - 1, Number(m[3])) / DAY;
  return [d, d];
}

/** Every day on which a fact may have happened: its date, widened by its span if it has one. */
function factDays(fact: Fact): [number, number] {
  // An office is placed at the day its term began, a mission at its first milestone.
  if (fact.kind === 'office') return dayRange(fact.from);
  if (fact.kind === 'mission') return dayRange(fact.milestones[0]!.date);
  if (fact.kind === 'title') return dayRange(fact.from);
  if (!('date' in fact)) throw new Error(`fact "${fact.id}" has no date`);
  const [first, last] = dayRange(fact.date);
  if ('span' in fact && fact.span) {
    return [
      Math.min(first, dayRange(fact.span.start)[0]),
      Math.max(last, dayRange(fact.span.end)[1]),
    ];
  }
  return [first, last];
}

function mayOverlap(date: string, fact: Fact): boolean {
  const [a, b] = dayRange(date);
  const [c, d] = factDays(fact);
  return a <= d && c <= b;
}

function year(date: string): number {
  return Number(date.slice(0, 4));
}

/** Is the value (an option id) true of the claim's subject, according to the raw facts? */
function oracle(claimId: string, valueKey: string): Truth {
  const v = parseValue(valueKey);
  const parts = claimId.split('/');
  const wrong = (): never => {
    throw new Error(`value "${valueKey}" does not fit claim "${claimId}"`);
  };
  const entity = () => (v.kind === 'entity' ? v.id : wrong());
  const num = (kind: 'ordinal' | 'count' | 'year') => (v.kind === kind ? v.n : wrong());
  const date = () => (v.kind === 'date' ? v.date : wrong());

  // Across a series: "sco-ssc/<person>/<mode>/meetings" with an ordinal value.
  if (parts.length === 4 && parts[3] === 'meetings') {
    const [series, person, mode] = parts;
    const n = num('ordinal');
    const meeting = meetings.find((m) => m.series === series && m.ordinal === n);
    // A meeting we know nothing about, or whose attendance is not recorded, decides nothing.
    if (!meeting || meeting.attendance.length === 0) return 'unknown';
    return meeting.attendance.some((a) => a.person === person && a.mode === mode);
  }

  const fact = factById.get(parts[0] ?? '');
  if (!fact) throw new Error(`claim "${claimId}" names no fact`);
  const relation = parts.slice(1).join('/');

  switch (fact.kind) {
    case 'meeting': {
      switch (relation) {
        case 'city':
          return entity() === fact.city;
        case 'host':
          return entity() === fact.hostCountry;
        case 'date':
          return mayOverlap(date(), fact);
        case 'ordinal':
          return num('ordinal') === fact.ordinal;
        case 'format':
          return v.kind === 'format' ? v.format === fact.format : wrong();
      }
      const [who, what] = relation.split('/');
      if (what === 'attendee') {
        const reps = fact.attendance.filter((a) => a.country === who);
        return reps.length === 0 ? 'unknown' : reps.some((a) => a.person === entity());
      }
      if (what === 'took-part' || what === 'mode') {
        if (v.kind !== 'participation') return wrong();
        if (fact.attendance.length === 0) return 'unknown';
        const a = fact.attendance.find((x) => x.person === who);
        if (!a) return false;
        if (a.mode !== v.mode) return false;
        if (v.speech === undefined) return true;
        if (a.speech === undefined) return 'unknown';
        // Whoever gave the keynote also spoke: "attended and spoke" is true of a keynote speaker.
        return v.speech === a.speech || (v.speech === 'speech' && a.speech === 'keynote');
      }
      break;
    }
    case 'founding':
      switch (relation) {
        case 'date':
          return mayOverlap(date(), fact);
        case 'city':
          return fact.city === undefined ? 'unknown' : entity() === fact.city;
        case 'founders':
          return (fact.foundingMembers ?? []).includes(entity());
        case 'founder-count':
          return num('count') === fact.foundingMembers?.length;
      }
      break;
    case 'membership':
      switch (relation) {
        case 'joined':
          return fact.joined.includes(entity());
        case 'year':
          return num('year') === year(fact.date);
        case 'event':
          return entity() === fact.event;
        case 'members-after':
          return num('count') === fact.membersAfter;
      }
      break;
    case 'audience':
      switch (relation) {
        case 'host':
          return entity() === fact.host;
        case 'city':
          return entity() === fact.city;
        case 'date':
          return mayOverlap(date(), fact);
      }
      break;
    case 'initiative':
      switch (relation) {
        case 'proposer':
          return entity() === fact.proposer;
        case 'date':
          return mayOverlap(date(), fact);
        case 'event':
          return entity() === fact.event;
        case 'mode':
          return v.kind === 'participation' ? v.mode === fact.mode : wrong();
      }
      break;
    case 'summit':
      switch (relation) {
        case 'city':
          return entity() === fact.city;
        case 'date':
          return mayOverlap(date(), fact);
        case 'chair':
          return entity() === fact.chair;
        case 'documents':
          return fact.documents.includes(entity());
      }
      break;
    case 'statement':
      if (relation === 'count') return num('count') === fact.occasions.length;
      break;
    case 'interval':
      if (relation !== 'years') break;
      // Asked as the year the gap began (the first time since 2019); by rules 1 and 2, as its count.
      if (v.kind === 'year') {
        const from = factById.get(fact.from);
        if (!from || !('date' in from) || !from.date) return wrong();
        return v.n === year(from.date);
      }
      return num('count') === fact.years;
    case 'office': {
      const term = (f: OfficeFact): [number, number] => [
        dayRange(f.from)[0],
        f.to ? dayRange(f.to)[0] : Infinity,
      ];
      const [start, end] = term(fact);
      switch (relation) {
        case 'holder': {
          // Anyone recorded in the same office on a day of this term (a handover day aside).
          const id = entity();
          return [...factById.values()].some((o) => {
            if (o.kind !== 'office' || o.holder !== id || o.of !== fact.of) return false;
            if (o.office.en !== fact.office.en) return false;
            const [s, e] = term(o);
            return s < end && start < e;
          });
        }
        case 'from': {
          const [a, b] = dayRange(date());
          const [c, d] = dayRange(fact.from);
          return a <= d && c <= b;
        }
      }
      break;
    }
    case 'mission': {
      const which = /^mission-(.+)$/.exec(relation);
      const milestone = fact.milestones.find((m) => m.event === (which ? which[1] : relation));
      if (!milestone) break;
      if (!which) {
        const [a, b] = dayRange(date());
        const [c, d] = dayRange(milestone.date);
        return a <= d && c <= b;
      }
      // Every mission with the same milestone at the same place on the same day.
      const name = v.kind === 'term' ? v.words : wrong();
      return [...factById.values()].some(
        (f) =>
          f.kind === 'mission' &&
          f.mission.en.toLowerCase().replace(/[^a-z0-9]+/g, '-') === name &&
          f.milestones.some(
            (m) =>
              m.event === milestone.event &&
              m.date === milestone.date &&
              m.detail?.en === milestone.detail?.en,
          ),
      );
    }
    case 'status':
      switch (relation) {
        case 'status':
          return (v.kind === 'term' ? v.words : wrong()) === fact.status.en.replaceAll(' ', '-');
        case 'date':
          return mayOverlap(date(), fact);
        case 'country':
          // Every country granted the same status by the organisation that day.
          return [...factById.values()].some(
            (f) =>
              f.kind === 'status' &&
              f.organisation === fact.organisation &&
              f.status.en === fact.status.en &&
              f.date === fact.date &&
              f.country === entity(),
          );
      }
      break;
    case 'quantity':
      switch (relation) {
        case 'value':
          return (v.kind === 'amount' ? v.n : wrong()) === fact.value;
        case 'year':
          // Every year the subject recorded the same figure of the measure, target or result alike.
          return content.decks.some((deck) =>
            deck.facts.some(
              (f) =>
                f.kind === 'quantity' &&
                f.subject === fact.subject &&
                f.measure.en === fact.measure.en &&
                Boolean(f.target) === Boolean(fact.target) &&
                f.value === fact.value &&
                year(f.period) === num('year'),
            ),
          );
      }
      break;
    case 'document':
      switch (relation) {
        case 'date':
          return mayOverlap(date(), fact);
        case 'event':
          return entity() === fact.event;
        case 'city':
          return entity() === fact.city;
        case 'signatories':
          return (fact.signatories ?? []).includes(entity());
        case 'signatory-count':
          return num('count') === fact.signatories?.length;
      }
      break;
  }
  const later = laterKindTruth([...factById.values()], claimId, valueKey);
  if (later !== undefined) return later;
  throw new Error(`the oracle does not know claim "${claimId}"`);
}

/** The kind of number a fill-in answer to this claim is, or undefined for a name. */
function numberKind(claimId: string): 'ordinal' | 'count' | 'year' | undefined {
  const last = claimId.split('/').pop() ?? '';
  // A gap is asked as the year it began (the latest rules), under its old claim id.
  if (last === 'years' && factById.get(claimId.split('/')[0] ?? '')?.kind === 'interval')
    return 'year';
  if (last === 'ordinal') return 'ordinal';
  if (last === 'year') return 'year';
  if (['count', 'founder-count', 'members-after', 'years', 'signatory-count'].includes(last))
    return 'count';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Checks run on every question of every bank; each property collects its own failures.
// ---------------------------------------------------------------------------------------------

const PROPERTIES = [
  'single',
  'multiple',
  'statements',
  'truefalse',
  'fill',
  'order',
  'match',
  'distinct',
  'text',
  'source',
  'ids',
] as const;
type Property = (typeof PROPERTIES)[number];

const failures = new Map<Property, string[]>(PROPERTIES.map((p) => [p, []]));
function fail(property: Property, seed: number, q: Question, message: string): void {
  const list = failures.get(property)!;
  if (list.length < 25) list.push(`seed ${seed} ${q.id} [${q.claimId}]: ${message}`);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const HAN_OR_DIGIT = /[\p{Script=Han}\d]/u;

function checkTruth(
  property: Property,
  seed: number,
  q: Question,
  claimId: string,
  optionId: string,
  expected: boolean,
): void {
  let truth: Truth;
  try {
    truth = oracle(claimId, optionId);
  } catch (error) {
    fail(property, seed, q, String(error));
    return;
  }
  if (truth !== expected) {
    fail(
      property,
      seed,
      q,
      `option "${optionId}" is ${expected ? 'keyed' : 'offered as wrong'} but the facts say ${truth}`,
    );
  }
}

/** Meetings of the content that an ordering label could be read as. */
function meetingsNamedBy(label: Text): MeetingFact[] {
  const persons = content.entities.filter(
    (e) => e.type === 'person' && label.en.includes(e.name.en),
  );
  // A label may name the meeting's number (an ordering question's only meeting of its series).
  const numbered = /(?:^|\s)(\d+)(?:st|nd|rd|th)\b/.exec(label.en)?.[1];
  return meetings.filter((m) => {
    if (numbered !== undefined && m.ordinal !== Number(numbered)) return false;
    const series = entityById.get(m.series)!;
    const names = [series.name.en, series.short?.en].filter((s): s is string => !!s);
    if (!names.some((n) => label.en.toLowerCase().includes(n.toLowerCase()))) return false;
    if (
      m.city === null
        ? !/held by video/.test(label.en)
        : !label.en.includes(` in ${entityById.get(m.city)!.name.en}`)
    )
      return false;
    return persons.every((p) =>
      m.attendance.some(
        (a) =>
          a.person === p.id &&
          !(label.en.includes(`${p.name.en} attended by video`) && a.mode !== 'video') &&
          !(label.en.includes(`${p.name.en} attended in person`) && a.mode !== 'in-person'),
      ),
    );
  });
}

let statementsChecked = 0;

/** label (zh|en) → the fact it stood for, across every ordering question seen. */
const orderLabels = new Map<string, string>();

function checkQuestion(seed: number, q: Question, deckIds: ReadonlySet<string>): void {
  // Ids and facts.
  if (!deckIds.has(q.deckId)) fail('ids', seed, q, `deck "${q.deckId}" was not asked for`);
  if (q.factIds.length === 0) fail('ids', seed, q, 'names no fact');
  for (const id of q.factIds) if (!factById.has(id)) fail('ids', seed, q, `unknown fact "${id}"`);

  // Source.
  if (q.sources.length === 0) fail('source', seed, q, 'cites no source');
  for (const s of q.sources)
    if (
      !s?.publication?.zh.trim() ||
      !s.publication.en.trim() ||
      !/^\d{4}(-\d\d(-\d\d)?)?$/.test(s.date) ||
      !s.locator?.zh.trim() ||
      !s.locator.en.trim()
    )
      fail('source', seed, q, `incomplete source ${JSON.stringify(s)}`);

  // Text in both languages.
  const texts: [string, Text][] = [
    ['prompt', q.prompt],
    ['explanation', q.explanation],
  ];
  if ('options' in q) q.options.forEach((o) => texts.push([`option ${o.id}`, o.text]));
  if (q.kind === 'match') q.left.forEach((l) => texts.push([`left ${l.id}`, l.text]));
  if (q.kind === 'fill') texts.push(['answer', q.answer.display]);
  for (const [where, text] of texts) {
    if (!text.zh.trim() || !text.en.trim()) fail('text', seed, q, `${where} has an empty text`);
    if (!HAN_OR_DIGIT.test(text.zh))
      fail('text', seed, q, `${where} zh has no Chinese: ${JSON.stringify(text.zh)}`);
    if (CJK.test(text.en))
      fail('text', seed, q, `${where} en has CJK characters: ${JSON.stringify(text.en)}`);
  }

  // No repeated option ids or texts.
  const lists: { id: string; text: Text }[][] = [];
  if ('options' in q) lists.push(q.options);
  if (q.kind === 'match') lists.push(q.left);
  for (const list of lists) {
    for (const key of ['id', 'zh', 'en'] as const) {
      const seen = list.map((o) => (key === 'id' ? o.id : o.text[key]));
      if (new Set(seen).size !== seen.length)
        fail('distinct', seed, q, `repeated option ${key}: ${seen.join(' | ')}`);
    }
  }

  switch (q.kind) {
    case 'single': {
      if (!q.options.some((o) => o.id === q.answer)) fail('single', seed, q, 'answer not offered');
      if (q.options.length < 3) fail('single', seed, q, `only ${q.options.length} options`);
      for (const o of q.options) checkTruth('single', seed, q, q.claimId, o.id, o.id === q.answer);
      break;
    }
    case 'multiple': {
      const ids = q.options.map((o) => o.id);
      if (!q.answer.every((a) => ids.includes(a)))
        fail(
          q.id.includes(':statements:') ? 'statements' : 'multiple',
          seed,
          q,
          'answer not offered',
        );
      // Marked 多选, as an exam's 多选题 is: two right options at least, and never all.
      if (q.answer.length < 2 || q.answer.length === q.options.length)
        fail(
          q.id.includes(':statements:') ? 'statements' : 'multiple',
          seed,
          q,
          `keys ${q.answer.length} of ${q.options.length} options: a 多选 keys two or more, never all`,
        );
      if (q.id.includes(':statements:')) {
        statementsChecked++;
        for (const o of q.options) {
          const at = o.id.indexOf('=');
          if (at < 0) {
            fail('statements', seed, q, `option id "${o.id}" names no claim`);
            continue;
          }
          checkTruth(
            'statements',
            seed,
            q,
            o.id.slice(0, at),
            o.id.slice(at + 1),
            q.answer.includes(o.id),
          );
        }
      } else {
        for (const o of q.options)
          checkTruth('multiple', seed, q, q.claimId, o.id, q.answer.includes(o.id));
      }
      break;
    }
    case 'truefalse': {
      let truth: Truth;
      try {
        truth = oracle(q.claimId, q.statedValue);
      } catch (error) {
        fail('truefalse', seed, q, String(error));
        break;
      }
      if (truth !== q.answer)
        fail(
          'truefalse',
          seed,
          q,
          `states "${q.statedValue}", keyed ${q.answer}, facts say ${truth}`,
        );
      if (q.options.map((o) => o.id).join() !== 'true,false')
        fail('truefalse', seed, q, 'options are not true/false');
      break;
    }
    case 'fill': {
      const accepted = q.answer.accepted;
      const kind = numberKind(q.claimId);
      const figure = factById.get(q.claimId.split('/')[0] ?? '');
      try {
        if (figure?.kind === 'quantity' && q.claimId.endsWith('/value')) {
          // A figure is typed as digits: its own number (as Chinese writes it) must be accepted.
          const numbers = accepted.filter((a) => /^\d+(\.\d+)?$/.test(a)).map(Number);
          if (!numbers.includes(figure.value))
            fail('fill', seed, q, `accepts ${accepted.join(', ')}`);
        } else if (kind) {
          const trueNumbers = accepted.filter(
            (a) => /^\d+$/.test(a) && oracle(q.claimId, `${kind}-${a}`) === true,
          );
          if (trueNumbers.length === 0) fail('fill', seed, q, `accepts ${accepted.join(', ')}`);
          if (!q.answer.numeric) fail('fill', seed, q, 'a number answer is not numeric');
        } else {
          const trueEntity = content.entities.find(
            (e) =>
              (accepted.includes(e.name.zh) || accepted.includes(e.name.en)) &&
              oracle(q.claimId, e.id) === true,
          );
          if (!trueEntity) fail('fill', seed, q, `accepts no true name: ${accepted.join(', ')}`);
          // No accepted form may be the name of something the facts make false.
          for (const e of content.entities) {
            if (e === trueEntity) continue;
            if (accepted.includes(e.name.zh) || accepted.includes(e.name.en)) {
              if (oracle(q.claimId, e.id) === false)
                fail('fill', seed, q, `also accepts the wrong answer ${e.id}`);
            }
          }
        }
      } catch (error) {
        fail('fill', seed, q, String(error));
      }
      break;
    }
    case 'order': {
      const ids = q.options.map((o) => o.id);
      if ([...q.answer].sort().join() !== [...ids].sort().join())
        fail('order', seed, q, 'answer is not a permutation of the options');
      if (q.answer.length < 3) fail('order', seed, q, 'fewer than three events');
      // Each event's days, from the claim its placing reviews (a mission's step has its own date).
      const eventDays = (claim: string): [number, number] | undefined => {
        const [factId, relation] = claim.split('/');
        const fact = factById.get(factId ?? '');
        if (!fact) return undefined;
        const step =
          fact.kind === 'mission' ? fact.milestones.find((m) => m.event === relation) : undefined;
        return step ? dayRange(step.date) : factDays(fact);
      };
      for (let i = 1; i < q.answer.length; i++) {
        const a = eventDays(q.eventClaims[i - 1]!);
        const b = eventDays(q.eventClaims[i]!);
        if (!a || !b) {
          fail('order', seed, q, 'an event is no fact');
          continue;
        }
        if (!(a[1] < b[0]))
          fail('order', seed, q, `${q.answer[i - 1]} is not surely before ${q.answer[i]}`);
      }
      for (const o of q.options) {
        for (const label of [`zh:${o.text.zh}`, `en:${o.text.en}`]) {
          const earlier = orderLabels.get(label);
          if (earlier && earlier !== o.id)
            fail('order', seed, q, `label "${label}" named ${earlier} elsewhere, here ${o.id}`);
          orderLabels.set(label, o.id);
        }
        const fact = factById.get(o.id);
        if (fact?.kind === 'meeting') {
          const named = meetingsNamedBy(o.text).map((m) => m.id);
          if (named.length !== 1 || named[0] !== o.id)
            fail('order', seed, q, `"${o.text.en}" could be any of ${named.join(', ') || 'none'}`);
        }
      }
      break;
    }
    case 'match': {
      const claimIds = q.claimId.replace(/^match:/, '').split(',');
      if (claimIds.length !== q.left.length) {
        fail('match', seed, q, 'claim ids and items differ in number');
        break;
      }
      const answers = q.left.map((l) => q.answer[l.id] ?? '');
      if (
        [...answers].sort().join() !==
        q.options
          .map((o) => o.id)
          .sort()
          .join()
      )
        fail('match', seed, q, 'every option is not used exactly once');
      // The options in the items' own order (1-A, 2-B, …) would give the answer with the question.
      if (q.options.every((o, i) => o.id === answers[i]))
        fail('match', seed, q, 'the options are in the order of their items');
      q.left.forEach((l, i) => {
        if (l.id !== `item-${i + 1}`) fail('match', seed, q, `item ${i} has id ${l.id}`);
        claimIds.forEach((claimId, j) => {
          checkTruth('match', seed, q, claimId, answers[i]!, i === j);
        });
      });
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Run every seed once.
// ---------------------------------------------------------------------------------------------

const articleKinds = new Map<number, Set<QuestionKind>>();
const articleCounts = new Map<number, number>();

beforeAll(() => {
  const deckIds = [ARTICLE, TIMELINE];
  const asked = new Set(deckIds);
  for (let seed = 1; seed <= SEEDS; seed++) {
    const bank = generateQuestions(content, { seed, deckIds });
    const ids = new Set<string>();
    for (const q of bank) {
      if (ids.has(q.id)) fail('ids', seed, q, 'question id repeated in the bank');
      ids.add(q.id);
      checkQuestion(seed, q, asked);
    }
    const article = bank.filter((q) => q.deckId === ARTICLE);
    articleKinds.set(seed, new Set(article.map((q) => q.kind)));
    articleCounts.set(seed, article.length);
  }
}, 300_000);

describe(`question banks for seeds 1..${SEEDS}, checked against the raw facts`, () => {
  it('keys a true option in single-choice questions and offers only false ones besides', () => {
    expect(failures.get('single')).toEqual([]);
  });

  it('never offers a distractor that is also true in multiple-select questions', () => {
    expect(failures.get('multiple')).toEqual([]);
  });

  it('keys a statement exactly when the facts make it true', () => {
    expect(statementsChecked).toBeGreaterThan(SEEDS);
    expect(failures.get('statements')).toEqual([]);
  });

  it('marks a true/false statement true exactly when the facts make it true', () => {
    expect(failures.get('truefalse')).toEqual([]);
  });

  it('accepts the true value, and no false one, in fill-in questions', () => {
    expect(failures.get('fill')).toEqual([]);
  });

  it('orders events strictly by date and names each one unambiguously', () => {
    expect(failures.get('order')).toEqual([]);
  });

  it('matches each item to a value true of it and false of every other item', () => {
    expect(failures.get('match')).toEqual([]);
  });

  it('never repeats an option id or option text within a question', () => {
    expect(failures.get('distinct')).toEqual([]);
  });

  it('has no empty or untranslated text in prompts, options and explanations', () => {
    expect(failures.get('text')).toEqual([]);
  });

  it('cites a complete source for every question', () => {
    expect(failures.get('source')).toEqual([]);
  });

  it('names only existing facts and asked-for decks, with unique question ids', () => {
    expect(failures.get('ids')).toEqual([]);
  });

  it('produces every question kind for the article deck under every seed', () => {
    const missing = [...articleKinds].flatMap(([seed, kinds]) =>
      QUESTION_KINDS.filter((k) => !kinds.has(k)).map((k) => `seed ${seed}: no ${k}`),
    );
    expect(articleKinds.size).toBe(SEEDS);
    expect(missing).toEqual([]);
  });

  it('gives the article deck at least 60 questions under every seed', () => {
    const small = [...articleCounts].filter(([, n]) => n < 60);
    expect(articleCounts.size).toBe(SEEDS);
    expect(small).toEqual([]);
  });
});

describe('determinism', () => {
  const hash = (bank: Question[]) =>
    createHash('sha256').update(JSON.stringify(bank)).digest('hex');

  it('gives deep-equal banks for the same seed', () => {
    for (const seed of [1, 42, 250, 500, 'abc']) {
      expect(generateQuestions(content, { seed })).toEqual(generateQuestions(content, { seed }));
    }
  });

  it('serialises the seed-42 bank to the same hash every time', () => {
    const first = hash(generateQuestions(content, { seed: 42 }));
    const second = hash(generateQuestions(structuredClone(content), { seed: 42 }));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(hash(generateQuestions(content, { seed: 43 }))).not.toBe(first);
  });

  it('draws the article deck alone exactly as within the full bank', () => {
    for (const seed of [7, 42]) {
      const alone = generateQuestions(content, { seed, deckIds: [ARTICLE] });
      const within = generateQuestions(content, { seed, deckIds: [ARTICLE, TIMELINE] }).filter(
        (q) => q.deckId === ARTICLE,
      );
      expect(within).toEqual(alone);
    }
  });

  it('shuffles options differently for different seeds', () => {
    const order = (bank: Question[]) =>
      new Map(
        bank.map((q) => [
          q.id,
          q.kind === 'truefalse' || !('options' in q) ? '' : q.options.map((o) => o.id).join(),
        ]),
      );
    const a = order(generateQuestions(content, { seed: 1 }));
    const b = order(generateQuestions(content, { seed: 2 }));
    const shared = [...a.keys()].filter((id) => b.has(id) && a.get(id) !== '');
    const differing = shared.filter((id) => a.get(id) !== b.get(id));
    expect(shared.length).toBeGreaterThan(50);
    expect(differing.length).toBeGreaterThan(shared.length / 4);
  });
});
