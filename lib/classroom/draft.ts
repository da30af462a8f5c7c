import type { Question, Response } from '../questions/models';

/** An answer being given: what the controls hold before it is submitted. */
export type Draft =
  | { kind: 'single'; optionId: string | null }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'truefalse'; value: boolean | null }
  | { kind: 'fill'; text: string }
  /** `moved` tells an order the student arranged from the order it was shown in. */
  | { kind: 'order'; optionIds: string[]; moved: boolean }
  | { kind: 'match'; pairs: Record<string, string> };

export function emptyDraft(q: Question): Draft {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', optionId: null };
    case 'multiple':
      return { kind: 'multiple', optionIds: [] };
    case 'truefalse':
      return { kind: 'truefalse', value: null };
    case 'fill':
      return { kind: 'fill', text: '' };
    case 'order':
      return { kind: 'order', optionIds: q.options.map((o) => o.id), moved: false };
    case 'match':
      return { kind: 'match', pairs: {} };
  }
}

/** The draft as a response once it is complete enough to submit; null before. */
export function draftResponse(q: Question, d: Draft): Response | null {
  switch (d.kind) {
    case 'single':
      return d.optionId ? { kind: 'single', optionId: d.optionId } : null;
    case 'multiple':
      return d.optionIds.length > 0 ? { kind: 'multiple', optionIds: d.optionIds } : null;
    case 'truefalse':
      return d.value === null ? null : { kind: 'truefalse', value: d.value };
    case 'fill':
      return d.text.trim() ? { kind: 'fill', text: d.text } : null;
    case 'order':
      // The shown order is a fair answer too, once the student has looked at it: submitting counts.
      return { kind: 'order', optionIds: d.optionIds };
    case 'match':
      return q.kind === 'match' && q.left.every((l) => d.pairs[l.id])
        ? { kind: 'match', pairs: d.pairs }
        : null;
  }
}

/**
 * What a draft counts as when the time runs out: whatever the student had chosen, a partial
 * pairing included; an order only if they moved something.
 */
export function draftAtTimeUp(q: Question, d: Draft): Response | null {
  if (d.kind === 'order') return d.moved ? { kind: 'order', optionIds: d.optionIds } : null;
  if (d.kind === 'match')
    return Object.keys(d.pairs).length > 0 ? { kind: 'match', pairs: d.pairs } : null;
  return draftResponse(q, d);
}
