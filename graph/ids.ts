/** Node ids: readable, deterministic, and the same for the same entity in every plan. */
export const nodeIds = {
  city: (name: string) => `city:${name}`,
  region: (city: string, name: string) => `region:${city}:${name}`,
  /** A body of a plan whose city is unknown is scoped to that plan (`department:市工业和信息化局@<plan key>`). */
  department: (canonical: string, planKey?: string) => (planKey ? `department:${canonical}@${planKey}` : `department:${canonical}`),
  industry: (name: string) => `industry:${name}`,
  enterprise: (canonical: string) => `enterprise:${canonical}`,
  platform: (canonical: string) => `platform:${canonical}`,
  plan: (key: string) => `plan:${key}`,
  section: (key: string, path: string) => `section:${key}:${path}`,
  task: (key: string, path: string) => `task:${key}:${path}`,
  target: (key: string, ordinal: number) => `target:${key}:${ordinal}`,
  instrument: (code: string) => `instrument:${code}`,
};
