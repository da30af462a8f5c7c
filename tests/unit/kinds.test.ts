import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateRange } from '../../lib/content/dates';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import type {
  DocumentFact,
  Fact,
  MissionFact,
  OfficeFact,
  QuantityFact,
  RuleFact,
  StatusFact,
} from '../../lib/content/schema';
import { formatProblem, validateContent } from '../../lib/content/validate';
import { allKinds, KINDS } from '../../lib/kinds';
import { matchesAnswer } from '../../lib/questions/answers';
import { buildClaims } from '../../lib/questions/claims';
import { explainFact } from '../../lib/questions/explain';
import { generateQuestions } from '../../lib/questions/generate';
import type { Question } from '../../lib/questions/models';
import { KINDS_FIXTURE_ROOT } from '../fixtures/content';
import { laterKindTruth } from './kind-oracles';
import { learnerTexts, TEXT_RULES } from './learner-text-rules';

const content = loadContent(KINDS_FIXTURE_ROOT);
const index = indexContent(content);
const OFFICES = 'fixture-offices';
const DOCUMENTS = 'fixture-documents';
const QUANTITIES = 'fixture-quantities';
const STATUSES = 'fixture-statuses';
const MISSIONS = 'fixture-missions';
const TITLES = 'fixture-titles';
const RECORDS = 'fixture-records';
const RULES = 'fixture-rules';
const ANNIVERSARIES = 'fixture-anniversaries';
const SEEDS = [1, 2, 3, 4, 5];

const offices = index.facts.filter((f): f is OfficeFact => f.kind === 'office');
const documents = index.facts.filter((f): f is DocumentFact => f.kind === 'document');
const quantities = index.facts.filter((f): f is QuantityFact => f.kind === 'quantity');
const statuses = index.facts.filter((f): f is StatusFact => f.kind === 'status');
const missions = index.facts.filter((f): f is MissionFact => f.kind === 'mission');

/** First and last day a date may stand for. */
function days(date: string): [number, number] {
  const { first, last } = dateRange(date);
  return [first, last];
}

/** Whether a value (an option id) is true of a claim, read from the raw facts alone. */
function truth(claimId: string, value: string): boolean {
  const [factId, relation] = claimId.split('/');
  const date = value.startsWith('date-') ? value.slice(5) : undefined;
  const count = value.startsWith('count-') ? Number(value.slice(6)) : undefined;
  const office = offices.find((f) => f.id === factId);
  if (office) {
    if (relation === 'holder') {
      // Anyone recorded in the same office on a day of this term.
      const start = days(office.from)[0];
      const end = office.to ? days(office.to)[0] : Infinity;
      return offices.some(
        (o) =>
          o.holder === value &&
          o.of === office.of &&
          o.office.en === office.office.en &&
          days(o.from)[0] < end &&
          start < (o.to ? days(o.to)[0] : Infinity),
      );
    }
    if (relation === 'from' && date) {
      const [a, b] = days(date);
      const [c, d] = days(office.from);
      return a <= d && c <= b;
    }
  }
  const doc = documents.find((f) => f.id === factId);
  if (doc) {
    switch (relation) {
      case 'date': {
        if (!date) break;
        const [a, b] = days(date);
        const [c, d] = days(doc.date);
        return a <= d && c <= b;
      }
      case 'event':
        return value === doc.event;
      case 'city':
        return value === doc.city;
      case 'signatories':
        return (doc.signatories ?? []).includes(value);
      case 'signatory-count':
        return count === doc.signatories?.length;
    }
  }
  const quantity = quantities.find((f) => f.id === factId);
  if (quantity) {
    if (relation === 'value' && value.startsWith('amount-'))
      return Number(value.slice(7)) === quantity.value;
    if (relation === 'year' && value.startsWith('year-')) {
      // Any year the same subject recorded the same figure of the same measure, target or result.
      const year = Number(value.slice(5));
      return quantities.some(
        (q) =>
          q.subject === quantity.subject &&
          q.measure.en === quantity.measure.en &&
          Boolean(q.target) === Boolean(quantity.target) &&
          q.value === quantity.value &&
          Number(q.period.slice(0, 4)) === year,
      );
    }
  }
  const status = statuses.find((f) => f.id === factId);
  if (status) {
    switch (relation) {
      case 'status':
        return value === `term-${status.status.en.replaceAll(' ', '-')}`;
      case 'date': {
        if (!date) break;
        const [a, b] = days(date);
        const [c, d] = days(status.date);
        return a <= d && c <= b;
      }
      case 'country':
        // Any country granted the same status by the same organisation on the same day.
        return statuses.some(
          (x) =>
            x.country === value &&
            x.organisation === status.organisation &&
            x.status.en === status.status.en &&
            x.date === status.date,
        );
    }
  }
  const mission = missions.find((f) => f.id === factId);
  if (mission) {
    const which = /^mission-(.+)$/.exec(relation ?? '');
    if (which) {
      // Any mission with the same milestone, where and when the asked one happened.
      const asked = mission.milestones.find((m) => m.event === which[1])!;
      return missions.some(
        (x) =>
          `term-${x.mission.en.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` === value &&
          x.milestones.some(
            (m) =>
              m.event === asked.event && m.date === asked.date && m.detail?.en === asked.detail?.en,
          ),
      );
    }
    const milestone = mission.milestones.find((m) => m.event === relation);
    if (milestone && date) {
      const [a, b] = days(date);
      const [c, d] = days(milestone.date);
      return a <= d && c <= b;
    }
  }
  // The founding an anniversary counts from.
  const founding = index.facts.find((f) => f.id === factId && f.kind === 'founding');
  if (founding?.kind === 'founding') {
    switch (relation) {
      case 'date':
        return (
          date !== undefined &&
          days(date)[0] <= days(founding.date)[1] &&
          days(founding.date)[0] <= days(date)[1]
        );
      case 'city':
        return value === founding.city;
      case 'founders':
        return (founding.foundingMembers ?? []).includes(value);
      case 'founder-count':
        return count === founding.foundingMembers?.length;
    }
  }
  const later = laterKindTruth(index.facts, claimId, value);
  if (later !== undefined) return later;
  throw new Error(`no truth for claim "${claimId}" and value "${value}"`);
}

