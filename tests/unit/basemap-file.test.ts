import { describe, expect, it, vi } from 'vitest';
import type { MapLayout } from '@/lib/map/layout';

vi.mock('server-only', () => ({}));
const { BASEMAP_ID, basemapFile, basemapSvg } = await import('@/components/map/basemap-file');

const layout = (d: string): MapLayout => ({
  width: 380,
  height: 240,
  countries: [
    { key: '156', name: 'China', d: 'M1,2L3,4Z', holdsPlace: true },
    { key: '398', name: 'Kazakhstan', d, holdsPlace: false },
  ],
  places: [],
  legs: [],
});

describe('a map’s countries as a file', () => {
  it('draws every country in the group the page uses, those holding a place in their own colour', () => {
    const svg = basemapSvg(layout('M5,6L7,8Z'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 380 240">/);
    expect(svg).toContain(`<g id="${BASEMAP_ID}" style="fill:var(--map-land`);
    // The other countries first, then the ones with places, drawn over their borders.
    expect(svg.indexOf('M5,6L7,8Z')).toBeLessThan(svg.indexOf('M1,2L3,4Z'));
    expect(svg).toMatch(/<g style="fill:var\(--map-land-place[^"]*"><path d="M1,2L3,4Z"\/><\/g>/);
  });

  it('names the file by its content and escapes what would break the markup', () => {
    const a = basemapFile(layout('M5,6L7,8Z'));
    expect(a.name).toMatch(/^[0-9a-f]{16}\.svg$/);
    expect(a.href).toBe(`/maps/${a.name}#${BASEMAP_ID}`);
    expect(basemapFile(layout('M5,6L7,8Z')).name).toBe(a.name);
    expect(basemapFile(layout('M5,6L7,9Z')).name).not.toBe(a.name);
    expect(basemapSvg(layout('M0,0"/><script>'))).toContain('M0,0&quot;/>&lt;script>');
  });
});
