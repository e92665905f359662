/**
 * End to end over the five seed documents: metadata, evidence, one node per entity, and the
 * cross-city overlaps the project exists for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { PlanContributionSchema, type PlanContribution } from '../../graph/schema.ts';
import { seedContributions, SEED_FILES } from '../helpers/seeds.ts';

const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/seed-manifest.json'), 'utf8')) as {
  documents: { file: string; sha256: string; city: string; title: string; status: string; genre: string; period: [number, number]; issuer?: string[] }[];
};

describe('ingesting the seed documents', () => {
  let contributions: PlanContribution[];
  beforeAll(async () => {
    contributions = await seedContributions();
  });

  it('produces contributions that satisfy the graph schema', () => {
    for (const c of contributions) expect(() => PlanContributionSchema.parse(c)).not.toThrow();
    expect(contributions).toHaveLength(SEED_FILES.length);
  });

  it.each(manifest.documents)('infers $file’s title, city, genre, period, status and issuers from its text', (expected) => {
    const plan = contributions.find((c) => c.plan.file === expected.file)?.plan;
    expect(plan).toMatchObject({ title: expected.title, city: expected.city, genre: expected.genre, period: expected.period, status: expected.status, sha256: expected.sha256 });
    expect(plan?.issuers).toEqual(expected.issuer ?? []);
  });

  it('cites the original file exactly in every piece of evidence', () => {
    let checked = 0;
    for (const c of contributions) {
      for (const edge of c.edges) {
        for (const evidence of edge.evidence ?? []) {
          expect(c.sourceText.slice(evidence.start, evidence.end)).toBe(evidence.text);
          expect(evidence.plan).toBe(c.plan.id);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('gives every text-derived edge at least one citation', () => {
    for (const c of contributions) for (const edge of c.edges.filter((e) => e.plan)) expect(edge.evidence?.length, edge.id).toBeGreaterThan(0);
  });

  it('names three cities across five plans and one Department node per city and body', () => {
    const cities = new Set(contributions.map((c) => c.plan.city));
    expect(cities).toEqual(new Set(['盐城市', '连云港市', '泰州市']));
    const departments = new Map<string, string>();
    for (const c of contributions) for (const n of c.nodes) if (n.label === 'Department') departments.set(n.id, `${n.city}|${n.name}`);
    const keys = [...departments.values()];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['盐城市|盐城市工业和信息化局', '连云港市|连云港市工业和信息化局', '泰州市|泰州市工业和信息化局']));
  });

  it.each([
    ['氢能', ['盐城市', '连云港市', '泰州市']],
    ['海工装备', ['盐城市', '泰州市']],
  ])('links %s to every city whose plans name it or a synonym', (concept, cities) => {
    const mentioning = new Set<string>();
    for (const c of contributions) {
      const mentions = c.edges.filter((e) => e.type === 'MENTIONS' && e.target === `industry:${concept}`);
      if (mentions.length > 0) mentioning.add(c.plan.city as string);
    }
    expect([...mentioning].sort()).toEqual([...cities].sort());
  });

  it('keeps each plan’s own wording for a concept (synonyms and narrower industries)', () => {
    const terms = new Set<string>();
    for (const c of contributions) for (const e of c.edges) if (e.type === 'MENTIONS' && e.target === 'industry:海工装备') e.terms.forEach((t) => terms.add(t));
    expect(terms).toEqual(expect.objectContaining({}));
    expect([...terms]).toEqual(expect.arrayContaining(['海工装备', '海洋工程装备']));
    const county = contributions.find((c) => c.plan.file.startsWith('yancheng-county')) as PlanContribution;
    const narrower = county.edges.find((e) => e.type === 'BROADER' && e.source === 'industry:船舶海工配套');
    expect(narrower?.target).toBe('industry:海工装备');
  });

  it('marks leads and carried-over bodies on task assignments', () => {
    const workPoints = contributions.find((c) => c.plan.file.startsWith('yancheng-new')) as PlanContribution;
    const led = workPoints.edges.filter((e) => e.type === 'LED_BY').map((e) => e.target);
    expect(new Set(led)).toEqual(new Set(['department:盐城市工业和信息化局']));
    const implicit = workPoints.edges.filter((e) => e.type === 'ASSIGNED_TO' && e.role === 'implicit');
    expect(implicit.length).toBeGreaterThan(10);
  });
});