function bank(deckId: string, seed: number): Question[] {
  return generateQuestions(content, { seed, deckIds: [deckId] });
}

/** Every way a question could be marked wrong against the facts, as messages. */
function wrongAnswers(q: Question): string[] {
  const out: string[] = [];
  const expectTruth = (claimId: string, value: string, expected: boolean) => {
    if (truth(claimId, value) !== expected)
      out.push(`${q.id}: "${value}" is ${expected ? 'keyed' : 'offered as wrong'}`);
  };
  switch (q.kind) {
    case 'single':
      for (const o of q.options) expectTruth(q.claimId, o.id, o.id === q.answer);
      break;
    case 'multiple':
      if (q.claimId.startsWith('statements:')) break;
      for (const o of q.options) expectTruth(q.claimId, o.id, q.answer.includes(o.id));
      break;
    case 'truefalse':
      expectTruth(q.claimId, q.statedValue, q.answer);
      break;
    case 'match':
      q.left.forEach((item, i) =>
        q.claims.forEach((claim, j) => expectTruth(claim, q.answer[item.id]!, i === j)),
      );
      break;
    case 'order': {
      const dates = q.eventClaims.map((claim) => {
        const [factId, relation] = claim.split('/');
        const fact = index.fact(factId!);
        // A mission is placed at its launch among missions, at each step within itself.
        if (fact.kind === 'mission')
          return (fact.milestones.find((m) => m.event === relation) ?? fact.milestones[0]!).date;
        if (fact.kind === 'title') return fact.from;
        if (fact.kind === 'record') return fact.date;
        return fact.kind === 'office' ? fact.from : 'date' in fact ? fact.date : '';
      });
      for (let i = 1; i < dates.length; i++)
        if (days(dates[i - 1]!)[1] >= days(dates[i]!)[0]) out.push(`${q.id}: not in date order`);
      break;
    }
    case 'fill':
      break;
  }
  return out;
}

describe('the registry of fact kinds', () => {
  it('has one module for every kind the schema knows, under its own name', () => {
    for (const [name, kind] of Object.entries(KINDS)) expect(kind.kind).toBe(name);
    expect(allKinds().map((k) => k.kind)).toEqual(Object.keys(KINDS));
  });

  it('is the only place outside lib/kinds that tells fact kinds apart', () => {
    // A new kind must not need a switch elsewhere: no `case 'meeting'` or `kind === 'summit'`.
    const root = path.resolve(import.meta.dirname, '../..');
    const sources = ['lib', 'components', 'app', 'scripts'].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('kinds'))
        .map((f) => path.join(dir, f)),
    );
    expect(sources.length).toBeGreaterThan(20);
    const names = Object.keys(KINDS).join('|');
    const telling = new RegExp(`case '(${names})'|kind [!=]== '(${names})'`);
    const found = sources.filter((f) => telling.test(readFileSync(path.join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });
});

describe('office: a person or a country holding an office for a period', () => {
  it('asks who held the office in a term and when each holder took it up, in every kind', () => {
    const questions = bank(OFFICES, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const f of offices) {
      expect(claims).toContain(`${f.id}/holder`);
      expect(claims).toContain(`${f.id}/from`);
    }
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'order', 'match']),
    );
  });

  it('keys only what the terms make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(OFFICES, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('names a rotating chair by country and a post by person', () => {
    const india = bank(OFFICES, 1).find((q) => q.id === 'single:sco-presidency-india/holder');
    expect(india?.prompt).toEqual({
      zh: '2022年9月至2023年7月，担任上海合作组织轮值主席国的是哪个国家？',
      en: 'Which country held the rotating presidency of the Shanghai Cooperation Organisation from September 2022 to July 2023?',
    });
    const guterres = bank(OFFICES, 1).find((q) => q.id === 'single:un-sg-guterres/holder');
    expect(guterres?.prompt.en).toBe(
      'Who has served as Secretary-General of the United Nations since 1 January 2017?',
    );
  });

  it('keys every holder of a term that overlaps another, and no one for a handover month', () => {
    const claimsOf = (bundle: typeof content) =>
      new Map(buildClaims(indexContent(bundle)).map((c) => [c.id, c]));
    // Kazakhstan took over in the month India's term ended: one holder each.
    expect(claimsOf(content).get('sco-presidency-india/holder')?.values).toEqual([
      { type: 'entity', id: 'india' },
    ]);
    const overlapping = structuredClone(content);
    const deck = overlapping.decks.find((d) => d.id === OFFICES)!;
    const norov = deck.facts.find((f) => f.id === 'sco-sg-norov') as OfficeFact;
    norov.to = '2022-06-30';
    const values = claimsOf(overlapping).get('sco-sg-zhang-ming/holder')?.values;
    expect(values).toEqual([
      { type: 'entity', id: 'vladimir-norov' },
      { type: 'entity', id: 'zhang-ming' },
    ]);
  });

  it('asks 第几任 of a counted holder and who was the Nth, with Chinese numerals and the 任 counter', () => {
    const q = bank(OFFICES, 1);
    const claims = new Set(q.flatMap((x) => x.claims));
    for (const f of offices.filter((x) => x.ordinal !== undefined)) {
      expect(claims).toContain(`${f.id}/ordinal`);
      expect(claims).toContain(`${f.id}/nth-holder`);
    }
    // The rotating presidencies are not counted in the fixture: no 第几任 for them.
    expect(claims).not.toContain('sco-presidency-india/ordinal');
    const zhang = q.find((x) => x.id === 'single:sco-sg-zhang-ming/ordinal');
    expect(zhang?.prompt.zh).toBe('张明是第几任上海合作组织秘书长？');
    expect(
      zhang?.kind === 'single' && zhang.options.find((o) => o.id === zhang.answer)?.text,
    ).toEqual({ zh: '第七任', en: '7th' });
    expect(q.find((x) => x.id === 'single:un-sg-guterres/nth-holder')?.prompt).toEqual({
      zh: '第九任联合国秘书长是谁？',
      en: 'Who is the 9th Secretary-General of the United Nations?',
    });
  });

  it('keys every number of a holder counted twice, and one holder per number', () => {
    const twice = structuredClone(content);
    const deck = twice.decks.find((d) => d.id === OFFICES)!;
    deck.facts.push({
      ...(deck.facts.find((f) => f.id === 'un-sg-ban-ki-moon') as OfficeFact),
      id: 'un-sg-ban-ki-moon-again',
      from: '2031-01-01',
      to: '2035-12-31',
      ordinal: 11,
    });
    const claims = new Map(buildClaims(indexContent(twice)).map((c) => [c.id, c]));
    expect(claims.get('un-sg-ban-ki-moon/ordinal')?.values).toEqual([
      { type: 'ordinal', n: 8, measure: '任' },
      { type: 'ordinal', n: 11, measure: '任' },
    ]);
    expect(claims.has('un-sg-ban-ki-moon-again/ordinal')).toBe(false);
    expect(claims.get('un-sg-ban-ki-moon-again/nth-holder')?.values).toEqual([
      { type: 'entity', id: 'ban-ki-moon' },
    ]);
  });

  it('does not ask when a holder took office who held it twice', () => {
    const twice = structuredClone(content);
    const deck = twice.decks.find((d) => d.id === OFFICES)!;
    deck.facts.push({
      ...(deck.facts.find((f) => f.id === 'sco-presidency-india') as OfficeFact),
      id: 'sco-presidency-india-again',
      from: '2031-07',
      to: '2032-07',
    });
    const ids = buildClaims(indexContent(twice)).map((c) => c.id);
    expect(ids).toContain('sco-presidency-india/holder');
    expect(ids).not.toContain('sco-presidency-india/from');
    expect(ids).not.toContain('sco-presidency-india-again/from');
  });
});

