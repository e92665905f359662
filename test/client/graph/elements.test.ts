import { describe, expect, it } from 'vitest';
import {
  elementsCsv,
  elementsJson,
  fromNeighborhood,
  fromOverlap,
  graphStyle,
  labelCounts,
  LABEL_STYLES,
  mergeElements,
  newElements,
  padWithSynthetic,
  type ElementSet,
} from '../../client/src/elements.ts';
import { LABELS } from '../../client/src/format.ts';
import type { Neighborhood, Overlap } from '../../client/src/types.ts';

const neighborhood: Neighborhood = {
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

const evidence = (plan: string, start: number, term: string, match: 'exact' | 'synonym' | 'narrower', industry: string) => ({
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

const overlap: Overlap = {
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
      targets: [
        {
          id: 'target:yc:1',
          plan: 'plan:yc',
          city: '盐城市',
          subject: '海工装备',
          metric: '产值',
          value: 500,
          unit: '亿元',
          year: 2027,
          annual: false,
          qualifier: '超',
          origin: 'text',
          evidence: [{ plan: 'plan:yc', start: 1, end: 9, text: '海工装备产值超500亿元' }],
        },
      ],
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
      matches: [{ term: '海工装备', match: 'exact', industry: ref('industry:海工装备', 'Industry', '海工装备'), count: 1 }],
      tasks: Array.from({ length: 15 }, (_, i) => ({ id: `task:lyg:${i}`, name: `${i} 任务`, plan: i === 14 ? 'plan:other' : 'plan:lyg', number: String(i), title: '任务' })),
      departments: [],
      enterprises: [],
      platforms: [],
      targets: [],
      evidence: [evidence('plan:lyg', 50, '海工装备', 'exact', '海工装备')],
    },
  ],
};

describe('API → Cytoscape elements', () => {
  it('maps a neighbourhood: data kept, centre marked, captions and sizes added', () => {
    const set = fromNeighborhood(neighborhood);
    expect(set.nodes).toHaveLength(3);
    expect(set.edges).toHaveLength(2);
    const centre = set.nodes.find((n) => n.data.id === 'industry:氢能');
    expect(centre?.classes).toBe('centre');
    expect(centre?.group).toBe('nodes');
    expect(centre?.data.caption).toBe('氢能');
    expect(centre?.data.size).toBeGreaterThan(LABEL_STYLES.Industry.size);
    const plan = set.nodes.find((n) => n.data.label === 'Plan');
    expect(plan?.data.caption).toBe('推进新型工业化加快建设制造强市…');
    const assigned = set.edges.find((e) => e.data.type === 'ASSIGNED_TO');
    expect(assigned?.classes).toBe('role-lead');
    expect(assigned?.data.caption).toBe('责任分工（牵头）');
    expect(set.edges[0]?.data.caption).toBe('提及');
  });

  it('finds the new elements of an expansion, dropping edges whose ends are missing', () => {
    const base = fromNeighborhood(neighborhood);
    const ids = new Set([...base.nodes, ...base.edges].map((e) => e.data.id));
    const exists = { hasNode: (id: string) => ids.has(id), hasEdge: (id: string) => ids.has(id) };
    const more: ElementSet = {
      nodes: [...base.nodes, { group: 'nodes', data: { id: 'industry:新能源', label: 'Industry', name: '新能源', city: null, kind: null, plans: 5, caption: '新能源', size: 30 } }],
      edges: [
        ...base.edges,
        { group: 'edges', data: { id: 'BROADER|industry:氢能|industry:新能源', source: 'industry:氢能', target: 'industry:新能源', type: 'BROADER', role: null, plan: null, evidence: 0, caption: '上位概念' } },
        { group: 'edges', data: { id: 'dangling', source: 'industry:氢能', target: 'industry:不存在', type: 'BROADER', role: null, plan: null, evidence: 0, caption: '' } },
      ],
    };
    const added = newElements(exists, more);
    expect(added.nodes.map((n) => n.data.id)).toEqual(['industry:新能源']);
    expect(added.edges.map((e) => e.data.id)).toEqual(['BROADER|industry:氢能|industry:新能源']);
    const merged = mergeElements(base, more);
    expect(merged.nodes).toHaveLength(4);
    expect(merged.edges.map((e) => e.data.id)).not.toContain('dangling');
  });

  it('counts nodes per label in legend order', () => {
    const counts = labelCounts(fromNeighborhood(neighborhood).nodes);
    expect(counts.map((c) => [c.label, c.name, c.count])).toEqual([
      ['Plan', '规划文件', 1],
      ['Department', '部门', 1],
      ['Industry', '产业', 1],
    ]);
  });

  it('builds the overlap graph: concept, cities, plans, exact vs synonym vs narrower edges', () => {
    const set = fromOverlap(overlap, 12);
    const node = (id: string) => set.nodes.find((n) => n.data.id === id);
    expect(node('industry:海工装备')?.classes).toBe('concept');
    expect(node('industry:船舶海工配套')?.classes).toBe('narrower');
    expect(node('city:盐城市')?.data.label).toBe('City');
    expect(node('plan:yc')?.data.label).toBe('Plan');
    const matches = set.edges.filter((e) => e.data.type === 'MENTIONS');
    expect(matches.map((e) => [e.data.source, e.data.target, e.data.match, e.data.evidence]).sort()).toEqual(
      [
        ['industry:海工装备', 'plan:yc', 'exact', 2],
        ['industry:海工装备', 'plan:yc', 'synonym', 1],
        ['industry:船舶海工配套', 'plan:yc', 'narrower', 1],
        ['industry:海工装备', 'plan:lyg', 'exact', 1],
      ].sort(),
    );
    expect(matches.find((e) => e.data.match === 'synonym')?.classes).toBe('match match-synonym');
    expect(matches.find((e) => e.data.match === 'synonym')?.data.caption).toBe('同义词：海洋工程装备 ×1');
    expect(set.edges.find((e) => e.data.type === 'BROADER')?.classes).toBe('broader');
    // Departments hang off their city, with the lead count in the caption; implicit-only ones say 承接.
    const dept = set.edges.find((e) => e.data.source === 'department:盐城市工业和信息化局');
    expect(dept?.data.caption).toBe('牵头 1 · 参与 2');
    expect(set.edges.find((e) => e.data.source === 'department:盐城经济技术开发区管理委员会')?.data.caption).toBe('承接');
    expect(node('target:yc:1')?.data.name).toBe('海工装备产值 超 500亿元');
    expect(node('enterprise:某船舶公司')?.data.label).toBe('Enterprise');
    // 15 tasks capped at 12; a task in a plan not listed hangs off the city.
    expect(set.omitted).toBe(3);
    expect(set.nodes.filter((n) => n.data.label === 'Task' && n.data.city === '连云港市')).toHaveLength(12);
    // Every edge joins two nodes of the set, and ids are unique.
    const ids = new Set(set.nodes.map((n) => n.data.id));
    for (const e of set.edges) {
      expect(ids.has(e.data.source)).toBe(true);
      expect(ids.has(e.data.target)).toBe(true);
    }
    expect(new Set(set.edges.map((e) => e.data.id)).size).toBe(set.edges.length);
    expect(new Set(set.nodes.map((n) => n.data.id)).size).toBe(set.nodes.length);
  });

  it('styles every label with its colour and shape, related edges dashed / dotted', () => {
    const style = graphStyle() as { selector: string; style: Record<string, unknown> }[];
    type Mapper = (node: { data(key: string): unknown }) => string;
    const colour = style.find((s) => s.selector === 'node' && typeof s.style['background-color'] === 'function');
    for (const label of LABELS) {
      const node = { data: (key: string) => (key === 'label' ? label : undefined) };
      expect((colour?.style['background-color'] as Mapper)(node)).toBe(LABEL_STYLES[label].color);
      expect((colour?.style.shape as Mapper)(node)).toBe(LABEL_STYLES[label].shape);
    }
    expect(style.find((s) => s.selector === 'edge.match-synonym')?.style['line-style']).toBe('dashed');
    expect(style.find((s) => s.selector === 'edge.match-narrower')?.style['line-style']).toBe('dotted');
    expect(style.find((s) => s.selector === '.hidden')?.style.display).toBe('none');
    expect(new Set(Object.values(LABEL_STYLES).map((s) => s.color)).size).toBe(LABELS.length);
    // Large graphs: cheap straight edges, captions only when zoomed in.
    const large = graphStyle({ large: true }) as { selector: string; style: Record<string, unknown> }[];
    expect(large.find((s) => s.selector === 'edge')?.style['curve-style']).toBe('haystack');
    expect(large.find((s) => s.selector === 'node')?.style.label).toBe('');
    const captioned = large.find((s) => s.selector.includes('node.captioned'));
    expect(captioned?.style.label).toBe('data(caption)');
    expect(Number(captioned?.style['min-zoomed-font-size'])).toBeGreaterThan(0);
  });

  it('exports the elements as CSV (BOM, Chinese headers, formula guard) and JSON', () => {
    const set = fromNeighborhood(neighborhood);
    set.nodes[0]!.data.name = '=HYPERLINK("x")';
    const csv = elementsCsv(set, 'nodes');
    expect(csv.startsWith('\ufeffid,label,类型,name')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.split('\r\n')).toHaveLength(5);
    const edges = elementsCsv(set, 'edges');
    expect(edges).toContain('ASSIGNED_TO,责任分工,lead');
    const json = JSON.parse(elementsJson(set)) as { nodes: { data: { id: string } }[]; edges: unknown[] };
    expect(json.nodes.map((n) => n.data.id)).toContain('industry:氢能');
    expect(json.edges).toHaveLength(2);
  });

  it('pads a graph with synthetic nodes up to the stress size, deterministically', () => {
    const base = fromNeighborhood(neighborhood);
    const a = padWithSynthetic(base, 2000, 7);
    const b = padWithSynthetic(base, 2000, 7);
    expect(a.nodes).toHaveLength(2000);
    expect(a.synthetic).toBe(1997);
    expect(a.edges.length).toBeGreaterThan(1997);
    expect(a.edges.map((e) => e.data.target)).toEqual(b.edges.map((e) => e.data.target));
    const ids = new Set(a.nodes.map((n) => n.data.id));
    for (const e of a.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    expect(a.nodes.at(-1)?.classes).toBe('synthetic');
  });
});
