/** Query and path parameter building blocks, bounded so no input can be unreasonably large. */
import { z } from 'zod';
import { LabelSchema } from '../../graph/schema.ts';
import { asOfDay } from '../services/plan-time.ts';

export const text = (max = 200) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const nodeId = z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters');
export const cityName = text(50).describe('city name, e.g. 盐城市');
export const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback).describe(`1–${max}`);
export const flag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

/** A comma-separated list: `cities=盐城市,泰州市`. */
export const list = <T extends z.ZodType<unknown, string>>(item: T, max = 20) =>
  z
    .string()
    .max(2000)
    .transform((value) => value.split(',').map((part) => part.trim()).filter((part) => part.length > 0))
    .pipe(z.array(item).max(max));

export const labelList = list(LabelSchema, 10);
export { LabelSchema };

/**
 * `asOf=2025-06-30` (or a month, or a year: its last day): read the graph as of that day, only the
 * plans in force then (docs/time.md).
 */
export const asOf = z
  .string()
  .max(10)
  .transform((value, context) => {
    const day = asOfDay(value);
    if (day === null) context.addIssue({ code: 'custom', message: 'a date as YYYY-MM-DD, YYYY-MM or YYYY' });
    return day ?? '';
  })
  .optional()
  .describe('read the graph as of this day (YYYY-MM-DD, YYYY-MM or YYYY = its last day): only plans in force then');