describe('document: a declaration, treaty or plan adopted or signed', () => {
  it('asks when, where, at which event and by whom it was made, in every kind', () => {
    const questions = bank(DOCUMENTS, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const id of ['date', 'event', 'city', 'signatories', 'signatory-count'])
      expect(claims).toContain(`sco-charter-signed/${id}`);
    expect(claims).toContain('paris-agreement-adopted/event');
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'order', 'match']),
    );
  });

  it('keys only what the facts make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(DOCUMENTS, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('does not ask where a document was made when its name says it', () => {
    const ids = new Set(buildClaims(index).map((c) => c.id));
    // The Xi'an Declaration of the China–Central Asia Summit: neither its city nor its event.
    expect(ids).not.toContain('xian-declaration-adopted/city');
    expect(ids).not.toContain('xian-declaration-adopted/event');
    expect(ids).not.toContain('shanghai-convention-signed/city');
    // Nor which countries signed it: its name holds 中国, one of the answers.
    expect(ids).not.toContain('xian-declaration-adopted/signatories');
    expect(ids).toContain('xian-declaration-adopted/signatory-count');
    expect(ids).toContain('sco-charter-signed/event');
  });

  it('says signed or adopted as the fact does', () => {
    const q = bank(DOCUMENTS, 1);
    expect(q.find((x) => x.id === 'single:paris-agreement-adopted/date')?.prompt).toEqual({
      zh: '《巴黎协定》于何时通过？',
      en: 'When was the Paris Agreement adopted?',
    });
    expect(q.find((x) => x.id === 'single:sco-charter-signed/date')?.prompt.en).toBe(
      'When was the Charter of the Shanghai Cooperation Organisation signed?',
    );
  });
});

