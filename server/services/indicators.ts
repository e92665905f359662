/** The indicator catalogue as a planner browses it: each indicator with how many targets and cities set it. */
import { z } from 'zod';
import type { IndicatorCatalogue } from '../../lexicon/index.ts';
import { IndicatorFieldsSchema } from '../../lexicon/schema.ts';
import type { GraphReader } from './graph-reader.ts';
import { allTargets } from './targets.ts';

export const IndicatorsSchema = z.object({
  indicators: z.array(IndicatorFieldsSchema.extend({ targets: z.number().int(), cities: z.array(z.string()) })),
  /** Targets no indicator fits. */
  unmatched: z.number().int(),
});
export type Indicators = z.infer<typeof IndicatorsSchema>;

export async function indicators(reader: GraphReader, catalogue: IndicatorCatalogue): Promise<Indicators> {
  const targets = await allTargets(reader);
  return {
    indicators: catalogue.entries.map((entry) => {
      const setting = targets.filter((t) => t.indicator === entry.id);
      const cities = [...new Set(setting.flatMap((t) => (t.city ? [t.city] : [])))].sort();
      return { ...entry, targets: setting.length, cities };
    }),
    unmatched: targets.filter((t) => t.indicator === null).length,
  };
}
