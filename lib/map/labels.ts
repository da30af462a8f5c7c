/** Label placement for map points: each label beside its point, or a number when none fits. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label names. */
  x: number;
  y: number;
  /** The label's size, e.g. from `estimateTextWidth`. */
  width: number;
  height: number;
  /**
   * The size of a short stand-in (a number keyed to a legend), used when the full label fits
   * nowhere near its point. Without it, such a label goes where it overlaps least.
   */
  short?: { width: number; height: number };
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  box: Box;
  /** Where SVG text should start and how it is anchored, so the text fills `box`. */
  textX: number;
  anchor: TextAnchor;
  /** True when the label sits farther out than usual and needs a line back to its point. */
  leader: boolean;
  /** True when the short stand-in was placed instead of the full label. */
  short: boolean;
}

export interface PlacementOptions {
  /** Labels must stay inside this box (the viewBox). */
  bounds: Box;
  /** The radius of a point's marker; labels keep clear of every marker. */
  markerRadius: number;
  /** Space between a marker and its label. */
  gap: number;
  /** Other things labels should not cover, such as the numbers on a route. */
  obstacles?: readonly Box[];
}

/**
 * Approximate rendered width of a line of text, in the units of `fontSize`. CJK characters are
 * square; Latin letters average about 0.6 em, capitals and bold ones more. It errs wide (even
 * an i counts as an average letter), since a label drawn wider than measured would run into its
 * neighbour; it needs no font metrics at build time.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)) ems += 1;
    else if (/[A-Z0-9mw]/.test(ch)) ems += 0.76;
    else ems += 0.64;
  }
  return ems * fontSize;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The part of a box that lies outside the bounds. */
function outsideArea(box: Box, bounds: Box): number {
  return box.width * box.height - overlapArea(box, bounds);
}

interface Candidate {
  box: Box;
  anchor: TextAnchor;
  leader: boolean;
}

/** Positions around a point, the usual cartographic preference first: right, left, above, below. */
function candidates(
  x: number,
  y: number,
  size: { width: number; height: number },
  reach: number,
  leader: boolean,
): Candidate[] {
  const { width: w, height: h } = size;
  const at = (bx: number, by: number, anchor: TextAnchor): Candidate => ({
    box: { x: bx, y: by, width: w, height: h },
    anchor,
    leader,
  });
  const diagonal = reach * 0.7;
  // Farther out, every sixteenth of a turn too: a crowded place's label finds a gap.
  const around = leader
    ? Array.from({ length: 16 }, (_, i) => {
        const angle = (i * Math.PI) / 8;
        const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
        const cx = x + cos * (reach + w / 2);
        const cy = y + sin * (reach + h / 2);
        return at(cx - w / 2, cy - h / 2, 'middle');
      })
    : [];
  return [
    at(x + reach, y - h / 2, 'start'),
    at(x - reach - w, y - h / 2, 'end'),
    at(x - w / 2, y - reach - h, 'middle'),
    at(x - w / 2, y + reach, 'middle'),
    at(x + diagonal, y - diagonal - h, 'start'),
    at(x + diagonal, y + diagonal, 'start'),
    at(x - diagonal - w, y - diagonal - h, 'end'),
    at(x - diagonal - w, y + diagonal, 'end'),
    ...around,
  ];
}

/** Where a leader line from a point meets its label: the nearest point of the label's box. */
export function leaderEnd(x: number, y: number, box: Box): [number, number] {
  return [
    Math.min(Math.max(x, box.x), box.x + box.width),
    Math.min(Math.max(y, box.y), box.y + box.height),
  ];
}

/** Points along a leader line, every unit or so, from its point to its label. */
export function leaderPoints(x: number, y: number, box: Box): [number, number][] {
  const [ex, ey] = leaderEnd(x, y, box);
  const steps = Math.ceil(Math.hypot(ex - x, ey - y));
  return Array.from({ length: steps + 1 }, (_, i) => [
    x + ((ex - x) * i) / Math.max(steps, 1),
    y + ((ey - y) * i) / Math.max(steps, 1),
  ]);
}

/** Strictly inside: a leader that meets its own label at the edge does not count. */
function inside([x, y]: [number, number], box: Box): boolean {
  return x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
}

function textXFor(box: Box, anchor: TextAnchor): number {
  return anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
}