describe('quantity: a statistic or a target with a unit, for a year or a day', () => {
  const fillOf = (id: string) => {
    const q = bank(QUANTITIES, 1).find((x) => x.id === `fill:${id}/value`);
    if (q?.kind !== 'fill') throw new Error(`no fill-in for ${id}`);
    return q;
  };

  it('asks the figure and its year, as every kind of question a figure can give', () => {
    const questions = bank(QUANTITIES, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const f of quantities) expect(claims).toContain(`${f.id}/value`);
    expect(claims).toContain('china-gdp-growth-2024/year');
    // A figure is no event: it is not put in order.
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'match']),
    );
  });

  it('keys only what the figures make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(QUANTITIES, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('never offers as wrong a figure recorded for the same measure', () => {
    let offered = 0;
    for (const seed of SEEDS)
      for (const q of bank(QUANTITIES, seed)) {
        if (q.kind !== 'single' || !q.claimId.endsWith('/value')) continue;
        const fact = quantities.find((f) => `${f.id}/value` === q.claimId)!;
        const recorded = quantities
          .filter((f) => f.measure.en === fact.measure.en)
          .map((f) => f.value);
        for (const o of q.options) {
          if (o.id === q.answer) continue;
          offered++;
          expect(recorded).not.toContain(Number(o.id.slice(7)));
        }
      }
    expect(offered).toBeGreaterThan(20);
  });

  it('keys every year of a repeated target as one claim', () => {
    const claims = buildClaims(index);
    const years = claims.filter((c) => c.relation === 'quantity.year' && c.id.includes('target'));
    expect(years.map((c) => c.values)).toEqual([
      [
        { type: 'year', year: 2023 },
        { type: 'year', year: 2024 },
        { type: 'year', year: 2025 },
      ],
    ]);
  });

  it('writes figures as each language does: 5.0%, 亿元 and 万公里 against trillions and thousands', () => {
    const q = bank(QUANTITIES, 1);
    expect(q.find((x) => x.id === 'truefalse:china-gdp-growth-target-2025/value')?.prompt).toEqual({
      zh: '2025年，中国国内生产总值增速预期目标为5%左右。',
      en: "China's GDP growth target for 2025 was set at around 5%.",
    });
    expect(fillOf('china-gdp-growth-2024').answer.display).toEqual({ zh: '5.0%', en: '5.0%' });
    expect(fillOf('china-gdp-2024').answer.display).toEqual({
      zh: '1349084亿元',
      en: '134.9 trillion yuan',
    });
    expect(fillOf('china-high-speed-rail-2024').prompt.zh).toBe(
      '截至2024年12月31日，中国高速铁路营业里程为＿＿。',
    );
    expect(fillOf('china-high-speed-rail-2024').answer.display).toEqual({
      zh: '4.8万公里',
      en: '48,000 km',
    });
  });

  it('accepts the typed figure with or without its unit, in either language, and nothing else', () => {
    const accepts = (id: string, input: string) => {
      const { accepted, numeric } = fillOf(id).answer;
      return matchesAnswer(input, accepted, { numeric });
    };
    for (const input of ['5.0', '5', '5.0%', '5 %'])
      expect(accepts('china-gdp-growth-2024', input)).toBe(true);
    for (const input of ['5.2', '50', '0.5%'])
      expect(accepts('china-gdp-growth-2024', input)).toBe(false);
    for (const input of ['4.8万公里', '4.8万', '48000 km', '48,000'])
      expect(accepts('china-high-speed-rail-2024', input)).toBe(true);
    for (const input of ['48000万公里', '4.8 km', '4.8亿'])
      expect(accepts('china-high-speed-rail-2024', input)).toBe(false);
    expect(accepts('china-gdp-2024', '134.9万亿元')).toBe(false);
    expect(accepts('china-gdp-2024', '134.9 trillion yuan')).toBe(true);
    // A whole target is read as a number in words too.
    expect(accepts('china-gdp-growth-target-2025', '五')).toBe(true);
  });
});

describe('status: an organisation granting a country a status', () => {
  it('asks which status, when and which country, in every kind', () => {
    const questions = bank(STATUSES, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const f of statuses) {
      expect(claims).toContain(`${f.id}/status`);
      expect(claims).toContain(`${f.id}/date`);
    }
    expect(claims).toContain('iran-sco-member/country');
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'order', 'match']),
    );
  });

  it('keys only what the facts make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(STATUSES, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('keys every country granted the status that day, as one claim', () => {
    const claims = new Map(buildClaims(index).map((c) => [c.id, c]));
    expect(claims.get('india-sco-member/country')?.values).toEqual([
      { type: 'entity', id: 'india' },
      { type: 'entity', id: 'pakistan' },
    ]);
    expect(claims.has('pakistan-sco-member/country')).toBe(false);
  });

  it('never offers as wrong a country that held the status from a day the content does not give', () => {
    const held = structuredClone(content);
    const deck = held.decks.find((d) => d.id === STATUSES)!;
    deck.facts = deck.facts.filter((f) => f.id !== 'iran-sco-observer');
    const claim = buildClaims(indexContent(held)).find(
      (c) => c.id === 'india-sco-observer/country',
    );
    expect(claim?.avoid).toEqual([{ type: 'entity', id: 'iran' }]);
  });

  it('asks by the day, not the year, of a country that gained two statuses in one year', () => {
    const moved = structuredClone(content);
    const deck = moved.decks.find((d) => d.id === STATUSES)!;
    (deck.facts.find((f) => f.id === 'belarus-sco-observer') as StatusFact).date = '2024-01-15';
    const claims = new Map(buildClaims(indexContent(moved)).map((c) => [c.id, c]));
    expect(claims.get('belarus-sco-observer/status')?.ask).toEqual({
      zh: '2024年1月15日，白俄罗斯获得了上海合作组织的哪种地位？',
      en: 'What status in the Shanghai Cooperation Organisation did Belarus gain on 15 January 2024?',
    });
    expect(claims.get('belarus-sco-member/status')?.ask.zh).toBe(
      '2024年7月4日，白俄罗斯获得了上海合作组织的哪种地位？',
    );
    expect(claims.get('belarus-sco-member/status')?.values).toEqual([
      { type: 'term', text: { zh: '成员国', en: 'member state' } },
    ]);
    // A country with one status that year is still asked by the year.
    expect(claims.get('iran-sco-member/status')?.ask.zh).toBe(
      '2023年，伊朗获得了上海合作组织的哪种地位？',
    );
  });

  it('says the status before and after as a 时政 text would', () => {
    const q = bank(STATUSES, 1).find((x) => x.id === 'truefalse:belarus-sco-observer/status');
    expect(q?.explanation).toEqual({
      zh: '这一说法正确。2015年7月，白俄罗斯由上海合作组织对话伙伴成为观察员国。',
      en: 'This is true. In July 2015, Belarus became an observer state of the Shanghai Cooperation Organisation, having been a dialogue partner.',
    });
  });
});

