import { z } from 'zod';
import { factBase, Id, PartialDate } from '../../content/fields';

/** A declaration, treaty, charter or plan adopted or signed at an event, with its signatories. */
export const DocumentFact = z.strictObject({
  ...factBase,
  kind: z.literal('document'),
  /** The glossary document (type `document`). */
  document: Id,
  /** How it was made: adopted (通过) or signed (签署). */
  action: z.enum(['adopted', 'signed']),
  date: PartialDate,
  /** The summit or forum that adopted it, if any. */
  event: Id.optional(),
  city: Id.optional(),
  /** Every country (or organisation) that signed it; leave it out unless the list is complete. */
  signatories: z.array(Id).min(1).optional(),
});
export type DocumentFact = z.infer<typeof DocumentFact>;
