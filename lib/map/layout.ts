import { type CountryFeature, type CountryShape, countryShapes } from './basemap';
import { estimateTextWidth, type PlacedLabel, placeLabels } from './labels';
import type { LonLat } from './places';
import { type FrameOptions, fitFrame, projectPoint } from './projection';
import { type Leg, legPath } from './route';

export interface LabelLine {
  text: string;
  /** Font size in viewBox units. */
  size: number;
  /** The BCP 47 tag of the line's language, for the lang attribute. */
  lang?: string;
}

export interface MapPlaceInput {
  id: string;
  coordinates: LonLat;
  /** The label, first line first: e.g. the name in the page language, then in the other one. */
  lines: readonly LabelLine[];
}

export interface LaidOutLine extends LabelLine {
  /** The baseline, in viewBox units. */
  y: number;
}

export interface LaidOutPlace {
  id: string;
  x: number;
  y: number;
  label: PlacedLabel;
  lines: LaidOutLine[];
  /**
   * Set when the place's name fits nowhere near it: the map shows this number instead, and the
   * page names the place beside the map under the same number. Numbered west to east.
   */
  number?: number;
}

export interface MapLayout {
  width: number;
  height: number;
  countries: CountryShape[];
  places: LaidOutPlace[];
  /** Arrows from each place to the next, when the places are the stops of a trip. */
  legs: Leg[];
}

export interface LayoutOptions {
  frame: FrameOptions;
  markerRadius: number;
  /** Space between a marker and its label. */
  labelGap: number;
  /** Connect the places in the order given, as a trip. */
  route: boolean;
  /** How wide a berth labels give a route's arrows. */
  routeClearance: number;
  /**
   * The font size of the number that stands in for a name that fits nowhere near its place.
   * Without it, such a name goes where it overlaps least.
   */
  numberSize?: number;
}

const LINE_HEIGHT = 1.2;

/** Everything a map needs to be drawn, in viewBox units: projection, countries, labels, route. */
export function layoutMap(
  countries: readonly CountryFeature[],
  places: readonly MapPlaceInput[],
  options: LayoutOptions,
): MapLayout {
  const frame = fitFrame(
    places.map((p) => p.coordinates),
    options.frame,
  );
  const points = places.map((p) => {
    const [x, y] = projectPoint(frame, p.coordinates);
    return { place: p, x, y };
  });
  const legs = options.route
    ? points.slice(1).map((to, i) => {
        const from = points[i]!;
        return legPath([from.x, from.y], [to.x, to.y], options.markerRadius + 2);
      })
    : [];
  const clear = options.routeClearance;
  const numberSize = options.numberSize;
  const short =
    numberSize === undefined
      ? undefined
      : {
          width: estimateTextWidth(String(places.length), numberSize),
          height: numberSize * LINE_HEIGHT,
        };
  const labels = placeLabels(
    points.map(({ place, x, y }) => ({
      id: place.id,
      x,
      y,
      width: Math.max(...place.lines.map((l) => estimateTextWidth(l.text, l.size))),
      height: place.lines.reduce((sum, l) => sum + l.size * LINE_HEIGHT, 0),
      ...(short ? { short } : {}),
    })),
    {
      bounds: { x: 2, y: 2, width: frame.width - 4, height: frame.height - 4 },
      markerRadius: options.markerRadius,
      gap: options.labelGap,
      obstacles: legs.flatMap((leg) =>
        leg.samples.map(([x, y]) => ({
          x: x - clear,
          y: y - clear,
          width: clear * 2,
          height: clear * 2,
        })),
      ),
    },
  );
  // West to east, then north to south, so a reader finds the numbers in the order they are listed.
  const numbered = points
    .map((p, i) => ({ ...p, i }))
    .filter(({ i }) => labels[i]!.short)
    .sort((a, b) => a.x - b.x || a.y - b.y);
  const numbers = new Map(numbered.map(({ i }, n) => [i, n + 1]));
  return {
    width: frame.width,
    height: frame.height,
    countries: countryShapes(
      countries,
      frame,
      places.map((p) => p.coordinates),
    ),
    places: points.map(({ place, x, y }, i) => {
      const label = labels[i]!;
      const number = numbers.get(i);
      let baseline = label.box.y;
      const shown: readonly LabelLine[] =
        number === undefined ? place.lines : [{ text: String(number), size: numberSize! }];
      const lines = shown.map((line) => {
        // Text sits on its baseline: drop by most of the line's size to keep it in the box.
        baseline += line.size * LINE_HEIGHT;
        return { ...line, y: Math.round((baseline - line.size * 0.25) * 10) / 10 };
      });
      return { id: place.id, x, y, label, lines, ...(number === undefined ? {} : { number }) };
    }),
    legs,
  };
}
