import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import { Entity } from '@/lib/content/schema';
import { countriesFromTopology } from '@/lib/map/basemap';
import { estimateTextWidth, overlapArea, placeLabels } from '@/lib/map/labels';
import { layoutMap, type LayoutOptions } from '@/lib/map/layout';
import { deckPlaces, deckTrips, type LonLat } from '@/lib/map/places';
import { fitFrame, projectPoint } from '@/lib/map/projection';
import { legPath } from '@/lib/map/route';

const index = indexContent(loadContent(FIXTURE_ROOT));
const ARTICLE = index.deck('sco-ssc-2024-article')!;
const TIMELINE = index.deck('sco-ssc-timeline')!;
const topology = JSON.parse(
  readFileSync(path.join('node_modules', 'world-atlas', 'countries-110m.json'), 'utf8'),
) as Topology;
const countries = countriesFromTopology(topology, { '156': ['158', '344', '446'] });

const FRAME = {
  width: 380,
  minHeight: 240,
  maxHeight: 420,
  padding: { top: 34, right: 62, bottom: 34, left: 62 },
  minSpanDegrees: 8,
};

const OPTIONS: LayoutOptions = {
  frame: FRAME,
  markerRadius: 4.5,
  labelGap: 3,
  route: false,
  routeClearance: 0,
  numberSize: 13,
};

function coordinatesOf(deck: typeof ARTICLE): LonLat[] {
  return deckPlaces(index, index.deckFacts(deck)).flatMap((p) =>
    p.coordinates ? [p.coordinates] : [],
  );
}

describe('deck places', () => {
  it('lists every city the article deck names, with coordinates for each', () => {
    const places = deckPlaces(index, index.deckFacts(ARTICLE));
    expect(places.map((p) => p.id).sort()).toEqual(
      [
        'astana',
        'beijing',
        'bishkek',
        'dushanbe',
        'new-delhi',
        'shanghai',
        'tashkent',
        'xian',
      ].sort(),
    );
    expect(places.every((p) => p.coordinates)).toBe(true);
  });

  it('marks a city someone joined a meeting from by video apart from a venue', () => {
    const beijing = deckPlaces(index, index.deckFacts(ARTICLE)).find((p) => p.id === 'beijing');
    expect(beijing?.events).toEqual([
      {
        factId: 'sco-ssc-18',
        date: '2023-03-29',
        role: 'video-from',
        country: { zh: '中国', en: 'China' },
      },
    ]);
  });

  it('names the country of a city that lies in a province', () => {
    const xian = deckPlaces(index, index.deckFacts(ARTICLE)).find((p) => p.id === 'xian');
    expect(xian?.country?.en).toBe('China');
  });

  describe('a city whose state has changed', () => {
    // The fixture timeline's Moscow meetings, with one moved to 1928, when Moscow lay in the
    // Soviet Union: the map must not name today's Russia for it.
    const content = structuredClone(loadContent(FIXTURE_ROOT));
    content.entities.push({
      id: 'soviet-union',
      type: 'country',
      name: { zh: '苏联', en: 'Soviet Union' },
      existed: { from: '1922-12-30', to: '1991-12-26' },
    } as Entity);
    const russia = content.entities.find((e) => e.id === 'russia')!;
    russia.existed = { from: '1991-12-25' };
    const timeline = content.decks.find((d) => d.id === 'sco-ssc-timeline')!;
    const inMoscow = timeline.facts.filter((f) => 'city' in f && f.city === 'moscow');
    const moscowOf = (c: typeof content) => {
      const i = indexContent(c);
      return deckPlaces(i, i.deckFacts(i.deck('sco-ssc-timeline')!)).find(
        (p) => p.id === 'moscow',
      )!;
    };

    it('names the state a fact records as host for its time, per event when they differ', () => {
      expect(inMoscow.length).toBeGreaterThan(0);
      const then = structuredClone(content);
      const fact = then.decks
        .find((d) => d.id === 'sco-ssc-timeline')!
        .facts.find((f) => f.id === inMoscow[0]!.id)!;
      Object.assign(fact, { date: '1928-06-18', hostCountry: 'soviet-union' });
      const moscow = moscowOf(then);
      expect(moscow.country).toBeUndefined();
      expect(moscow.events[0]).toMatchObject({
        date: '1928-06-18',
        country: { en: 'Soviet Union' },
      });
      expect(moscow.events.slice(1).every((e) => e.country?.en === 'Russia')).toBe(true);
    });

    it('names no state for a time before the city’s state existed, unless the fact records one', () => {
      const then = structuredClone(content);
      for (const f of then.decks.find((d) => d.id === 'sco-ssc-timeline')!.facts) {
        if ('city' in f && f.city === 'moscow')
          Object.assign(f, { date: '1928-06-18', hostCountry: undefined });
      }
      // Without a recorded host the schema would object; the rule is the map's own fallback.
      const moscow = moscowOf(then);
      expect(moscow.country).toBeUndefined();
      expect(moscow.events.every((e) => e.country === undefined)).toBe(true);
    });
  });
});