describe('mission: a mission with dated milestones', () => {
  it('asks the date of each milestone and which mission reached it, in every kind', () => {
    const questions = bank(MISSIONS, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const f of missions)
      for (const m of f.milestones) {
        expect(claims).toContain(`${f.id}/${m.event}`);
        expect(claims).toContain(`${f.id}/mission-${m.event}`);
      }
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'order', 'match']),
    );
  });

  it('keys only what the milestones make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(MISSIONS, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('puts the steps of one mission in order, from three steps on different days', () => {
    const q = bank(MISSIONS, 1);
    const steps = q.find((x) => x.id === 'order:fixture-missions:change-6');
    expect(steps?.kind === 'order' && steps.answer).toEqual([
      'change-6',
      'change-6--landing',
      'change-6--return',
    ]);
    expect(steps?.kind === 'order' && steps.eventClaims).toEqual([
      'change-6/launch',
      'change-6/landing',
      'change-6/return',
    ]);
    expect(steps?.explanation.zh).toBe(
      '2024年5月3日　嫦娥六号发射\n2024年6月2日　嫦娥六号在月球背面着陆\n2024年6月25日　嫦娥六号返回地球',
    );
    // Shenzhou-17 was launched and docked on one day: its steps have no one order.
    expect(q.some((x) => x.id === 'order:fixture-missions:shenzhou-17')).toBe(false);
  });

  it('puts missions in order by their launch and words milestones as a news agency would', () => {
    const q = bank(MISSIONS, 1);
    const order = q.find((x) => x.id === 'order:fixture-missions:0');
    expect(
      order?.kind === 'order' && order.options.every((o) => o.text.en.startsWith('Launch of')),
    ).toBe(true);
    expect(q.find((x) => x.id === 'single:change-6/landing')?.prompt).toEqual({
      zh: '嫦娥六号于何时在月球背面着陆？',
      en: "When did Chang'e-6 land on the far side of the Moon?",
    });
    expect(q.find((x) => x.id === 'single:shenzhou-18/mission-docking')?.prompt).toEqual({
      zh: '2024年4月26日，哪项任务与空间站组合体完成对接？',
      en: 'Which mission docked with the space station on 26 April 2024?',
    });
  });
});

describe('title: a title or designation held for a period', () => {
  const titles = index.facts.filter((f) => f.kind === 'title');

  it('asks who was named, when, which title and by whom, in every kind', () => {
    const questions = bank(TITLES, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const f of titles) expect(claims).toContain(`${f.id}/from`);
    for (const id of ['holder', 'title'])
      expect(claims).toContain(`harbin-culture-city-2018/${id}`);
    // Who confers a title is asked once, of its first fact.
    expect(claims).toContain('changsha-culture-city-2017/by');
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'order', 'match']),
    );
  });

  it('keys only what the titles make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(TITLES, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('keys every city named the same year as one claim, and every title a city was given that year', () => {
    const claims = new Map(buildClaims(index).map((c) => [c.id, c]));
    expect(claims.get('harbin-culture-city-2018/holder')?.values).toEqual([
      { type: 'entity', id: 'harbin' },
      { type: 'entity', id: 'kanazawa' },
      { type: 'entity', id: 'busan' },
    ]);
    expect(claims.has('busan-culture-city-2018/holder')).toBe(false);
    // Harbin's older title is not one it was given in 2018.
    expect(claims.get('harbin-culture-city-2018/title')?.values).toEqual([
      { type: 'term', text: { zh: '东亚文化之都', en: 'Culture City of East Asia' } },
    ]);
  });

  it('words a title as a 时政 text would, in quotation marks and with its conferring body', () => {
    const q = bank(TITLES, 1);
    expect(q.find((x) => x.id === 'multiple:harbin-culture-city-2018/holder')?.prompt).toEqual({
      zh: '2018年，哪些城市获得“东亚文化之都”称号？（多选）',
      en: 'Which cities were named Culture City of East Asia in 2018? (Select all that apply.)',
    });
    const ye = index.fact('ye-peijian-peoples-scientist');
    expect(explainFact(index, ye)).toEqual({
      zh: '2019年9月17日，叶培建获得全国人民代表大会常务委员会授予的“人民科学家”称号。',
      en: "Ye Peijian was named People's Scientist by the Standing Committee of the National People's Congress on 17 September 2019.",
    });
  });
});

describe('record: a first or a record, with its figure', () => {
  const records = index.facts.filter((f) => f.kind === 'record');

  it('asks who set it, when and its figure, in every kind', () => {
    const questions = bank(RECORDS, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const f of records) {
      expect(claims).toContain(`${f.id}/holder`);
      expect(claims).toContain(`${f.id}/date`);
    }
    expect(claims).toContain('hzmb-longest/value');
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'order', 'match']),
    );
  });

  it('keys only what the records make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(RECORDS, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('offers holders of the same type only, and names a thing by its own name', () => {
    const q = bank(RECORDS, 1);
    const landing = q.find((x) => x.id === 'single:china-far-side-landing/holder');
    expect(landing?.prompt.zh).toBe('2019年1月3日，哪个国家成为首个实现月球背面软着陆的国家？');
    for (const o of landing?.kind === 'single' ? landing.options : [])
      expect(index.entity(o.id).type).toBe('country');
    expect(q.find((x) => x.id === 'single:hzmb-longest/value')?.prompt).toEqual({
      zh: '世界最长的跨海大桥港珠澳大桥的全长为多少？',
      en: "What was the total length of the Hong Kong–Zhuhai–Macao Bridge, the world's longest sea-crossing bridge?",
    });
    expect(explainFact(index, index.fact('hzmb-longest')).en).toBe(
      "On 23 October 2018, the Hong Kong–Zhuhai–Macao Bridge became the world's longest sea-crossing bridge, with a total length of 55 km.",
    );
  });
});

