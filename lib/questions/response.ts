import type { Response } from './models';

/*
 * A learner's answer read back from storage (a test in progress, a mistake in the notebook):
 * checked field by field, since saved data may be edited, damaged or from another version.
 */

const MAX_TEXT = 500;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 400;
const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 50 && v.every(isId);

/** A response read back from storage, or null when it is not one. */
export function parseResponse(value: unknown): Response | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  switch (r.kind) {
    case 'single':
      return isId(r.optionId) ? { kind: 'single', optionId: r.optionId } : null;
    case 'multiple':
    case 'order':
      return isIds(r.optionIds) ? { kind: r.kind, optionIds: [...r.optionIds] } : null;
    case 'truefalse':
      return typeof r.value === 'boolean' ? { kind: 'truefalse', value: r.value } : null;
    case 'fill':
      return typeof r.text === 'string' && r.text.length <= MAX_TEXT
        ? { kind: 'fill', text: r.text }
        : null;
    case 'match': {
      const pairs = r.pairs;
      if (typeof pairs !== 'object' || pairs === null || Array.isArray(pairs)) return null;
      const entries = Object.entries(pairs as Record<string, unknown>);
      if (entries.length > 50 || !entries.every(([k, v]) => isId(k) && isId(v))) return null;
      return { kind: 'match', pairs: Object.fromEntries(entries) as Record<string, string> };
    }
    default:
      return null;
  }
}

/** A response saved as JSON text, or null when it does not parse or is not one. */
export function parseResponseText(text: string | undefined): Response | null {
  if (!text) return null;
  try {
    return parseResponse(JSON.parse(text));
  } catch {
    return null;
  }
}
