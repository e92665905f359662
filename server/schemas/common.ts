/** Shapes shared by several API responses. */
import { z } from 'zod';
import { EvidenceSchema, LabelSchema, targetFactShape } from '../../graph/schema.ts';

export const EntityRefSchema = z.object({
  id: z.string(),
  label: LabelSchema,
  name: z.string(),
  city: z.string().nullable(),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const PlanRefSchema = z.object({ id: z.string(), title: z.string(), city: z.string().nullable(), file: z.string() });
export type PlanRef = z.infer<typeof PlanRefSchema>;

export const TaskRefSchema = z.object({ id: z.string(), name: z.string(), plan: z.string(), number: z.string(), title: z.string() });
export type TaskRef = z.infer<typeof TaskRefSchema>;

/** Where a target stands in a benchmark group: years or periods that differ from the group's. */
export const TARGET_FLAGS = ['year-differs', 'year-implied', 'period-differs'] as const;

export const TargetRefSchema = z.object({
  id: z.string(),
  plan: z.string(),
  city: z.string().nullable(),
  ...targetFactShape,
  evidence: z.array(EvidenceSchema),
  /** In a benchmark group: the value in the group's unit (过万亿 → 10000 when the group counts 亿元). */
  comparable: z.number().nullable().optional(),
  flags: z.array(z.enum(TARGET_FLAGS)).optional(),
});
export type TargetRef = z.infer<typeof TargetRefSchema>;

export { EvidenceSchema };
