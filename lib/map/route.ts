/** Drawing the legs of a trip: gently curved arrows between stops. */

export interface Leg {
  /** SVG path data from just outside one stop's marker to just outside the next. */
  d: string;
  /** A point on the curve's middle, where the leg's number goes. */
  labelX: number;
  labelY: number;
  /** Points along the curve, so labels can keep off it. */
  samples: [number, number][];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A quadratic curve bending to the left of the direction of travel, so that a leg out and the
 * leg back between the same two cities do not lie on top of each other. The ends stop `inset`
 * short of the stop centres so the arrowhead stays visible beside the marker.
 */
export function legPath(
  from: readonly [number, number],
  to: readonly [number, number],
  inset: number,
  bend = 0.18,
): Leg {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0) return { d: '', labelX: x1, labelY: y1, samples: [] };
  // Unit vectors along and to the left of the leg.
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const lx = uy;
  const ly = -ux;
  const cx = (x1 + x2) / 2 + lx * length * bend;
  const cy = (y1 + y2) / 2 + ly * length * bend;
  // Trim each end along the direction towards the control point.
  const trim = (px: number, py: number) => {
    const dx = cx - px;
    const dy = cy - py;
    const d = Math.hypot(dx, dy) || 1;
    const by = Math.min(inset, d / 2);
    return [px + (dx / d) * by, py + (dy / d) * by] as const;
  };
  const [sx, sy] = trim(x1, y1);
  const [ex, ey] = trim(x2, y2);
  const at = (t: number): [number, number] => [
    round((1 - t) ** 2 * sx + 2 * (1 - t) * t * cx + t ** 2 * ex),
    round((1 - t) ** 2 * sy + 2 * (1 - t) * t * cy + t ** 2 * ey),
  ];
  const [labelX, labelY] = at(0.5);
  return {
    d: `M${round(sx)},${round(sy)}Q${round(cx)},${round(cy)} ${round(ex)},${round(ey)}`,
    labelX,
    labelY,
    samples: [0.2, 0.35, 0.5, 0.65, 0.8].map(at),
  };
}
