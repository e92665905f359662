/** Plan nodes made by hand, for tests of what is derived from plans alone (time, succession). */
import type { NodeOfLabel } from '../../graph/schema.ts';

export type PlanFields = Partial<NodeOfLabel<'Plan'>>;

export function planNode(key: string, fields: PlanFields): NodeOfLabel<'Plan'> {
  const id = `plan:${key}`;
  return {
    id,
    label: 'Plan',
    name: fields.title ?? key,
    plans: [id],
    city: null,
    cityCue: null,
    title: key,
    file: `${key}.txt`,
    sha256: 'a'.repeat(64),
    encoding: 'utf-8',
    genre: null,
    status: null,
    period: null,
    periodBasis: null,
    issuer: null,
    issuers: [],
    issued: null,
    documentNumber: null,
    provenance: {},
    characters: 100,
    ...fields,
  };
}
