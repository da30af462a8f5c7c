/** Label placement for map points: each label goes where it overlaps least. */

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
 * square; Latin letters average a little over half an em. Good enough to keep labels apart,
 * and it needs no font metrics at build time.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)) ems += 1;
    else if (/[ il.,'’:;|!]/.test(ch)) ems += 0.3;
    else if (/[A-Z MW0-9]/.test(ch)) ems += 0.66;
    else ems += 0.55;
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
function candidates(r: LabelRequest, reach: number, leader: boolean): Candidate[] {
  const { x, y, width: w, height: h } = r;
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
 * Places labels one at a time, the most crowded points first, each at the first position that
 * overlaps nothing (no other label, no marker, not the edge of the map); failing that, farther
 * out with a leader line; failing that, wherever it overlaps least. Deterministic: the same
 * input always gives the same layout.
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
  const order = [...requests].sort((a, b) => near(b) - near(a) || a.id.localeCompare(b.id));

  const placed: PlacedLabel[] = [];
  const cost = (box: Box) =>
    outsideArea(box, bounds) * 10 +
    placed.reduce((sum, p) => sum + overlapArea(box, p.box), 0) * 3 +
    markers.reduce((sum, m) => sum + overlapArea(box, m), 0) * 5;

  const reach = markerRadius + gap;
  for (const request of order) {
    const choices = [
      ...candidates(request, reach, false),
      ...candidates(request, reach + request.height * 1.2, true),
    ];
    let best: Candidate = choices[0]!;
    let bestCost = Infinity;
    for (const option of choices) {
      const c = cost(option.box);
      // A leader line is a small price: only worth it when the near positions all collide.
      const total = c + (option.leader ? 1 : 0);
      if (total < bestCost) {
        best = option;
        bestCost = total;
      }
      if (c === 0 && !option.leader) break;
    }
    placed.push({
      id: request.id,
      box: best.box,
      textX: textXFor(best.box, best.anchor),
      anchor: best.anchor,
      leader: best.leader,
    });
  }
  // Back in the order asked for, so callers can zip the result with their input.
  return requests.map((r) => placed.find((p) => p.id === r.id)!);
}
