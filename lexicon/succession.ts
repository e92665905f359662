/**
 * What tells one plan from the next version of it (lexicon/succession.json): which statuses mark a
 * draft, the offices that issue on behalf of their government (市政府办公室 for 市政府), the words of a
 * title that name no subject, and how alike two subjects must be to be one.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

export const SuccessionFileSchema = z
  .object({
    /** The statuses (of those terms.json lists for metadata inference) that mark a plan not yet issued: its issued version succeeds it. */
    draftStatuses: z.array(nonEmpty).min(1),
    /** Offices that issue for their body: 市政府办公室 issues as 市政府 does. */
    issuerOffices: z.array(nonEmpty),
    /** Words of a title that name no subject (关于, 印发, 的通知). */
    titleNoise: z.array(nonEmpty),
    /** Two subjects are one when the Dice coefficient of their character pairs reaches this. */
    subjectSimilarity: z.number().min(0.3).max(1),
  })
  .strict();
export type SuccessionVocabulary = z.infer<typeof SuccessionFileSchema>;
