/**
 * One plan per responsibility clause form of the catalogue (shared/formats §3), each of a city outside
 * 江苏, of another province and era, ingested whole: every task's lead, co-operating and responsible
 * bodies and its completion time are those its hand-written reference records
 * (test/fixtures/eval/clauses, also scored by `npm run eval`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { loadGold, type GoldTask } from '../../eval/gold.ts';
import { alignEntities, matchTasks } from '../../eval/score.ts';
import type { GraphEdge, GraphNode, PlanContribution } from '../../graph/schema.ts';
import { contributionOf } from '../helpers/seeds.ts';
import { stagesOf } from '../helpers/stages.ts';

const SET = path.join(PROJECT_ROOT, 'test/fixtures/eval/clauses');
const gold = loadGold(SET);

const FORMS: Record<string, string> = {
  c01: 'lead + co-operating in one bracket (佛山, 2012)',
  c02: 'lead + responsible (洛阳, 2021)',
  c03: 'lead marked inside a list, A牵头，B、C配合 (绵阳, 2019)',
  c04: 'responsible only (株洲, 2016)',
  c05: 'a single body (遵义, 2024)',
  c06: 'prose (鄂尔多斯, 2021)',
  c07: 'a task table (宜昌, 2023)',
  c08: 'carried over (赣州, 2020)',
  c09: 'lists sharing a prefix (潍坊, 2018)',
  c10: 'completion times (保定, 2024)',
  c11: 'time and lead in one bracket (包头, 2022)',
  c12: 'a county-level city (义乌, 2023)',
};

interface TaskReading {
  lead: string[];
  cooperating: string[];
  responsible: string[];
  deadline: { text: string; date: string | null } | null;
}

function readTasks(contribution: PlanContribution, doc: string): Map<GoldTask, TaskReading> {
  const { alignment } = alignEntities(contribution, 'Department', gold.departments, doc);
  const name = (id: string) => alignment.get(id) ?? id;
  const edgesOf = (task: string, keep: (e: GraphEdge) => boolean) => contribution.edges.filter((e) => e.source === task && keep(e)).map((e) => name(e.target)).sort();
  const readings = new Map<GoldTask, TaskReading>();
  for (const [goldTask, node] of matchTasks(contribution, gold.tasks, doc)) {
    readings.set(goldTask, {
      lead: edgesOf(node.id, (e) => e.type === 'LED_BY'),
      cooperating: edgesOf(node.id, (e) => e.type === 'ASSIGNED_TO' && e.role === 'cooperating'),
      responsible: edgesOf(node.id, (e) => e.type === 'ASSIGNED_TO' && e.role !== 'implicit'),
      deadline: node.deadline ? { text: node.deadline, date: node.deadlineDate ?? null } : null,
    });
  }
  return readings;
}

describe.each(Object.entries(gold.documents))('%s', async (doc, { file }) => {
  const contribution = await contributionOf(file, fs.readFileSync(path.join(SET, 'documents', file)));
  const readings = readTasks(contribution, doc);
  const tasks = gold.tasks.filter((t) => t.doc === doc);

  it(`is a plan of ${FORMS[doc]} with every task found`, () => {
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.filter((t) => !readings.has(t)).map((t) => t.id)).toEqual([]);
  });

  it.each(tasks.map((t) => [`${t.kind} ${t.label}`, t] as const))('%s: lead, co-operating and responsible bodies, completion time', (_, task) => {
    expect(readings.get(task)).toEqual({
      lead: [...task.lead].sort(),
      cooperating: [...(task.cooperating ?? [])].sort(),
      responsible: [...task.responsible].sort(),
      deadline: task.deadline ?? null,
    });
  });

  it('cites every responsibility edge by the text it comes from', () => {
    for (const edge of contribution.edges.filter((e) => e.type === 'ASSIGNED_TO' || e.type === 'LED_BY')) {
      for (const evidence of edge.evidence ?? []) expect(contribution.sourceText.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });
});

describe('a plan whose city cannot be inferred', () => {
  const text = ['关于加快制造业高质量发展的实施意见', '', '一、重点任务', '1．培育龙头企业。（牵头单位：市工信局；配合单位：市发改委、市财政局）', '2．加强人才支撑。（市委组织部牵头，市人社局配合）'].join('\n');
  const { contribution } = stagesOf(text, 'no-city.txt');
  const departments = contribution.nodes.filter((n): n is Extract<GraphNode, { label: 'Department' }> => n.label === 'Department');

  it('still extracts its departments, unqualified, scoped to the plan and flagged', () => {
    expect(contribution.plan.city).toBeNull();
    expect(departments.map((d) => [d.id, d.name, d.city, d.unqualified])).toEqual(
      expect.arrayContaining([
        ['department:市工业和信息化局@no-city', '市工业和信息化局', null, true],
        ['department:中共市委组织部@no-city', '中共市委组织部', null, true],
      ]),
    );
    expect(contribution.warnings.some((w) => w.includes('未写明所属城市'))).toBe(true);
  });

  it('still assigns its tasks with their roles', () => {
    const roles = contribution.edges.filter((e) => e.type === 'ASSIGNED_TO').map((e) => `${e.source.split(':').pop()} ${e.target.replace(/@.*$/, '')} ${e.type === 'ASSIGNED_TO' ? e.role : ''}`);
    expect(roles.sort()).toEqual([
      '一、/1 department:市发展和改革委员会 cooperating',
      '一、/1 department:市工业和信息化局 lead',
      '一、/1 department:市财政局 cooperating',
      '一、/2 department:中共市委组织部 lead',
      '一、/2 department:市人力资源和社会保障局 cooperating',
    ]);
  });
});

describe('a plan of a county-level city', () => {
  it('qualifies 市发改委 with that city, not its prefecture', () => {
    const { contribution } = stagesOf(['江阴市制造强市建设工作任务', '', '一、重点任务', '1．推进智能化改造。（牵头单位：市发改委；配合单位：市工信局）'].join('\n'), 'jiangyin.txt');
    expect(contribution.plan.city).toBe('江阴市');
    expect(contribution.edges.filter((e) => e.type === 'LED_BY').map((e) => e.target)).toEqual(['department:江阴市发展和改革委员会']);
  });
});