describe('rule: held every N years, hosts in turn, a term of office', () => {
  it('asks how often, which host is next and how long a term is, as every kind a rule can give', () => {
    const questions = bank(RULES, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const id of [
      'sco-summit-every-year/every',
      'world-cup-every-four-years/every',
      'trilateral-summit-rotation/next',
      'sco-sg-term/term',
    ])
      expect(claims).toContain(id);
    // A rule is no event: it is not put in order; each has one value, so no select-all either.
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'truefalse', 'fill', 'match']),
    );
  });

  it('keys only what the rules make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(RULES, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('names the next host from the last reported turn, the first member again after the last', () => {
    const next = (content: typeof index) =>
      buildClaims(content).find((c) => c.id === 'trilateral-summit-rotation/next')?.values;
    expect(next(index)).toEqual([{ type: 'entity', id: 'japan' }]);
    const later = structuredClone(content);
    const rotation = later.decks
      .find((d) => d.id === RULES)!
      .facts.find((f) => f.id === 'trilateral-summit-rotation') as RuleFact;
    rotation.rotation!.last = 'japan';
    expect(next(indexContent(later))).toEqual([{ type: 'entity', id: 'china' }]);
  });

  it('asks which host is next without the series name that gives the members away', () => {
    const q = bank(RULES, 1).find((x) => x.id === 'single:trilateral-summit-rotation/next');
    expect(q?.prompt).toEqual({
      zh: '按照轮流主办顺序，中日韩领导人会议2024年5月27日由韩国主办之后，下一次由哪个国家主办？',
      en: 'The Trilateral Summit is hosted in turn. After the Republic of Korea hosted it on 27 May 2024, which country hosts the next one?',
    });
  });
});

describe('anniversary: the Nth anniversary of a recorded event in a year', () => {
  it('asks which anniversary a year marks and in which year it falls, in every kind but order', () => {
    const questions = bank(ANNIVERSARIES, 1);
    const claims = new Set(questions.flatMap((q) => q.claims));
    for (const f of index.facts.filter((x) => x.kind === 'anniversary')) {
      expect(claims).toContain(`${f.id}/n`);
      expect(claims).toContain(`${f.id}/year`);
    }
    // An anniversary is no event of its own: it is not put in order.
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'match']),
    );
  });

  it('keys only what the dates of the events make true, for seeds 1 to 5', () => {
    for (const seed of SEEDS) expect(bank(ANNIVERSARIES, seed).flatMap(wrongAnswers)).toEqual([]);
  });

  it('counts the number from the date of the event, not from what the fact states', () => {
    const moved = structuredClone(content);
    const founding = moved.decks
      .flatMap((d) => d.facts)
      .find((f) => f.id === 'sco-founded') as Extract<Fact, { kind: 'founding' }>;
    founding.date = '2002-06-15';
    const n = buildClaims(indexContent(moved)).find((c) => c.id === 'sco-founding-25th/n');
    expect(n?.values).toEqual([{ type: 'count', n: 24, unit: 'anniversary' }]);
  });

  it('asks with 周年 in Chinese and an ordinal in English', () => {
    const q = bank(ANNIVERSARIES, 1).find((x) => x.id === 'single:sco-founding-25th/n');
    expect(q?.prompt).toEqual({
      zh: '2026年是上海合作组织成立多少周年？',
      en: 'Which anniversary of the founding of the Shanghai Cooperation Organisation does 2026 mark?',
    });
    expect(q?.kind === 'single' && q.options.find((o) => o.id === q.answer)?.text).toEqual({
      zh: '25周年',
      en: '25th',
    });
    expect(explainFact(index, index.fact('sco-founding-25th')).zh).toBe(
      '上海合作组织成立于2001年6月15日，至2026年为25周年。',
    );
  });
});

describe('text a learner reads of the new kinds', () => {
  const texts = learnerTexts(content, SEEDS);
  const zh = [...new Set(texts.map((t) => t.zh))];
  const en = [...new Set(texts.map((t) => t.en))];
  it('is drawn from every new kind', () => {
    expect(zh.some((s) => s.includes('轮值主席国'))).toBe(true);
    expect(en.some((s) => s.includes('signed by 6 countries'))).toBe(true);
    expect(zh.some((s) => s.includes('预期目标为5%左右'))).toBe(true);
    expect(zh.some((s) => s.includes('由上海合作组织观察员国成为成员国'))).toBe(true);
    expect(zh.some((s) => s.includes('在月球背面着陆'))).toBe(true);
    expect(zh.some((s) => s.includes('“东亚文化之都”称号'))).toBe(true);
    expect(en.some((s) => s.includes('with a total length of 55 km'))).toBe(true);
    expect(zh.some((s) => s.includes('国际足联世界杯每4年举行一次'))).toBe(true);
    expect(zh.some((s) => s.includes('2026年是上海合作组织成立25周年'))).toBe(true);
  });
  for (const rule of TEXT_RULES) {
    it(rule.name, () => {
      expect(rule.defects(zh, en)).toEqual([]);
    });
  }
});