describe('deck trips', () => {
  it('derives Wang Xiaohong’s April 2024 trip Tashkent → Astana → Dushanbe from the article deck', () => {
    const trips = deckTrips(index, index.deckFacts(ARTICLE));
    expect(trips).toHaveLength(1);
    expect(trips[0]!.traveller).toBe('wang-xiaohong');
    expect(trips[0]!.stops.map((s) => [s.city, s.date])).toEqual([
      ['tashkent', '2024-04-01'],
      ['astana', '2024-04-03'],
      ['dushanbe', '2024-04-05'],
    ]);
  });

  it('finds no trip in a deck whose meetings lie years apart', () => {
    expect(deckTrips(index, index.deckFacts(TIMELINE))).toEqual([]);
  });

  it('finds no trip when the window is shorter than the gaps between the stops', () => {
    expect(deckTrips(index, index.deckFacts(ARTICLE), 1)).toEqual([]);
  });
});

describe('fitting the map', () => {
  for (const deck of [ARTICLE, TIMELINE]) {
    it(`keeps every city of ${deck.id} inside the viewBox, clear of the padding`, () => {
      const points = coordinatesOf(deck);
      const frame = fitFrame(points, FRAME);
      expect(frame.height).toBeGreaterThanOrEqual(FRAME.minHeight);
      expect(frame.height).toBeLessThanOrEqual(FRAME.maxHeight);
      for (const point of points) {
        const [x, y] = projectPoint(frame, point);
        expect(x).toBeGreaterThanOrEqual(FRAME.padding.left - 0.5);
        expect(x).toBeLessThanOrEqual(FRAME.width - FRAME.padding.right + 0.5);
        expect(y).toBeGreaterThanOrEqual(FRAME.padding.top - 0.5);
        expect(y).toBeLessThanOrEqual(frame.height - FRAME.padding.bottom + 0.5);
      }
    });
  }

  it('draws east to the right and north up', () => {
    const frame = fitFrame(coordinatesOf(ARTICLE), FRAME);
    const [tashkentX, tashkentY] = projectPoint(frame, [69.24, 41.3]);
    const [beijingX] = projectPoint(frame, [116.41, 39.9]);
    const [, astanaY] = projectPoint(frame, [71.45, 51.17]);
    expect(beijingX).toBeGreaterThan(tashkentX);
    expect(astanaY).toBeLessThan(tashkentY);
  });

  it('shows a region around a single city instead of failing', () => {
    const frame = fitFrame([[69.24, 41.3]], FRAME);
    const [x, y] = projectPoint(frame, [69.24, 41.3]);
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    // 8 degrees either way still fit: the city is not drawn at street scale.
    const [eastX] = projectPoint(frame, [73.2, 41.3]);
    expect(eastX).toBeLessThanOrEqual(FRAME.width - FRAME.padding.right + 0.5);
  });
});

