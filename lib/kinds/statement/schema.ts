import { z } from 'zod';
import { Id, Text, factBase } from '../../content/fields';

/** A statement one speaker repeated on several occasions (facts of the same deck or content). */
export const StatementFact = z.strictObject({
  ...factBase,
  kind: z.literal('statement'),
  speaker: Id,
  /** The point made, in our own short words; en as a verb phrase ("put X into practice"). */
  statement: Text,
  /** When and where the occasions fell, as a phrase: 2024年4月访问中亚期间 / during his April 2024 visits to Central Asia. */
  context: Text,
  about: Id.optional(),
  occasions: z.array(Id).min(2),
});
export type StatementFact = z.infer<typeof StatementFact>;