/**
 * Places labels one at a time, the least crowded points first, each at the first position near
 * its point that overlaps nothing (no other label, no marker, not the edge of the map), then a
 * little farther out with a short leader line. A label that fits nowhere gives way to its short
 * stand-in, placed the same way after all full labels. When a stand-in fits nowhere either, the
 * full label nearest to it gives way to its own stand-in too, and all is placed again; only when
 * that cannot help does anything go where it overlaps least. Deterministic: the same input
 * always gives the same layout.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): PlacedLabel[] {
  const shortened = new Set<string>();
  for (;;) {
    const { placed, stuck } = placeOnce(requests, options, shortened);
    const stuckAt = stuck[0]?.request;
    const canYield = (p: PlacedLabel) => !p.short && !!requests.find((r) => r.id === p.id)?.short;
    // The labels in the way of the stuck one's best place yield first; failing those, the nearest.
    const blockers = placed.filter((p) => canYield(p) && stuck[0]?.blockers.includes(p.id));
    const yielding = stuckAt
      ? (blockers.length > 0 ? blockers : placed.filter(canYield))
          .map((p) => ({
            id: p.id,
            distance: Math.hypot(
              p.box.x + p.box.width / 2 - stuckAt.x,
              p.box.y + p.box.height / 2 - stuckAt.y,
            ),
          }))
          .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))[0]
      : undefined;
    if (!yielding) return placed;
    shortened.add(yielding.id);
  }
}

function placeOnce(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
  shortened: ReadonlySet<string>,
): { placed: PlacedLabel[]; stuck: { request: LabelRequest; blockers: string[] }[] } {
  const { bounds, markerRadius, gap, obstacles = [] } = options;
  const markers: Box[] = [
    ...requests.map((r) => ({
      x: r.x - markerRadius,
      y: r.y - markerRadius,
      width: markerRadius * 2,
      height: markerRadius * 2,
    })),
    ...obstacles,
  ];
  const near = (a: LabelRequest) =>
    requests.filter((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < a.width + b.width).length;
  const order = [...requests].sort((a, b) => near(a) - near(b) || a.id.localeCompare(b.id));

  const placed: PlacedLabel[] = [];
  // The leader lines drawn so far: no later label may sit on one.
  const leaders: [number, number][] = [];
  const boxCost = (box: Box) =>
    outsideArea(box, bounds) * 10 +
    placed.reduce((sum, p) => sum + overlapArea(box, p.box), 0) * 3 +
    markers.reduce((sum, m) => sum + overlapArea(box, m), 0) * 5 +
    leaders.filter((point) => inside(point, box)).length * 5;
  // A leader must not cross another label either.
  const cost = (r: LabelRequest, option: Candidate) =>
    boxCost(option.box) +
    (option.leader
      ? leaderPoints(r.x, r.y, option.box).filter((point) =>
          placed.some((p) => inside(point, p.box)),
        ).length * 5
      : 0);
  const reach = markerRadius + gap;
  // A full label may sit one step out; a short stand-in, small as it is, a few steps.
  const choicesFor = (r: LabelRequest, size: { width: number; height: number }, steps: number) =>
    Array.from({ length: steps + 1 }, (_, step) =>
      candidates(r.x, r.y, size, reach + step * Math.min(size.height, 12), step > 0),
    ).flat();
  const place = (r: LabelRequest, option: Candidate, short: boolean) => {
    if (option.leader) leaders.push(...leaderPoints(r.x, r.y, option.box));
    placed.push({
      id: r.id,
      box: option.box,
      textX: textXFor(option.box, option.anchor),
      anchor: option.anchor,
      leader: option.leader,
      short,
    });
  };
  // Clear up to rounding: the area outside the bounds is a difference of two areas.
  const clearChoice = (r: LabelRequest, choices: Candidate[]) =>
    choices.find((c) => cost(r, c) < 1e-6);

  const crowded: LabelRequest[] = [];
  for (const request of order) {
    if (shortened.has(request.id)) {
      crowded.push(request);
      continue;
    }
    const clear = clearChoice(request, choicesFor(request, request, 1));
    if (clear) place(request, clear, false);
    else crowded.push(request);
  }
  const stuck: { request: LabelRequest; blockers: string[] }[] = [];
  for (const request of crowded) {
    const size = request.short ?? request;
    const choices = choicesFor(request, size, request.short ? 4 : 1);
    const clear = clearChoice(request, choices);
    if (clear) {
      place(request, clear, !!request.short);
      continue;
    }
    // Nothing is clear: the least overlap, the near positions winning ties.
    let best = choices[0]!;
    let bestCost = Infinity;
    for (const option of choices) {
      const c = cost(request, option) + (option.leader ? 1 : 0);
      if (c < bestCost) {
        best = option;
        bestCost = c;
      }
    }
    const path = best.leader ? leaderPoints(request.x, request.y, best.box) : [];
    const blockers = placed.filter((p) => {
      const owner = requests.find((r) => r.id === p.id)!;
      const theirs = p.leader ? leaderPoints(owner.x, owner.y, p.box) : [];
      return (
        overlapArea(best.box, p.box) > 0 ||
        path.some((point) => inside(point, p.box)) ||
        theirs.some((point) => inside(point, best.box))
      );
    });
    stuck.push({ request, blockers: blockers.map((p) => p.id) });
    place(request, best, !!request.short);
  }
  // Back in the order asked for, so callers can zip the result with their input.
  return { placed: requests.map((r) => placed.find((p) => p.id === r.id)!), stuck };
}
