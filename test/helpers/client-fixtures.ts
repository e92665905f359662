/** Small API answers, typed by the server's contract, for the client's pure modules. */
import type { Neighborhood, Overlap, TargetRef } from '../../server/contract.ts';

export const neighborhood: Neighborhood = {
  centre: 'industry:氢能',
  truncated: false,
  elements: {
    nodes: [
      { data: { id: 'industry:氢能', label: 'Industry', name: '氢能', city: null, kind: 'lexicon', plans: 4, plan: null } },
      { data: { id: 'plan:lyg', label: 'Plan', name: '推进新型工业化加快建设制造强市行动方案', city: '连云港市', kind: null, plans: 1, plan: null } },
      { data: { id: 'department:连云港市工业和信息化局', label: 'Department', name: '连云港市工业和信息化局', city: '连云港市', kind: '工业和信息化', plans: 1, plan: null } },
    ],
    edges: [
      { data: { id: 'MENTIONS|plan:lyg|industry:氢能|plan:lyg|', source: 'plan:lyg', target: 'industry:氢能', type: 'MENTIONS', role: null, plan: 'plan:lyg', evidence: 1 } },
      {
        data: { id: 'ASSIGNED_TO|t|department:连云港市工业和信息化局|plan:lyg|lead', source: 'plan:lyg', target: 'department:连云港市工业和信息化局', type: 'ASSIGNED_TO', role: 'lead', plan: 'plan:lyg', evidence: 2 },
      },
    ],
  },
};

/** A target as the API gives it: a city's value for 2025 unless told otherwise. */
export function target(patch: Partial<TargetRef> = {}): TargetRef {
  const id = patch.id ?? 'target:p:1';
  return {
    id,
    plan: 'plan:p',
    city: '甲市',
    subject: '全社会研发投入',
    metric: '占地区生产总值比重',
    wording: '研发投入占地区生产总值比重',
    indicator: 'rd-intensity',
    kind: 'intensity',
    scope: { level: 'city', name: '全市' },
    value: 3,
    unit: '%',
    year: 2025,
    yearImplied: false,
    annual: false,
    qualifier: '',
    display: '3%',
    upper: null,
    amount: null,
    period: 'year',
    since: null,
    baseYear: null,
    origin: 'text',
    evidence: [{ plan: patch.plan ?? 'plan:p', start: 0, end: 12, text: `${id}的原文句子` }],
    ...patch,
  };
}

const evidence = (plan: string, start: number, term: string, match: 'exact' | 'synonym' | 'narrower' | 'related', industry: string) => ({
  plan,
  start,
  end: start + 20,
  text: `……${term}……`,
  quote: `……${term}……`,
  term,
  match,
  industry,
});

const ref = (id: string, label: 'Industry' | 'City' | 'Department' | 'Enterprise' | 'Platform', name: string, city: string | null = null) => ({ id, label, name, city });

export const overlap: Overlap = {
  concept: { ...ref('industry:海工装备', 'Industry', '海工装备'), aliases: ['海洋工程装备'], broader: [], narrower: [{ ...ref('industry:船舶海工配套', 'Industry', '船舶海工配套'), via: 'industry:海工装备' }] },
  related: true,
  citiesTotal: 1,
  absent: ['泰州市'],
  cities: [
    {
      city: '盐城市',
      plans: [{ id: 'plan:yc', title: '盐城市加快推进新型工业化2026年工作要点', city: '盐城市', file: 'yc.txt' }],
      matches: [
        { term: '海工装备', match: 'exact', industry: ref('industry:海工装备', 'Industry', '海工装备'), count: 2 },
        { term: '海洋工程装备', match: 'synonym', industry: ref('industry:海工装备', 'Industry', '海工装备'), count: 1 },
        { term: '船舶海工配套', match: 'narrower', industry: ref('industry:船舶海工配套', 'Industry', '船舶海工配套'), count: 1 },
      ],
      tasks: [{ id: 'task:yc:1', name: '1 做强海工', plan: 'plan:yc', number: '1', title: '做强海工' }],
      departments: [
        { department: ref('department:盐城市工业和信息化局', 'Department', '盐城市工业和信息化局', '盐城市'), led: 1, assigned: 2 },
        { department: ref('department:盐城经济技术开发区管理委员会', 'Department', '盐城经济技术开发区管理委员会', '盐城市'), led: 0, assigned: 0 },
      ],
      enterprises: [ref('enterprise:某船舶公司', 'Enterprise', '某船舶公司', '盐城市')],
      platforms: [ref('platform:海工装备产业园', 'Platform', '海工装备产业园', '盐城市')],
      targets: [target({ id: 'target:yc:1', plan: 'plan:yc', city: '盐城市', subject: '海工装备', metric: '产值', wording: '产值', indicator: 'industry-output', kind: 'level', unit: '亿元', year: 2027, scope: { level: 'industry', name: '海工装备' }, value: 500, qualifier: '超', display: '超500亿元', amount: { value: 5e10, unit: '元' }, evidence: [{ plan: 'plan:yc', start: 1, end: 9, text: '海工装备产值超500亿元' }] })],
      evidence: [
        evidence('plan:yc', 100, '海工装备', 'exact', '海工装备'),
        evidence('plan:yc', 200, '海工装备', 'exact', '海工装备'),
        evidence('plan:yc', 300, '海洋工程装备', 'synonym', '海工装备'),
        evidence('plan:yc', 400, '船舶海工配套', 'narrower', '船舶海工配套'),
      ],
    },
    {
      city: '连云港市',
      plans: [{ id: 'plan:lyg', title: '推进新型工业化加快建设制造强市行动方案', city: '连云港市', file: 'lyg.txt' }],
      matches: [
        { term: '海工装备', match: 'exact', industry: ref('industry:海工装备', 'Industry', '海工装备'), count: 1 },
        { term: '海洋装备', match: 'related', relation: 'broader', industry: ref('industry:海洋装备', 'Industry', '海洋装备'), count: 1 },
      ],
      tasks: Array.from({ length: 15 }, (_, i) => ({ id: `task:lyg:${i}`, name: `${i} 任务`, plan: i === 14 ? 'plan:other' : 'plan:lyg', number: String(i), title: '任务' })),
      departments: [],
      enterprises: [],
      platforms: [],
      targets: [],
      evidence: [evidence('plan:lyg', 50, '海工装备', 'exact', '海工装备'), evidence('plan:lyg', 90, '海洋装备', 'related', '海洋装备')],
    },
  ],
};

