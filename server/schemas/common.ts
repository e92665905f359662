/** Shapes shared by several API responses. */
import { z } from 'zod';
import { EvidenceSchema, LabelSchema } from '../../graph/schema.ts';

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

export const TargetRefSchema = z.object({
  id: z.string(),
  plan: z.string(),
  city: z.string().nullable(),
  subject: z.string(),
  metric: z.string(),
  value: z.number().nullable(),
  values: z.array(z.object({ label: z.string(), value: z.number() })).optional(),
  unit: z.string(),
  year: z.number().int().nullable(),
  annual: z.boolean(),
  qualifier: z.string(),
  origin: z.enum(['text', 'table']),
  baseline: z.object({ year: z.number().int(), value: z.number() }).optional(),
  evidence: z.array(EvidenceSchema),
});
export type TargetRef = z.infer<typeof TargetRefSchema>;

export { EvidenceSchema };
