import { wholeYearsBetween } from '../../lib/content/dates';
import type { ContentBundle } from '../../lib/content/index-content';
import { validateContent } from '../../lib/content/validate';

/*
 * Synthetic content for the benchmark: valid decks and a glossary of any size, built the way real
 * content grows. Every deck is one "article" of about 40 facts: a run of numbered meetings of a
 * series (two decks share each series, so a series holds 40 meetings), the mechanism's founding,
 * an organisation with its enlargements, audiences, initiatives, summits, a repeated statement and
 * a gap in years. A deck includes three facts of the deck before it. Countries and cities are a
 * fixed world; people, series, summits and documents grow with the content.
 *
 * Everything is derived from the fact count with integer arithmetic: the same n gives the same
 * content, so figures from two runs compare.
 */

const COUNTRIES = 80;
const CITIES = 240;
const LEADERS = 60;
const MEETINGS_PER_DECK = 20;

type Json = Record<string, unknown>;

function text(zh: string, en: string) {
  return { zh, en };
}

const SOURCE = {
  publication: text('合成资料', 'Synthetic source'),
  date: '2024-04',
  locator: text('基准测试', 'benchmark'),
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A real day: months 1–12, days 1–28, so every date exists in every year. */
function day(year: number, month: number, dayOfMonth: number): string {
  return `${year}-${pad(((month - 1) % 12) + 1)}-${pad(((dayOfMonth - 1) % 28) + 1)}`;
}

interface Raw {
  glossary: { entities: Json[] };
  decks: Json[];
}

/** Raw JSON content with exactly `factCount` facts. */
export function syntheticRawContent(factCount: number): Raw {
  const entities: Json[] = [];
  const entity = (id: string, type: string, zh: string, en: string, extra: Json = {}) => {
    entities.push({ id, type, name: text(zh, en), ...extra });
    return id;
  };
  const country = (i: number) => `syn-country-${(i % COUNTRIES) + 1}`;
  const city = (i: number) => `syn-city-${(i % CITIES) + 1}`;
  const leader = (i: number) => `syn-leader-${(i % LEADERS) + 1}`;
  for (let i = 1; i <= COUNTRIES; i++)
    entity(`syn-country-${i}`, 'country', `国家${i}`, `Country ${i}`);
  for (let i = 1; i <= CITIES; i++) {
    entity(`syn-city-${i}`, 'city', `城市${i}`, `City ${i}`, {
      partOf: country(i),
      coordinates: [((i * 37) % 360) - 180, ((i * 17) % 140) - 70],
    });
  }
  for (let i = 1; i <= LEADERS; i++)
    entity(`syn-leader-${i}`, 'person', `领导人${i}`, `Leader ${i}`);
  entity('syn-delegations', 'group', '各代表团团长', 'the heads of delegation');

  const decks: Json[] = [];
  let remaining = factCount;
  for (let d = 0; remaining > 0; d++) {
    const facts: Json[] = [];
    const add = (fact: Json) => {
      if (facts.length < remaining) facts.push({ ...fact, source: SOURCE });
    };
    const series = `syn-series-${Math.floor(d / 2) + 1}`;
    const seriesNo = Math.floor(d / 2) + 1;
    const firstYear = 1980 + (seriesNo % 25);
    const org = `syn-org-${d + 1}`;
    if (d % 2 === 0) {
      entity(series, 'meeting-series', `合成会议${seriesNo}`, `Synthetic Meeting ${seriesNo}`, {
        short: text(`会议${seriesNo}`, `SM${seriesNo}`),
        numbered: text(`合成会议${seriesNo}第{n}次会议`, `{n} Synthetic Meeting ${seriesNo}`),
      });
    }
    entity(org, 'organisation', `合成组织${d + 1}`, `Synthetic Organisation ${d + 1}`);
    const people = Array.from({ length: 8 }, (_, k) =>
      entity(
        `syn-person-${d + 1}-${k + 1}`,
        'person',
        `人物${d + 1}之${k + 1}`,
        `Person ${d + 1}.${k + 1}`,
      ),
    );

    // Meetings: two decks carry one series, meetings a year or so apart.
    const meetingIds: string[] = [];
    const meetingDates: string[] = [];
    for (let k = 0; k < MEETINGS_PER_DECK; k++) {
      const ordinal = (d % 2) * MEETINGS_PER_DECK + k + 1;
      const id = `syn-m-${seriesNo}-${ordinal}`;
      const date = day(firstYear + ordinal, 3 + (ordinal % 9), 2 + ((ordinal * 5) % 25));
      const hosted = (seriesNo * 7 + ordinal) % COUNTRIES;
      const video = ordinal % 11 === 0;
      add({
        id,
        kind: 'meeting',
        series,
        ordinal,
        date,
        city: video ? null : city(hosted * 3 + (ordinal % 3)),
        hostCountry: country(hosted),
        format: video ? 'video' : ordinal % 7 === 0 ? 'hybrid' : 'in-person',
        attendance: [0, 1, 2].map((a) => ({
          person: a === 2 ? leader(seriesNo + ordinal) : people[(ordinal + a) % people.length],
          country: country(seriesNo + a * 13),
          role: text(`代表${a + 1}`, `Delegate ${a + 1}`),
          mode: (ordinal + a) % 4 === 0 ? 'video' : 'in-person',
          ...(a === 0 ? { speech: ordinal % 2 === 0 ? 'keynote' : 'speech' } : {}),
        })),
      });
      meetingIds.push(id);
      meetingDates.push(date);
    }
    if (d % 2 === 0) {
      add({
        id: `syn-founding-${seriesNo}`,
        kind: 'founding',
        organisation: series,
        date: day(firstYear, 6, 15),
      });
    }
    add({
      id: `syn-org-founding-${d + 1}`,
      kind: 'founding',
      organisation: org,
      date: day(1960 + (d % 40), 5, 10),
      city: city(d * 5),
      foundingMembers: [0, 1, 2, 3, 4].map((k) => country(d + k * 7)),
    });
    const summits: string[] = [];
    for (let k = 0; k < 3; k++) {
      const summit = entity(
        `syn-summit-${d + 1}-${k + 1}`,
        'summit',
        `合成峰会${d + 1}之${k + 1}`,
        `Synthetic Summit ${d + 1}.${k + 1}`,
      );
      summits.push(summit);
      const documents = [0, 1].map((x) =>
        entity(
          `syn-doc-${d + 1}-${k + 1}-${x + 1}`,
          'document',
          `合成文件${d + 1}之${k + 1}之${x + 1}`,
          `Synthetic Declaration ${d + 1}.${k + 1}.${x + 1}`,
        ),
      );
      add({
        id: `syn-summit-fact-${d + 1}-${k + 1}`,
        kind: 'summit',
        summit,
        edition: k + 1,
        date: day(1995 + ((d + k) % 30), 7 + k, 4),
        span: {
          start: day(1995 + ((d + k) % 30), 7 + k, 3),
          end: day(1995 + ((d + k) % 30), 7 + k, 4),
        },
        city: city(d * 11 + k),
        chair: leader(d + k),
        documents,
      });
    }
    for (let k = 0; k < 3; k++) {
      const before = 5 + k;
      add({
        id: `syn-membership-${d + 1}-${k + 1}`,
        kind: 'membership',
        organisation: org,
        joined: [country(d + 40 + k)],
        date: day(1995 + ((d + k) % 30), 7 + k, 4),
        event: summits[k],
        membersBefore: before,
        membersAfter: before + 1,
      });
    }
    const audiences: string[] = [];
    for (let k = 0; k < 6; k++) {
      const id = `syn-audience-${d + 1}-${k + 1}`;
      audiences.push(id);
      add({
        id,
        kind: 'audience',
        host: leader(d * 3 + k),
        hostRole: text('总统', 'President'),
        guests: k === 5 ? ['syn-delegations'] : [people[k % people.length]],
        guestRole: text('部长', 'Minister'),
        city: city(d * 13 + k),
        date: day(2000 + ((d + k) % 25), 1 + k, 10 + k),
      });
    }
    for (let k = 0; k < 2; k++) {
      const initiative = entity(
        `syn-initiative-${d + 1}-${k + 1}`,
        'initiative',
        `合成倡议${d + 1}之${k + 1}`,
        `Synthetic Initiative ${d + 1}.${k + 1}`,
      );
      add({
        id: `syn-initiative-fact-${d + 1}-${k + 1}`,
        kind: 'initiative',
        initiative,
        proposer: leader(d + k * 5),
        proposerRole: text('国家主席', 'President'),
        date: day(2010 + ((d + k) % 15), 4, 21),
        event: summits[k]!,
        mode: k === 0 ? 'video' : 'in-person',
        speech: 'keynote',
      });
    }
    add({
      id: `syn-statement-${d + 1}`,
      kind: 'statement',
      speaker: people[0],
      statement: text(`落实合成倡议${d + 1}`, `put Synthetic Initiative ${d + 1}.1 into practice`),
      context: text(`合成访问${d + 1}期间`, `during synthetic visit ${d + 1}`),
      occasions: audiences.slice(0, 3),
    });
    const from = 2;
    const to = MEETINGS_PER_DECK - 3;
    const years = wholeYearsBetween(meetingDates[from]!, meetingDates[to]!);
    if (years !== null && years >= 1) {
      add({
        id: `syn-interval-${d + 1}`,
        kind: 'interval',
        what: text(`代表${d + 1}线下出席了会议`, `delegate ${d + 1} attended in person`),
        from: meetingIds[from],
        to: meetingIds[to],
        years,
      });
    }
    // Every fact of the template is in; pad with more meetings of a side series if a deck is short.
    const previous = decks[decks.length - 1] as { facts: { id: string }[] } | undefined;
    decks.push({
      id: `syn-deck-${d + 1}`,
      title: text(`合成专题${d + 1}`, `Synthetic article ${d + 1}`),
      summary: text(`合成内容，用于基准测试。`, 'Synthetic content for the benchmark.'),
      source: { publication: SOURCE.publication, date: SOURCE.date },
      topics: [org],
      facts,
      includes: previous ? previous.facts.slice(0, 3).map((f) => f.id) : [],
    });
    remaining -= facts.length;
  }
  return { glossary: { entities }, decks };
}

/** Validated synthetic content with exactly `factCount` facts; throws if it is not valid. */
export function syntheticContent(factCount: number): ContentBundle {
  const raw = syntheticRawContent(factCount);
  const result = validateContent(
    { file: 'synthetic/glossary.json', text: JSON.stringify(raw.glossary) },
    raw.decks.map((deck, i) => ({
      file: `synthetic/deck-${i + 1}.json`,
      text: JSON.stringify(deck),
    })),
  );
  if (!result.ok) {
    const shown = result.problems
      .slice(0, 5)
      .map((p) => `${p.file} ${p.factId ?? ''} ${p.field}: ${p.message}`);
    throw new Error(`Synthetic content is invalid:\n  ${shown.join('\n  ')}`);
  }
  return result.bundle;
}

export function factCount(content: ContentBundle): number {
  return content.decks.reduce((sum, deck) => sum + deck.facts.length, 0);
}
