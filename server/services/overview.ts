/** The cities side by side: their plans and how many tasks, bodies, industries, targets they name. */
import { z } from 'zod';
import { PlanRefSchema } from '../schemas/common.ts';
import type { GraphReader } from './graph-reader.ts';
import { planRef } from './refs.ts';

const CountsSchema = z.object({
  tasks: z.number().int(),
  departments: z.number().int(),
  industries: z.number().int(),
  enterprises: z.number().int(),
  platforms: z.number().int(),
  targets: z.number().int(),
});
export const OverviewSchema = z.object({ cities: z.array(z.object({ city: z.string(), plans: z.array(PlanRefSchema), counts: CountsSchema })) });

const MENTIONED: [keyof z.infer<typeof CountsSchema>, string][] = [
  ['departments', 'department:'],
  ['industries', 'industry:'],
  ['enterprises', 'enterprise:'],
  ['platforms', 'platform:'],
];

export async function overview(reader: GraphReader): Promise<z.infer<typeof OverviewSchema>> {
  const plans = await reader.plans();
  const [mentions, partsOfPlans] = await Promise.all([
    reader.edges({ from: plans.map((p) => p.id), types: ['MENTIONS'] }),
    reader.edges({ to: plans.map((p) => p.id), types: ['SET_IN'] }),
  ]);
  const tasks = await reader.store.findNodes({ labels: ['Task'] });
  const cities = await reader.cities();
  return {
    cities: cities.map((city) => {
      const own = plans.filter((p) => p.city === city);
      const ids = new Set(own.map((p) => p.id));
      const mentioned = mentions.filter((e) => ids.has(e.source));
      const counts = {
        tasks: tasks.filter((t) => t.label === 'Task' && ids.has(t.plan)).length,
        targets: partsOfPlans.filter((e) => ids.has(e.target)).length,
        departments: 0,
        industries: 0,
        enterprises: 0,
        platforms: 0,
      };
      for (const [key, prefix] of MENTIONED) counts[key] = new Set(mentioned.filter((e) => e.target.startsWith(prefix)).map((e) => e.target)).size;
      return { city, plans: own.map(planRef), counts };
    }),
  };
}
