import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { factHeadline } from '../../lib/questions/explain';
import { matchesAnswer } from '../../lib/questions/answers';
import { generateQuestions } from '../../lib/questions/generate';
import type {
  FillInQuestion,
  MultipleSelectQuestion,
  Question,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '../../lib/questions/models';

/*
 * The article deck must teach what the article says. Each check finds the question on a claim
 * and reads its key, so a fact that drops out of the bank, or a wrong key, fails here.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLE = 'sco-ssc-2024-article';
const bank: Question[] = generateQuestions(loadContent(ROOT), { seed: 1, deckIds: [ARTICLE] });

function find(kind: Question['kind'], claimId: string): Question {
  const q = bank.find((x) => x.kind === kind && x.claimId === claimId);
  if (!q) throw new Error(`no ${kind} question on "${claimId}" in the article deck`);
  return q;
}
const single = (claimId: string) => find('single', claimId) as SingleChoiceQuestion;
const multiple = (claimId: string) => find('multiple', claimId) as MultipleSelectQuestion;
const fill = (claimId: string) => find('fill', claimId) as FillInQuestion;
const trueFalse = (claimId: string) => find('truefalse', claimId) as TrueFalseQuestion;

/** Every value the bank keys as true for a claim, over all question kinds. */
function keyedValues(claimId: string): Set<string> {
  const out = new Set<string>();
  for (const q of bank) {
    if (q.kind === 'single' && q.claimId === claimId) out.add(q.answer);
    if (q.kind === 'multiple' && q.claimId === claimId) q.answer.forEach((a) => out.add(a));
    if (q.kind === 'truefalse' && q.claimId === claimId && q.answer) out.add(q.statedValue);
    if (q.kind === 'multiple' && q.id.includes(':statements:'))
      for (const a of q.answer) {
        const [claim, value] = a.split('=');
        if (claim === claimId && value) out.add(value);
      }
  }
  return out;
}

const FOUNDERS = ['china', 'russia', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan'];

describe('the article deck covers the article', () => {
  it('asks when the SCO was founded: 15 June 2001', () => {
    expect(single('sco-founding/date').answer).toBe('date-2001-06-15');
  });

  it('asks for the six founding members, keying only founders', () => {
    const q = multiple('sco-founding/founders');
    expect(q.answer.length).toBeGreaterThanOrEqual(2);
    expect(q.answer.every((a) => FOUNDERS.includes(a))).toBe(true);
    const unkeyed = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.id);
    expect(unkeyed.length).toBeGreaterThanOrEqual(2);
    expect(unkeyed.filter((id) => FOUNDERS.includes(id))).toEqual([]);
    expect(single('sco-founding/founder-count').answer).toBe('count-6');
    expect(fill('sco-founding/founder-count').answer.accepted).toContain('6');
  });

  it('asks which countries joined in 2017: India and Pakistan', () => {
    expect([...multiple('sco-enlargement-2017/joined').answer].sort()).toEqual([
      'india',
      'pakistan',
    ]);
    expect(single('sco-enlargement-2017/year').answer).toBe('year-2017');
  });

  it('asks about Iran joining in 2023, taking the SCO to nine members', () => {
    expect(single('sco-enlargement-2023/joined').answer).toBe('iran');
    expect(single('sco-enlargement-2023/year').answer).toBe('year-2023');
    expect(single('sco-enlargement-2023/members-after').answer).toBe('count-9');
  });

  it('heads the membership cards in good English: one country joins, two join', () => {
    const index = indexContent(loadContent(ROOT));
    const headline = (id: string) => factHeadline(index, index.findFact(id)!).en;
    expect(headline('sco-enlargement-2023')).toMatch(/^Iran joins the SCO /);
    expect(headline('sco-enlargement-2017')).toMatch(/^India and Pakistan join the SCO /);
  });

  it('asks when the Security Council Secretaries mechanism was set up and where it first met', () => {
    expect(single('sco-ssc-founding/date').answer).toBe('date-2004-06');
    expect(single('sco-ssc-1/city').answer).toBe('tashkent');
    expect(single('sco-ssc-1/ordinal').answer).toBe('ordinal-1');
  });

  it('asks about the 19th meeting: Astana, April 2024, Wang Xiaohong in person with a keynote', () => {
    expect(single('sco-ssc-19/city').answer).toBe('astana');
    // A meeting over two days is asked by its month (generator rules 4).
    expect(single('sco-ssc-19/date').answer).toBe('date-2024-04');
    expect(single('sco-ssc-19/ordinal').answer).toBe('ordinal-19');
    expect(single('sco-ssc-19/china/attendee').answer).toBe('wang-xiaohong');
    expect(single('sco-ssc-19/wang-xiaohong/took-part').answer).toBe('took-part-in-person-keynote');
    expect(keyedValues('sco-ssc/wang-xiaohong/in-person/meetings')).toContain('ordinal-19');
  });

  it('asks how China took part in meetings 15 to 18: Zhao Kezhi, then Wang Xiaohong, by video', () => {
    for (const n of [15, 16]) {
      expect(single(`sco-ssc-${n}/china/attendee`).answer).toBe('zhao-kezhi');
      expect(single(`sco-ssc-${n}/zhao-kezhi/took-part`).answer).toBe('took-part-video-speech');
    }
    for (const n of [17, 18]) {
      expect(single(`sco-ssc-${n}/china/attendee`).answer).toBe('wang-xiaohong');
      expect(single(`sco-ssc-${n}/wang-xiaohong/took-part`).answer).toBe('took-part-video-speech');
    }
    expect([...multiple('sco-ssc/zhao-kezhi/video/meetings').answer].sort()).toEqual([
      'ordinal-15',
      'ordinal-16',
    ]);
    expect([...multiple('sco-ssc/wang-xiaohong/video/meetings').answer].sort()).toEqual([
      'ordinal-17',
      'ordinal-18',
    ]);
  });

  it('asks since when the minister had not attended in person: 2019, four whole years before', () => {
    // "How many years" had two defensible answers (four whole years, five by the calendar).
    expect(single('wang-in-person-after-four-years/years').answer).toBe('year-2019');
    expect(fill('wang-in-person-after-four-years/years').answer.accepted).toContain('2019');
    const options = single('wang-in-person-after-four-years/years').options.map((o) => o.id);
    expect(options).not.toContain('year-2024');
  });

  it('asks when, where and how the Global Security Initiative was first proposed', () => {
    // No other Chinese leader in the content could be offered (generator rules 4): the proposer
    // is asked true/false, stated truly, and typed.
    expect(
      bank.some((q) => q.kind === 'single' && q.claimId === 'gsi-first-proposed/proposer'),
    ).toBe(false);
    const proposer = trueFalse('gsi-first-proposed/proposer');
    expect([proposer.statedValue, proposer.answer]).toEqual(['xi-jinping', true]);
    expect(fill('gsi-first-proposed/proposer').answer.accepted).toContain('习近平');
    expect(single('gsi-first-proposed/date').answer).toBe('date-2022-04-21');
    expect(single('gsi-first-proposed/event').answer).toBe('boao-forum-2022');
    const mode = trueFalse('gsi-first-proposed/mode');
    expect(mode.answer).toBe(mode.statedValue === 'took-part-video');
  });

  it('asks about Wang meeting Mirziyoyev in Tashkent and Rahmon in Dushanbe', () => {
    expect(single('mirziyoyev-meets-wang-2024/host').answer).toBe('shavkat-mirziyoyev');
    expect(single('mirziyoyev-meets-wang-2024/city').answer).toBe('tashkent');
    expect(single('mirziyoyev-meets-wang-2024/date').answer).toBe('date-2024-04-01');
    expect(single('rahmon-meets-wang-2024/host').answer).toBe('emomali-rahmon');
    expect(single('rahmon-meets-wang-2024/city').answer).toBe('dushanbe');
    expect(single('rahmon-meets-wang-2024/date').answer).toBe('date-2024-04-05');
  });

  it("asks about the first China–Central Asia Summit in Xi'an in May 2023", () => {
    expect(single('china-central-asia-summit-2023/city').answer).toBe('xian');
    // A summit over two days is asked by its month (generator rules 4).
    expect(single('china-central-asia-summit-2023/date').answer).toBe('date-2023-05');
    expect(single('china-central-asia-summit-2023/chair').answer).toBe('xi-jinping');
  });

  it('asks on how many occasions Wang called for putting the initiative into practice: three', () => {
    expect(single('wang-gsi-three-times/count').answer).toBe('count-3');
  });
});

describe('typed answers in the article deck', () => {
  const accepts = (q: FillInQuestion, input: string) =>
    matchesAnswer(input, q.answer.accepted, { numeric: q.answer.numeric });

  it.each(['19', '十九', '第十九次', '１９', '19th'])(
    'accepts %j for the number of the Astana meeting',
    (input) => {
      expect(accepts(fill('sco-ssc-19/ordinal'), input)).toBe(true);
    },
  );

  it.each(['18', '十八', '第九次', '', '2024'])(
    'rejects %j for the number of the Astana meeting',
    (input) => {
      expect(accepts(fill('sco-ssc-19/ordinal'), input)).toBe(false);
    },
  );

  it.each(['阿斯塔纳', 'Astana', 'astana', '阿斯塔纳市'])(
    'accepts %j for the city of the 19th meeting',
    (input) => {
      expect(accepts(fill('sco-ssc-19/city'), input)).toBe(true);
    },
  );

  // Nur-Sultan was the city's name from March 2019 to September 2022 only: not for 2024.
  it.each(['塔什干', 'Tashkent', '阿斯', '', 'Nur-Sultan', '努尔苏丹'])(
    'rejects %j for the city of the 19th meeting',
    (input) => {
      expect(accepts(fill('sco-ssc-19/city'), input)).toBe(false);
    },
  );
});
