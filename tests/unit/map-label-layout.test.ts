import { describe, expect, it, vi } from 'vitest';
import { routing } from '@/i18n/routing';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { type Box, estimateTextWidth, leaderPoints, overlapArea } from '@/lib/map/labels';
import type { MapLayout } from '@/lib/map/layout';

vi.mock('server-only', () => ({}));
const { deckMaps } = await import('@/components/map/deck-layouts');

/*
 * A property over whatever content/ holds: on every map of every deck page, in each language, no
 * label covers another label or a marker, and none runs past the edge of the map. The boxes are
 * measured here independently of the layout's own estimate: CJK ≈ 1 em, Latin ≈ 0.6 em.
 */

const content = loadContent();
const index = indexContent(content);

function independentWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text)
    ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6;
  return ems * size;
}

/** Where each label's text is drawn, from the lines and anchor the SVG uses. */
function drawnBoxes(layout: MapLayout): { id: string; box: Box }[] {
  return layout.places.map((p) => {
    const width = Math.max(...p.lines.map((l) => independentWidth(l.text, l.size)));
    const left =
      p.label.anchor === 'start'
        ? p.label.textX
        : p.label.anchor === 'end'
          ? p.label.textX - width
          : p.label.textX - width / 2;
    const top = Math.min(...p.lines.map((l) => l.y - l.size * 0.95));
    const bottom = Math.max(...p.lines.map((l) => l.y + l.size * 0.25));
    return { id: p.id, box: { x: left, y: top, width, height: bottom - top } };
  });
}

function mapsOf(deckId: string, locale: (typeof routing.locales)[number]) {
  const maps = deckMaps(index, index.deck(deckId)!, locale);
  return [
    ...(maps.overview ? [{ name: 'overview', layout: maps.overview, radius: 4.5 }] : []),
    ...maps.trips.flatMap((t) => (t.layout ? [{ name: t.key, layout: t.layout, radius: 9 }] : [])),
  ];
}

describe('deck map labels', () => {
  it('estimates a Latin letter at about 0.6 em and a Chinese character at 1 em, or wider', () => {
    expect(estimateTextWidth('Rio de Janeiro', 10)).toBeGreaterThanOrEqual(
      independentWidth('Rio de Janeiro', 10) * 0.95,
    );
    expect(estimateTextWidth('里约热内卢', 10)).toBe(50);
  });

  for (const deck of content.decks)
    for (const locale of routing.locales)
      it(`keeps every ${locale} label of ${deck.id} apart, clear of markers and inside the map`, () => {
        for (const { name, layout, radius } of mapsOf(deck.id, locale)) {
          const boxes = drawnBoxes(layout);
          const markers = layout.places.map((p) => ({
            id: p.id,
            box: { x: p.x - radius, y: p.y - radius, width: radius * 2, height: radius * 2 },
          }));
          for (const [i, { id, box }] of boxes.entries()) {
            const where = `${name}: ${id}`;
            expect(box.x, where).toBeGreaterThanOrEqual(0);
            expect(box.y, where).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, where).toBeLessThanOrEqual(layout.width);
            expect(box.y + box.height, where).toBeLessThanOrEqual(layout.height);
            for (const other of boxes.slice(i + 1))
              expect(overlapArea(box, other.box), `${where} and ${other.id}`).toBe(0);
            const own = layout.places[i]!;
            if (own.label.leader)
              for (const other of boxes.filter((b) => b.id !== id))
                expect(
                  leaderPoints(own.x, own.y, own.label.box).some(
                    ([x, y]) =>
                      x > other.box.x &&
                      x < other.box.x + other.box.width &&
                      y > other.box.y &&
                      y < other.box.y + other.box.height,
                  ),
                  `${where}: its leader crosses the label of ${other.id}`,
                ).toBe(false);
            for (const marker of markers)
              expect(overlapArea(box, marker.box), `${where} over the marker of ${marker.id}`).toBe(
                0,
              );
          }
        }
      });

  it('names every numbered place once, numbered from 1 without gaps', () => {
    for (const deck of content.decks)
      for (const locale of routing.locales)
        for (const { layout } of mapsOf(deck.id, locale)) {
          const numbers = layout.places.flatMap((p) => (p.number ? [p.number] : []));
          expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
        }
  });
});
