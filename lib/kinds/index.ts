import type { Fact, PartialDate } from '../content/schema';
import { anniversary } from './anniversary';
import { audience } from './audience';
import { document } from './document';
import { founding } from './founding';
import { initiative } from './initiative';
import { interval } from './interval';
import { meeting } from './meeting';
import { membership } from './membership';
import { office } from './office';
import { quantity } from './quantity';
import { record } from './record';
import { rule } from './rule';
import { status } from './status';
import { mission } from './mission';
import { statement } from './statement';
import { summit } from './summit';
import { title } from './title';
import type { FactKindModule, KindRegistry } from './types';

/**
 * Every fact kind's module, by kind. Generic code iterates this or asks `kindOf(fact)`; a new
 * kind is a folder beside these (schema.ts and index.ts), its schema in ./schemas and its module
 * here.
 */
export const KINDS: KindRegistry = {
  meeting,
  founding,
  membership,
  audience,
  initiative,
  summit,
  statement,
  interval,
  office,
  document,
  quantity,
  status,
  mission,
  title,
  record,
  rule,
  anniversary,
};

/** The module of a fact's kind. */
export function kindOf<F extends Fact>(fact: F): FactKindModule<F> {
  return KINDS[fact.kind] as unknown as FactKindModule<F>;
}

/** The date a fact happened on, for facts that have one: its `date`, unless its kind says otherwise. */
export function factDate(fact: Fact): PartialDate | undefined {
  const own = kindOf(fact).date;
  if (own) return own(fact);
  return 'date' in fact ? fact.date : undefined;
}

/** Every kind's module, in the registry's order. */
export function allKinds(): readonly FactKindModule[] {
  return Object.values(KINDS) as unknown as readonly FactKindModule[];
}
