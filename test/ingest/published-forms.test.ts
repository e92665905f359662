/**
 * Plans in the forms governments publish them — inside their notice, on a website, exported from a
 * legal database, with or without a city in the title — ingest with the metadata their manifests give:
 * the real openings in ../shared/formats/excerpts and the plans of our own in test/fixtures/plans.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import type { NodeOfLabel, PlanContribution } from '../../graph/schema.ts';
import { contributionOf } from '../helpers/seeds.ts';
import { NO_CITY_WARNING } from '../../ingest/resolve/index.ts';

interface Expected {
  file: string;
  title: string;
  city: string | null;
  cityCue?: string | null;
  issuer: string | null;
  issued: string | null;
  document_number?: string | null;
  documentNumber?: string | null;
  period?: [number, number] | null;
  periodBasis?: string | null;
  status?: string | null;
  genre?: string | null;
}

const EXCERPTS_DIR = path.join(PROJECT_ROOT, '..', 'shared', 'formats', 'excerpts');
const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'plans');
const manifest = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { documents: Expected[] }).documents;

const ingested = new Map<string, Promise<PlanContribution>>();
function ingest(dir: string, file: string): Promise<PlanContribution> {
  const key = path.join(dir, file);
  if (!ingested.has(key)) ingested.set(key, contributionOf(file, fs.readFileSync(key)));
  return ingested.get(key) as Promise<PlanContribution>;
}

/** Words that only a notice, a website or a database prints: no fact may be cited from such a line. */
const WRAPPER_WORDS = ['印发给你们', '此件公开发布', '发布机构', '发文机关', '当前位置', '您的位置', '法宝', '发文字号', '打印本页', '关闭窗口', '我要纠错', '索引号'];

function checkPlan(plan: NodeOfLabel<'Plan'>, expected: Expected): void {
  expect(plan.title).toBe(expected.title);
  expect(plan.city).toBe(expected.city);
  expect(plan.issuer).toBe(expected.issuer);
  expect(plan.issued).toBe(expected.issued);
  expect(plan.documentNumber).toBe(expected.documentNumber ?? expected.document_number ?? null);
  for (const key of ['cityCue', 'period', 'periodBasis', 'status', 'genre'] as const) if (key in expected) expect(plan[key], key).toEqual(expected[key]);
}

function checkEvidence(contribution: PlanContribution): void {
  const { plan, sourceText } = contribution;
  for (const [field, source] of Object.entries(plan.provenance)) expect(sourceText.slice(source.start, source.end), field).toBe(source.text);
  const departments = new Set(contribution.nodes.filter((n) => n.label === 'Department').map((n) => n.id));
  for (const edge of contribution.edges) {
    // The bodies the notice names (its addressees, its signature) are named by the document; nothing else is.
    const namesBody = edge.type === 'MENTIONS' && departments.has(edge.target);
    for (const evidence of edge.evidence ?? []) {
      expect(sourceText.slice(evidence.start, evidence.end)).toBe(evidence.text);
      if (namesBody) continue;
      for (const word of WRAPPER_WORDS) expect(evidence.text, `${edge.type} cites a wrapper line`).not.toContain(word);
    }
  }
  for (const node of contribution.nodes) if (node.label === 'Section' || node.label === 'Task') for (const word of WRAPPER_WORDS) expect(node.name).not.toContain(word);
}

describe.each([
  ['real openings of published plans (../shared/formats/excerpts)', EXCERPTS_DIR],
  ['plans of our own in published forms (test/fixtures/plans)', FIXTURES_DIR],
])('%s', (_name, dir) => {
  it.each(manifest(dir))('$file: title, city, issuer, date, 文号, period and status', async (expected) => {
    checkPlan((await ingest(dir, expected.file)).plan, expected);
  });

  it.each(manifest(dir))('$file: every value keeps its offsets; no fact is cited from the wrapper', async (expected) => {
    checkEvidence(await ingest(dir, expected.file));
  });
});

describe('the city of a plan', () => {
  it('is a county-level city’s own: its bodies carry its name, and it is PART_OF its prefecture', async () => {
    const contribution = await ingest(FIXTURES_DIR, 'qingzhen-annex-plan.txt');
    const departments = contribution.nodes.filter((n) => n.label === 'Department').map((n) => n.name);
    expect(departments).toEqual(expect.arrayContaining(['清镇市工业和信息化局', '清镇市发展和改革局']));
    expect(departments.some((d) => d.startsWith('贵阳'))).toBe(false);
    expect(contribution.edges.find((e) => e.type === 'PART_OF' && e.source === 'city:清镇市')?.target).toBe('city:贵阳市');
    expect(contribution.nodes.find((n) => n.id === 'city:清镇市')).toMatchObject({ kind: 'county-city', prefecture: '贵阳市', province: '贵州省', code: '520181' });
  });

  it('links the plan to its city with the cue as evidence', async () => {
    const contribution = await ingest(FIXTURES_DIR, 'zhaoqing-2012-marine-economy.txt');
    const issued = contribution.edges.find((e) => e.type === 'ISSUED_BY');
    expect(issued?.target).toBe('city:肇庆市');
    expect(issued?.evidence?.[0]?.text).toContain('中共肇庆市委、肇庆市人民政府');
  });

  it('when none can be inferred, still ingests the plan and says so', async () => {
    const contribution = await ingest(FIXTURES_DIR, 'no-city-measures.txt');
    expect(contribution.plan.city).toBeNull();
    expect(contribution.edges.some((e) => e.type === 'ISSUED_BY')).toBe(false);
    expect(contribution.nodes.filter((n) => n.label === 'Task')).toHaveLength(3);
    expect(contribution.warnings).toContain(NO_CITY_WARNING);
  });
});
