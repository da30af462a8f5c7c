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
  return [
    at(x + reach, y - h / 2, 'start'),
    at(x - reach - w, y - h / 2, 'end'),
    at(x - w / 2, y - reach - h, 'middle'),
    at(x - w / 2, y + reach, 'middle'),
    at(x + diagonal, y - diagonal - h, 'start'),
    at(x + diagonal, y + diagonal, 'start'),
    at(x - diagonal - w, y - diagonal - h, 'end'),
    at(x - diagonal - w, y + diagonal, 'end'),
  ];
}

function textXFor(box: Box, anchor: TextAnchor): number {
  return anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
}

/**
 * Places labels one at a time, the least crowded points first, each at the first position near
 * its point that overlaps nothing (no other label, no marker, not the edge of the map), then a
 * little farther out with a short leader line. A label that fits nowhere gives way to its short
 * stand-in, placed the same way after all full labels; only when even that fits nowhere does
 * anything go where it overlaps least. Deterministic: the same input always gives the same layout.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): PlacedLabel[] {
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
  const cost = (box: Box) =>
    outsideArea(box, bounds) * 10 +
    placed.reduce((sum, p) => sum + overlapArea(box, p.box), 0) * 3 +
    markers.reduce((sum, m) => sum + overlapArea(box, m), 0) * 5;
  const reach = markerRadius + gap;
  // A full label may sit one step out; a short stand-in, small as it is, a few steps.
  const choicesFor = (r: LabelRequest, size: { width: number; height: number }, steps: number) =>
    Array.from({ length: steps + 1 }, (_, step) =>
      candidates(r.x, r.y, size, reach + step * Math.min(size.height, 12), step > 0),
    ).flat();
  const place = (r: LabelRequest, option: Candidate, short: boolean) =>
    placed.push({
      id: r.id,
      box: option.box,
      textX: textXFor(option.box, option.anchor),
      anchor: option.anchor,
      leader: option.leader,
      short,
    });
  // Clear up to rounding: the area outside the bounds is a difference of two areas.
  const clearChoice = (choices: Candidate[]) => choices.find((c) => cost(c.box) < 1e-6);

  const crowded: LabelRequest[] = [];
  for (const request of order) {
    const clear = clearChoice(choicesFor(request, request, 1));
    if (clear) place(request, clear, false);
    else crowded.push(request);
  }
  for (const request of crowded) {
    const size = request.short ?? request;
    const choices = choicesFor(request, size, request.short ? 4 : 1);
    const clear = clearChoice(choices);
    if (clear) {
      place(request, clear, !!request.short);
      continue;
    }
    // Nothing is clear: the least overlap, the near positions winning ties.
    let best = choices[0]!;
    let bestCost = Infinity;
    for (const option of choices) {
      const c = cost(option.box) + (option.leader ? 1 : 0);
      if (c < bestCost) {
        best = option;
        bestCost = c;
      }
    }
    place(request, best, !!request.short);
  }
  // Back in the order asked for, so callers can zip the result with their input.
  return requests.map((r) => placed.find((p) => p.id === r.id)!);
}
