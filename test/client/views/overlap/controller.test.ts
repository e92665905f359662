import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OverlapController, wordingEvidence } from '../../../../client/src/views/overlap/controller.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

describe('overlap controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: OverlapController;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());
  const start = async (concept: string | null, city: string | null = null, asOf: string | null = null) => {
    deps = recordingDeps(seeded.api);
    controller = new OverlapController(deps);
    await controller.show({ concept, related: true, city, asOf });
  };
  const timelineRows = () => (controller.model.timeline.status === 'ready' ? controller.model.timeline.value.cities.map((c) => [c.city, c.rank, c.yearsAfterFirst]) : null);
  const answer = () => (controller.model.overlap.status === 'ready' ? controller.model.overlap.value : null);

  it('offers the concepts most cities plan for when none is chosen', async () => {
    await start(null);
    expect(controller.model.concepts.length).toBe(8);
    expect(controller.model.overlap.status).toBe('idle');
  });

  it('orders the cities by when they first planned for 氢能, each first and later plan with its sentence', async () => {
    await start('氢能');
    const timeline = controller.model.timeline.status === 'ready' ? controller.model.timeline.value : null;
    expect(timeline?.cities.map((c) => [c.city, c.rank, c.yearsAfterFirst])).toEqual([
      ['盐城市', 1, 0],
      ['连云港市', 2, 1.8],
      ['泰州市', 3, 2.8],
    ]);
    const yancheng = timeline!.cities[0]!;
    expect(yancheng.mentions.map((m) => [m.plan.id, m.plan.issued, m.plan.dateBasis])).toEqual([
      ['plan:yancheng-14th-five-year-sci-tech-innovation-plan', '2021-04', 'issued'],
      ['plan:yancheng-new-industrialization-work-points-2026', null, 'period'],
    ]);
    for (const mention of timeline!.cities.flatMap((c) => c.mentions)) expect(mention.evidence.plan).toBe(mention.plan.id);
    await controller.show({ concept: null, related: true, city: null, asOf: null });
    expect(controller.model.timeline.status).toBe('idle');
  });

  it('reads the concept as of the day 概览 was on: its cities and first mentions of the plans in force then, until the day is cleared', async () => {
    await start('氢能', '盐城市', '2023-06-30');
    expect(answer()?.overlap.cities.map((c) => c.city).sort()).toEqual(['盐城市', '连云港市'].sort());
    expect(timelineRows()).toEqual([
      ['盐城市', 1, 0],
      ['连云港市', 2, 1.8],
    ]);
    expect(deps.announcements.at(-1)).toContain('截至 2023-06-30 在施的规划');
    controller.choose('光伏');
    expect(navigatedState(deps, 'overlap')).toEqual({ concept: '光伏', related: true, city: null, asOf: '2023-06-30' });
    controller.clearAsOf();
    expect(deps.navigations.at(-1)?.href).not.toContain('asOf');
    await controller.show(navigatedState(deps, 'overlap'));
    expect(timelineRows()?.map(([city]) => city)).toEqual(['盐城市', '连云港市', '泰州市']);
  });

  it('loads a concept with its graph, and selects the city asked for', async () => {
    await start('海工装备', '泰州市');
    expect(answer()?.overlap.cities.map((c) => c.city)).toContain('泰州市');
    expect(answer()?.elements.nodes.find((n) => n.data.id === 'industry:海工装备')?.classes).toBe('concept');
    expect(controller.model.selection).toEqual({ kind: 'node', id: 'city:泰州市' });
  });

  it.each(['新能源', '海工装备'])('gives every wording edge of the %s graph its sentences: a plan’s of that kind of match, or a narrower or related industry’s own', async (concept) => {
    await start(concept);
    const { overlap, elements } = answer()!;
    const wordings = elements.edges.filter((e) => e.data.match);
    expect(wordings.length).toBeGreaterThan(5);
    const name = (id: string) => elements.nodes.find((n) => n.data.id === id)?.data.name;
    for (const edge of wordings) {
      const evidence = wordingEvidence(overlap, edge.data);
      expect(evidence).toHaveLength(edge.data.evidence);
      expect(evidence.length).toBeGreaterThan(0);
      const toConcept = edge.data.target === overlap.concept.id;
      for (const e of evidence) expect(e).toMatchObject(toConcept ? { industry: name(edge.data.source), match: edge.data.match } : { plan: edge.data.target, match: edge.data.match });
    }
  });

  it('marks a related concept apart from the concept’s own wordings: its node, its link captioned with how it relates, its wording edges', async () => {
    await start('海工装备');
    const { overlap, elements } = answer()!;
    const lianyungang = overlap.cities.find((c) => c.city === '连云港市');
    expect(lianyungang?.matches.map((m) => [m.term, m.match, m.relation])).toEqual([['海洋装备', 'related', 'broader']]);
    expect(elements.nodes.find((n) => n.data.id === 'industry:海洋装备')?.classes).toBe('related');
    expect(elements.edges.find((e) => e.data.id === 'ov|RELATED|industry:海洋装备|industry:海工装备')).toMatchObject({ classes: 'relation relation-broader', data: { caption: '上位概念', match: 'related' } });
    const wording = elements.edges.find((e) => e.data.type === 'MENTIONS' && e.data.source === 'industry:海洋装备' && e.data.target === lianyungang?.plans[0]?.id);
    expect(wording?.classes).toBe('match match-related');
    expect(wording?.data.caption).toBe('相关产业：海洋装备 ×2');
  });

  it('asks for every city when the one linked to was left out of the richest', async () => {
    deps = recordingDeps({ ...seeded.api, overlap: (concept, related, options, signal) => seeded.api.overlap(concept, related, options?.limit ? options : { limit: 1 }, signal) });
    controller = new OverlapController(deps);
    const first = await seeded.api.overlap('氢能', false, { limit: 1 });
    const leftOut = ['盐城市', '连云港市', '泰州市'].find((c) => c !== first.cities[0]?.city) as string;
    await controller.show({ concept: '氢能', related: false, city: leftOut, asOf: null });
    expect(controller.model.allCities).toBe(true);
    expect(answer()?.overlap.cities.map((c) => c.city)).toContain(leftOut);
  });

  it('navigates to a chosen concept, and replaces the address for the related switch', async () => {
    await start('氢能');
    controller.choose('光伏');
    expect(navigatedState(deps, 'overlap')).toEqual({ concept: '光伏', related: true, city: null, asOf: null });
    controller.setRelated(false);
    expect(deps.navigations.at(-1)?.replace).toBe(true);
  });

  it('fails with NOT_FOUND for an unknown concept', async () => {
    await start('永动机');
    expect(controller.model.overlap.status).toBe('failed');
  });
});
