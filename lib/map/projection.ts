import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { LonLat } from './places';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameOptions {
  /** The viewBox width; the height follows from the places, within the limits below. */
  width: number;
  minHeight: number;
  maxHeight: number;
  /** Room kept free around the outermost places, for their dots and labels. */
  padding: Padding;
  /**
   * The smallest stretch of the earth, in degrees, that a map shows: one city, or two a few
   * kilometres apart, would otherwise be drawn at street scale with no country in sight.
   */
  minSpanDegrees: number;
}

/** A projection fitted to a set of places, and the viewBox it draws into. */
export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

function extent(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/** The places, with corners added when they span less than `minSpan` degrees either way. */
function fitTarget(points: readonly LonLat[], minSpan: number): GeoJSON.MultiPoint {
  const [west, east] = extent(points.map((p) => p[0]));
  const [south, north] = extent(points.map((p) => p[1]));
  const lonGrow = Math.max(0, minSpan - (east - west)) / 2;
  const latGrow = Math.max(0, minSpan - (north - south)) / 2;
  const w = west - lonGrow;
  const e = east + lonGrow;
  const s = Math.max(-89, south - latGrow);
  const n = Math.min(89, north + latGrow);
  // All four corners: on a conic projection meridians converge, so no two corners bound the rest.
  const corners: [number, number][] =
    lonGrow > 0 || latGrow > 0
      ? [
          [w, s],
          [w, n],
          [e, s],
          [e, n],
        ]
      : [];
  return {
    type: 'MultiPoint',
    coordinates: [...points.map((p): [number, number] => [p[0], p[1]]), ...corners],
  };
}

/**
 * An Albers (conic equal-area) projection centred on the places, with standard parallels at
 * one sixth in from the edges of their latitudes: the usual rule that keeps distortion low
 * across a region. Assumes the places do not straddle the antimeridian (no content does yet).
 */
export function fitFrame(points: readonly LonLat[], options: FrameOptions): MapFrame {
  if (points.length === 0) throw new Error('fitFrame needs at least one place');
  const target = fitTarget(points, options.minSpanDegrees);
  const [west, east] = extent(target.coordinates.map((p) => p[0]!));
  const [south, north] = extent(target.coordinates.map((p) => p[1]!));
  const sixth = (north - south) / 6;
  const projection = geoConicEqualArea()
    .parallels([south + sixth, north - sixth])
    .rotate([-(west + east) / 2, 0]);

  const { width, padding } = options;
  const innerWidth = width - padding.left - padding.right;
  // Fit the width first to learn how tall the places stand at that scale.
  projection.fitWidth(innerWidth, target);
  const ys = target.coordinates.map((p) => projection([p[0]!, p[1]!])?.[1] ?? 0);
  const [top, bottom] = extent(ys);
  const height = Math.round(
    Math.min(
      options.maxHeight,
      Math.max(options.minHeight, bottom - top + padding.top + padding.bottom),
    ),
  );
  projection.fitExtent(
    [
      [padding.left, padding.top],
      [width - padding.right, height - padding.bottom],
    ],
    target,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { width, height, projection };
}

/** A place's position in the viewBox, rounded to a tenth so the markup stays short. */
export function projectPoint(frame: MapFrame, point: LonLat): [number, number] {
  const xy = frame.projection([point[0], point[1]]);
  if (!xy) throw new Error(`cannot project ${point.join(',')}`);
  return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}