describe('the base map', () => {
  it('keeps only countries that show in the frame, and shades those holding a city', () => {
    const layout = layoutMap(
      countries,
      deckPlaces(index, index.deckFacts(ARTICLE)).map((p) => ({
        id: p.id,
        coordinates: p.coordinates!,
        lines: [{ text: p.name.en, size: 13 }],
      })),
      OPTIONS,
    );
    const names = layout.countries.map((c) => c.name);
    expect(names).toContain('Kazakhstan');
    expect(names).not.toContain('Brazil');
    expect(
      layout.countries
        .filter((c) => c.holdsPlace)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['China', 'India', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan']);
  });

  it('draws Taiwan as part of China when asked to merge it', () => {
    const names = countries.map((c) => c.properties?.name);
    expect(names).toContain('China');
    expect(names).not.toContain('Taiwan');
    const unmerged = countriesFromTopology(topology).map((c) => c.properties?.name);
    expect(unmerged).toContain('Taiwan');
  });
});

describe('labels', () => {
  it('measures Chinese characters wider than Latin letters', () => {
    expect(estimateTextWidth('塔什干', 10)).toBeGreaterThan(estimateTextWidth('Tas', 10));
  });

  for (const deck of [ARTICLE, TIMELINE]) {
    for (const locale of ['zh', 'en'] as const) {
      it(`places the ${locale} labels of ${deck.id} without overlaps, inside the map`, () => {
        const other = locale === 'zh' ? 'en' : 'zh';
        const layout = layoutMap(
          countries,
          deckPlaces(index, index.deckFacts(deck)).map((p) => ({
            id: p.id,
            coordinates: p.coordinates!,
            lines: [
              { text: p.name[locale], size: 13 },
              { text: p.name[other], size: 11 },
            ],
          })),
          OPTIONS,
        );
        const boxes = layout.places.map((p) => p.label.box);
        for (let i = 0; i < boxes.length; i++) {
          const box = boxes[i]!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
          for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(box, boxes[j]!)).toBe(0);
          for (const place of layout.places) {
            const dot = { x: place.x - 4.5, y: place.y - 4.5, width: 9, height: 9 };
            expect(overlapArea(box, dot)).toBe(0);
          }
        }
      });
    }
  }

  it('puts a short stand-in for a label that fits nowhere near its point', () => {
    const crowd = [0, 1, 2, 3].map((i) => ({
      id: `p${i}`,
      x: 50 + i * 6,
      y: 50,
      width: 60,
      height: 14,
      short: { width: 8, height: 14 },
    }));
    const placed = placeLabels(crowd, {
      bounds: { x: 0, y: 0, width: 120, height: 100 },
      markerRadius: 3,
      gap: 2,
    });
    expect(placed.some((p) => p.short)).toBe(true);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlapArea(a.box, b.box)).toBe(0);
  });

  it('moves a label aside when its first choice would cover another', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 50, y: 50, width: 40, height: 20 },
        { id: 'b', x: 60, y: 50, width: 40, height: 20 },
      ],
      { bounds: { x: 0, y: 0, width: 200, height: 200 }, markerRadius: 3, gap: 2 },
    );
    expect(overlapArea(placed[0]!.box, placed[1]!.box)).toBe(0);
  });
});

describe('trip legs', () => {
  it('starts and ends a leg outside the stop markers', () => {
    const leg = legPath([0, 0], [100, 0], 10);
    // M start Q control end
    const [sx, sy, , , ex, ey] = leg.d.match(/-?[\d.]+/g)!.map(Number);
    expect(Math.hypot(sx!, sy!)).toBeCloseTo(10, 1);
    expect(Math.hypot(ex! - 100, ey!)).toBeCloseTo(10, 1);
  });

  it('bends the leg out and the leg back to opposite sides', () => {
    expect(legPath([0, 0], [100, 0], 5).labelY).toBeLessThan(0);
    expect(legPath([100, 0], [0, 0], 5).labelY).toBeGreaterThan(0);
  });
});

describe('entity coordinates', () => {
  it('rejects a longitude beyond 180 and a latitude beyond 90', () => {
    const city = { id: 'x', type: 'city', name: { zh: '某', en: 'X' } };
    expect(Entity.safeParse({ ...city, coordinates: [69.2, 41.3] }).success).toBe(true);
    expect(Entity.safeParse({ ...city, coordinates: [190, 41.3] }).success).toBe(false);
    expect(Entity.safeParse({ ...city, coordinates: [69.2, -91] }).success).toBe(false);
  });
});