describe('content:check of the new kinds', () => {
  const read = (file: string) => ({
    file,
    text: readFileSync(path.join(KINDS_FIXTURE_ROOT, file), 'utf8'),
  });
  const glossary = read('content/glossary.json');
  const deckFile = (name: string) => read(`content/decks/${name}.json`);
  const problems = (name: string, change: (facts: Record<string, unknown>[]) => void) => {
    const file = deckFile(name);
    const deck = JSON.parse(file.text) as { facts: Record<string, unknown>[] };
    change(deck.facts);
    const result = validateContent(glossary, [{ file: file.file, text: JSON.stringify(deck) }]);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('accepts the fixture content', () => {
    expect(problems(OFFICES, () => {})).toEqual([]);
    expect(problems(DOCUMENTS, () => {})).toEqual([]);
    expect(problems(QUANTITIES, () => {})).toEqual([]);
    expect(problems(STATUSES, () => {})).toEqual([]);
    expect(problems(MISSIONS, () => {})).toEqual([]);
    expect(problems(TITLES, () => {})).toEqual([]);
    expect(problems(RECORDS, () => {})).toEqual([]);
    expect(problems(RULES, () => {})).toEqual([]);
  });

  it('names the fact of a record with both or neither holder and name, a figure without its unit, or a record written twice', () => {
    expect(
      problems(RECORDS, (facts) => {
        facts[0]!.name = { zh: '嫦娥四号', en: "Chang'e-4" };
        delete facts[2]!.holder;
        delete facts[4]!.unit;
        facts[3]!.record = facts[1]!.record;
      }),
    ).toEqual([
      'content/decks/fixture-records.json › fact "china-far-side-landing" › name: give holder (a glossary entity) or name (a thing the glossary has no type for), not both',
      'content/decks/fixture-records.json › fact "yang-liwei-first-astronaut" › holder: give holder (a glossary entity) or name (a thing the glossary has no type for)',
      'content/decks/fixture-records.json › fact "wang-yaping-spacewalk" › record: "the first country to bring back samples from the far side of the Moon" is already recorded (fact "china-far-side-samples"); a record broken later is a new fact in its own words ("… as of 2024")',
      'content/decks/fixture-records.json › fact "hzmb-longest" › value: a record with a figure gives measure, value and unit together',
    ]);
  });

  it('names the fact of a rule that states two rules, or a rotation whose next host is not one country', () => {
    expect(
      problems(RULES, (facts) => {
        facts[0]!.term = { office: { zh: '秘书长', en: 'Secretary-General' }, years: 3 };
        const rotation = facts[3]!.rotation as { order: string[]; last: string };
        rotation.order.push('japan');
        rotation.last = 'russia';
      }),
    ).toEqual([
      'content/decks/fixture-rules.json › fact "sco-summit-every-year" › every: a rule gives exactly one of every (held every N years), rotation (hosts in turn) or term (a term\'s length); this fact gives 2',
      'content/decks/fixture-rules.json › fact "trilateral-summit-rotation" › rotation.order: a member is listed twice, so the next host is not one country',
      'content/decks/fixture-rules.json › fact "trilateral-summit-rotation" › rotation.last: "russia" is not in the order, so the next host is not known',
    ]);
  });

  it('names the fact of an anniversary whose stated number the date of the event does not give', () => {
    // The anniversaries name facts of other decks: check them with those decks.
    const documents = deckFile(DOCUMENTS);
    const check = (change: (facts: Record<string, unknown>[]) => void) => {
      const file = deckFile(ANNIVERSARIES);
      const deck = JSON.parse(file.text) as { facts: Record<string, unknown>[] };
      change(deck.facts);
      const result = validateContent(glossary, [
        documents,
        { file: file.file, text: JSON.stringify(deck) },
      ]);
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(check(() => {})).toEqual([]);
    expect(
      check((facts) => {
        facts[2]!.n = 24;
        facts[3]!.year = 2001;
        facts[4]!.year = 2021;
      }),
    ).toEqual([
      'content/decks/fixture-anniversaries.json › fact "sco-founding-25th" › n: 2026 is the 25th anniversary of 2001-06-15, not the 24th (25周年, not 24周年)',
      'content/decks/fixture-anniversaries.json › fact "sco-charter-20th" › year: 2001 is not after the event (2002-06-07), so it marks no anniversary',
      'content/decks/fixture-anniversaries.json › fact "paris-agreement-10th" › n: 2021 is the 6th anniversary of 2015-12-12, not the 10th (6周年, not 10周年)',
    ]);
  });

  it('names the fact of a title that ends before it begins, and of a title given twice', () => {
    expect(
      problems(TITLES, (facts) => {
        facts[0]!.to = '2016';
        facts[1]!.holder = 'changsha';
      }),
    ).toEqual([
      'content/decks/fixture-titles.json › fact "changsha-culture-city-2017" › to: the title ends (2016) before it begins (2017)',
      'content/decks/fixture-titles.json › fact "kyoto-culture-city-2017" › title: "changsha" is already named Culture City of East Asia from 2017 (fact "changsha-culture-city-2017")',
    ]);
  });

  it('names the fact and milestone of a milestone out of order or listed twice', () => {
    expect(
      problems(MISSIONS, (facts) => {
        const milestones = facts[0]!.milestones as { event: string; date: string }[];
        milestones[1]!.date = '2020-11-01';
        milestones[2]!.event = 'launch';
      }),
    ).toEqual([
      'content/decks/fixture-missions.json › fact "change-5" › milestones[1].date: landing (2020-11-01) comes before launch (2020-11-24)',
      'content/decks/fixture-missions.json › fact "change-5" › milestones[2].event: "launch" is listed twice',
    ]);
  });

  it('names the fact of a status granted twice and of a status that stays the same', () => {
    expect(
      problems(STATUSES, (facts) => {
        facts[0]!.before = { zh: '观察员国', en: 'observer state' };
        facts[facts.length - 1]!.status = { zh: '观察员国', en: 'Observer state' };
      }),
    ).toEqual([
      'content/decks/fixture-statuses.json › fact "iran-sco-observer" › before: the status before is the status granted ("observer state")',
      'content/decks/fixture-statuses.json › fact "belarus-sco-member" › before: the status before is the status granted ("Observer state")',
      'content/decks/fixture-statuses.json › fact "belarus-sco-member" › status: "belarus" is already granted Observer state of "sco" (fact "belarus-sco-observer")',
    ]);
  });

  it('names the fact of two statuses in one year whose days are not given', () => {
    expect(
      problems(STATUSES, (facts) => {
        facts.find((f) => f.id === 'belarus-sco-observer')!.date = '2024';
      }),
    ).toEqual([
      'content/decks/fixture-statuses.json › fact "belarus-sco-member" › date: "belarus" gained observer state of "sco" (fact "belarus-sco-observer", 2024) and member state (2024-07-04) on dates that may be one day: give both days, or a question on 2024 has two answers',
    ]);
  });

  it('names the fact of a member count for a year in which the count changed', () => {
    const count = (period: string) =>
      problems(QUANTITIES, (facts) => {
        facts.push(
          {
            id: 'belarus-joins-sco',
            kind: 'membership',
            organisation: 'sco',
            joined: ['belarus'],
            date: '2024-07-04',
            membersBefore: 9,
            membersAfter: 10,
            source: facts[0]!.source,
          },
          {
            id: 'sco-member-count',
            kind: 'quantity',
            subject: 'sco',
            measure: { zh: '成员国数量', en: 'number of member states' },
            value: 10,
            unit: { zh: '个', en: 'member states' },
            period,
            source: facts[0]!.source,
          },
        );
      });
    expect(count('2024')).toEqual([
      'content/decks/fixture-quantities.json › fact "sco-member-count" › period: the member count of "sco" changed within 2024 (fact "belarus-joins-sco": 9 to 10 on 2024-07-04), so a question on 2024 has two answers: give the day the figure was true ("2024-12-31")',
    ]);
    expect(count('2024-12-31')).toEqual([]);
    expect(count('2025')).toEqual([]);
  });

  it('names the fact and the entity of a figure of a person, and of an unknown subject', () => {
    expect(
      problems(QUANTITIES, (facts) => {
        facts[0]!.subject = 'xi-jinping';
        facts[1]!.subject = 'atlantis';
      }),
    ).toEqual([
      'content/decks/fixture-quantities.json › fact "china-gdp-growth-2022" › subject: "xi-jinping" is a person; expected country or organisation or city or meeting-series',
      'content/decks/fixture-quantities.json › fact "china-gdp-growth-2023" › subject: unknown entity "atlantis" (not in the glossary)',
    ]);
  });

  it('names the fact of a figure with more digits than it declares, and of a year recorded twice', () => {
    expect(
      problems(QUANTITIES, (facts) => {
        facts[1]!.value = 5.25;
        facts[2]!.period = '2023';
      }),
    ).toEqual([
      'content/decks/fixture-quantities.json › fact "china-gdp-growth-2023" › decimals: 5.25 has 2 digits after the point, more than decimals (1)',
      'content/decks/fixture-quantities.json › fact "china-gdp-growth-2024" › period: "china" already has a figure for GDP growth in 2023 (fact "china-gdp-growth-2023")',
    ]);
  });

  it('names the fact and the entity of a holder of the wrong type', () => {
    expect(
      problems(OFFICES, (facts) => {
        facts[0]!.holder = 'shanghai';
      }),
    ).toEqual([
      'content/decks/fixture-offices.json › fact "sco-sg-alimov" › holder: "shanghai" is a city; expected person or country',
    ]);
  });

  it('names the fact of a number given to two holders of one office', () => {
    expect(
      problems(OFFICES, (facts) => {
        facts[1]!.ordinal = 5;
      }),
    ).toEqual([
      'content/decks/fixture-offices.json › fact "sco-sg-norov" › ordinal: "rashid-alimov" is already the holder number 5 of this office (fact "sco-sg-alimov")',
    ]);
  });

  it('names the fact of a term that ends before it begins', () => {
    expect(
      problems(OFFICES, (facts) => {
        facts[1]!.to = '2018-12-31';
      }),
    ).toEqual([
      'content/decks/fixture-offices.json › fact "sco-sg-norov" › to: the term ends (2018-12-31) before it begins (2019-01-01)',
    ]);
  });

  it('names the fact and the entity of an unknown signatory and a signatory listed twice', () => {
    expect(
      problems(DOCUMENTS, (facts) => {
        facts[0]!.signatories = ['china', 'atlantis', 'china'];
      }),
    ).toEqual([
      'content/decks/fixture-documents.json › fact "shanghai-convention-signed" › signatories[1]: unknown entity "atlantis" (not in the glossary)',
      'content/decks/fixture-documents.json › fact "shanghai-convention-signed" › signatories: a signatory is listed twice',
    ]);
  });

  it('says which kind the fields of a fact fit, when its kind does not know them', () => {
    const found = problems(OFFICES, (facts) => {
      // A title written as an office.
      facts[0] = {
        id: 'harbin-culture-city',
        kind: 'office',
        holder: 'xian',
        title: { zh: '东亚文化之都', en: 'Culture City of East Asia' },
        from: '2019',
        to: '2019',
        source: facts[0]!.source,
      };
      // A rotation written as a status.
      facts[1] = {
        id: 'trilateral-rotation',
        kind: 'status',
        subject: 'sco',
        rotation: { order: ['china', 'russia'], last: 'china', lastDate: '2024' },
        source: facts[1]!.source,
      };
    });
    expect(found.find((p) => p.includes('"harbin-culture-city" › title:'))).toContain(
      'these fields fit kind "title" (a title or designation held for a period',
    );
    expect(found.find((p) => p.includes('"trilateral-rotation" › subject, rotation:'))).toContain(
      'these fields fit kind "rule" (a recurring rule',
    );
  });

  it('suggests the new kinds for the words authors use for them', () => {
    const kindMessage = (kind: string) =>
      problems(OFFICES, (facts) => {
        facts[0]!.kind = kind;
      })[0];
    expect(kindMessage('appointment')).toContain('kind "appointment" is not a kind; use "office"');
    expect(kindMessage('treaty')).toContain('use "document"');
    expect(kindMessage('declaration')).toContain('use "document"');
    expect(kindMessage('statistic')).toContain('use "quantity"');
    expect(kindMessage('growth-target')).toContain('use "quantity"');
    expect(kindMessage('member')).not.toContain('use "quantity"');
    expect(kindMessage('observer')).toContain('use "status"');
    expect(kindMessage('dialogue-partner')).toContain('use "status"');
    expect(kindMessage('spaceflight')).toContain('use "mission"');
    expect(kindMessage('designation')).toContain('use "title"');
    expect(kindMessage('honorary-title')).toContain('use "title"');
    expect(kindMessage('longest')).toContain('use "record"');
    expect(kindMessage('firsts')).toContain('use "record"');
    expect(kindMessage('rotation')).toContain('use "rule"');
    expect(kindMessage('biennial')).toContain('use "rule"');
    expect(kindMessage('jubilee')).toContain('use "anniversary"');
    expect(kindMessage('anniversaries')).toContain('use "anniversary"');
  });
});
