/**
 * Plans that mark no lead in their lists but say once how to read them:
 *   （责任单位：市税务局、市财政局，排在首位的为牵头单位，下同）
 *   （市税务局、市财政局、市科技局，列第一位的为牵头单位，下同。以下均需…）
 *   责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）
 *   （除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）
 *   责任分解中，列第一位的责任单位为牵头单位或汇总单位。          ← in the notice that issues the plan
 *   牵头单位（无牵头单位的，责任单位即为牵头单位，下同）             ← every body of a list without a lead leads
 *   排名第一的责任单位为牵头单位，其他列入单位为参与单位。            ← and the others co-operate
 * A convention holds from where it is stated (下同) to the end of the plan; stated in the notice or a
 * preamble, it holds for every task. A list that marks its own lead (牵头单位：…, X牵头, 分别牵头) keeps it.
 */
import { topLevelGroups } from './brackets.ts';
import type { Attribution, Task } from './schema.ts';

export type LeadConvention = {
  kind: 'first-listed' | 'all-listed';
  /** 其他单位为配合单位: the bodies after the first co-operate rather than share the work. */
  othersCooperate: boolean;
  start: number;
  end: number;
};

// 排在首位的为 · 列第一位的为 · 列第一位为 · 第一责任单位为 · 排名第一的责任单位为 · 首个单位为 … 牵头（或汇总）单位.
const FIRST_LISTED = /(?:排在|排列|列于?|排名|位列|排)?(?:首位|第一位|第一个|首个|第一)的?(?:责任|牵头)?(?:单位|部门)?(?:为|是|即为)(?:牵头|主责|主办)(?:或汇总)?(?:单位|部门)?(?:或汇总单位)?/g;
const ALL_LISTED = /无牵头(?:单位|部门)的?[，,]?(?:责任(?:单位|部门)|所列单位)即?为牵头(?:单位|部门)/g;
// What follows a convention and names nothing: ，其他列入单位为参与单位 · ，下同.
const OTHERS = /^[，,；]\s*其他?(?:列入|所列)?(?:责任)?(?:单位|部门)?(?:为|是)(?:配合|参与|协办|协同)(?:单位|部门)/;
const TRAILER = /^(?:[，,、]?\s*下同)?/;

/** The conventions a plan states, in order of position. */
export function findLeadConventions(text: string): LeadConvention[] {
  const found: LeadConvention[] = [];
  for (const [pattern, kind] of [[FIRST_LISTED, 'first-listed'], [ALL_LISTED, 'all-listed']] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index as number;
      const others = OTHERS.exec(text.slice(start + match[0].length))?.[0] ?? '';
      const end = start + match[0].length + others.length;
      found.push({ kind, othersCooperate: others.length > 0, start, end: end + (TRAILER.exec(text.slice(end))?.[0].length ?? 0) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A clause's text with its conventions blanked (spaces keep every offset), so that no convention is
 * read as a body: a bracket holding one goes whole (（除标注“分别牵头”外，…，下同）), as does the
 * convention with the comma before it.
 */
export function blankLeadConventions(text: string): string {
  const spans = findLeadConventions(text).map(({ start, end }) => {
    const group = topLevelGroups(text).find((g) => g.start < start && end <= g.end && g.open !== '“');
    const inOwnBracket = group && group.start > 0;
    if (inOwnBracket) return { start: group.start, end: group.end };
    const comma = /[，,]\s*$/.exec(text.slice(0, start));
    return { start: comma ? start - comma[0].length : start, end };
  });
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

function withLeads(attribution: Attribution, convention: LeadConvention): Attribution {
  if (attribution.items.some((i) => i.role === 'lead')) return attribution;
  const sharing = (role: string) => role === 'responsible' || role === 'joint';
  const first = attribution.items.findIndex((i) => sharing(i.role));
  if (first < 0) return attribution;
  const items = attribution.items.map((item, i) => {
    if (!sharing(item.role)) return item;
    if (convention.kind === 'all-listed' || i === first) return { ...item, role: 'lead' as const };
    return convention.othersCooperate ? { ...item, role: 'cooperating' as const } : item;
  });
  return { ...attribution, items };
}

/** Applies each convention to the lists of the tasks from the clause that states it on (or all, when stated before them). */
export function applyLeadConventions(tasks: Task[], conventions: LeadConvention[]): Task[] {
  if (conventions.length === 0) return tasks;
  const firstTask = Math.min(...tasks.map((t) => t.start));
  const inForce = (at: number) => conventions.filter((c) => c.start <= at || c.start <= firstTask).pop();
  return tasks.map((task) => ({
    ...task,
    attributions: task.attributions.map((a) => {
      const convention = inForce(a.end);
      return convention ? withLeads(a, convention) : a;
    }),
  }));
}
