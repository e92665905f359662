/**
 * The timelines over HTTP — who planned for a concept first and who followed, an indicator's targets by
 * year with a raised one — on the seeds and the issued text of a seed draft (loaded for these tests
 * only, removed after them), of every plan and as of a day; run inside the API suite against every
 * store (api.contract.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.ts';
import { ISSUED_PLAN, issuedPlanContribution } from '../helpers/issued-plan.ts';
import { query, type RunningServer } from '../helpers/http.ts';

const json = async (response: Response) => (await response.json()) as Record<string, any>;
const DRAFT = ISSUED_PLAN.draft;
const WORK_POINTS = 'plan:yancheng-new-industrialization-work-points-2026';

export function describeTimelinesApi(server: () => RunningServer, store: () => GraphStore): void {
  const get = (path: string) => server().get(path);
  const concept = async (params: Record<string, string | boolean>) => json(await get(`/api/timelines/concept?${query(params)}`));
  const indicator = async (params: Record<string, string>) => json(await get(`/api/timelines/indicator?${query(params)}`));
  const cityRows = (body: Record<string, any>) => body.cities.map((c: any) => [c.city, c.rank, c.first?.id ?? null, c.yearsAfterFirst]);
  const refused = async (path: string, field: string) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(body.error)).toContain(field);
  };
  const yancheng = (body: Record<string, any>) => body.series.find((s: any) => s.city === '盐城市' && s.scope.level === 'city');

  describe('timelines, with the issued text of a seed draft beside the seeds', () => {
    beforeAll(async () => {
      await store().replacePlan(await issuedPlanContribution());
    });
    afterAll(async () => {
      await store().removePlan(ISSUED_PLAN.id);
    });

    describe('GET /api/timelines/concept', () => {
      it('puts the cities in the order they first planned for 氢能, years after the first, each city’s mentions in date order', async () => {
        const body = await concept({ concept: '氢能', related: true });
        expect(body.concept).toMatchObject({ name: '氢能', label: 'Industry' });
        expect(body.related).toBe(true);
        expect(cityRows(body)).toEqual([
          ['盐城市', 1, DRAFT, 0],
          ['连云港市', 2, 'plan:lianyungang-manufacturing-strong-city-action-plan', 1.8],
          ['泰州市', 3, 'plan:taizhou-key-industry-chains-action-plan', 2.8],
        ]);
        const first = body.cities[0];
        // The draft, its issued text and the 2026 work points: dated by issue date where printed, else by period.
        expect(first.mentions.map((m: any) => [m.plan.id, m.plan.date, m.plan.dateBasis])).toEqual([
          [DRAFT, '2021-04-01', 'issued'],
          [ISSUED_PLAN.id, '2021-09-28', 'issued'],
          [WORK_POINTS, '2026-01-01', 'period'],
        ]);
        expect(first.first).toMatchObject({ issued: '2021-04', period: [2021, 2025], status: '征求意见稿' });
        for (const city of body.cities) {
          const dates = city.mentions.map((m: any) => m.plan.date);
          expect(dates).toEqual([...dates].sort());
          for (const m of city.mentions) {
            expect(m.count).toBeGreaterThan(0);
            expect(m.evidence.plan).toBe(m.plan.id);
            expect(m.evidence.end).toBeGreaterThan(m.evidence.start);
          }
        }
      });

      it('as of a day counts only the plans in force then: the draft its issued text superseded, and a city whose plan had not begun, left out', async () => {
        const body = await concept({ concept: '氢能', related: true, asOf: '2023-06-30' });
        expect(cityRows(body)).toEqual([
          ['盐城市', 1, ISSUED_PLAN.id, 0],
          ['连云港市', 2, 'plan:lianyungang-manufacturing-strong-city-action-plan', 1.3],
        ]);
        expect(body.cities[0].mentions.map((m: any) => m.plan.id)).toEqual([ISSUED_PLAN.id]);
        // Before the issued text took effect the draft was the city's plan.
        const before = await concept({ concept: '氢能', related: true, asOf: '2021-06' });
        expect(cityRows(before)).toEqual([['盐城市', 1, DRAFT, 0]]);
      });

      it('answers 404 for a concept no plan names, and for one no plan in force named that day', async () => {
        const unknown = await get(`/api/timelines/concept?${query({ concept: '永动机产业' })}`);
        expect(unknown.status).toBe(404);
        expect((await json(unknown)).error.code).toBe('NOT_FOUND');
        expect((await get(`/api/timelines/concept?${query({ concept: '氢能', asOf: '2019' })}`)).status).toBe(404);
      });

      it.each([
        ['', 'concept'],
        [`?${query({ concept: '' })}`, 'concept'],
        [`?${query({ concept: '氢'.repeat(101) })}`, 'concept'],
        [`?${query({ concept: '氢能', related: 'maybe' })}`, 'related'],
        [`?${query({ concept: '氢能', asOf: '2023-13-01' })}`, 'asOf'],
        [`?${query({ concept: '氢能', city: '盐城市' })}`, 'city'],
      ])('answers 400 naming the field for %s', (suffix, field) => refused(`/api/timelines/concept${suffix}`, field));
    });

    describe('GET /api/timelines/indicator', () => {
      it('gives each city’s targets by year and plan date, the 2025 target the issued text raised as a revision', async () => {
        const body = await indicator({ indicator: 'rd-intensity' });
        expect(body.indicator).toMatchObject({ id: 'rd-intensity', name: '研发经费投入强度', unit: '%' });
        expect(body.series.filter((s: any) => s.scope.level === 'city').map((s: any) => s.city).sort()).toEqual(['泰州市', '盐城市']);
        const series = yancheng(body);
        expect(series.revisions).toEqual([{ year: 2025, from: DRAFT, to: ISSUED_PLAN.id, before: 3, after: 3.2, change: 'raised' }]);
        const dates = series.points.map((p: any) => p.planDate);
        expect(dates).toEqual([...dates].sort());
        expect(series.points.at(-1)).toMatchObject({ plan: ISSUED_PLAN.id, year: 2025, comparable: 3.2, planDate: '2021-09-28', planRef: { id: ISSUED_PLAN.id, city: '盐城市' } });
        for (const point of series.points) expect(point.evidence[0].end).toBeGreaterThan(point.evidence[0].start);
        const taizhou = body.series.find((s: any) => s.city === '泰州市');
        expect(taizhou.points.map((p: any) => [p.year, p.comparable])).toEqual([[2027, 2.85]]);
        expect(taizhou.revisions).toEqual([]);
      });

      it('keeps the cities asked for', async () => {
        const body = await indicator({ indicator: 'rd-intensity', cities: '泰州市' });
        expect(body.series.map((s: any) => s.city)).toEqual(['泰州市']);
      });

      it('as of a day counts only the plans in force then: no revision while one plan stood, no city whose plan had not begun', async () => {
        const issued = yancheng(await indicator({ indicator: 'rd-intensity', asOf: '2022-06-30' }));
        expect(issued.points.map((p: any) => [p.plan, p.comparable])).toEqual([[ISSUED_PLAN.id, 3.2]]);
        expect(issued.revisions).toEqual([]);
        const draft = await indicator({ indicator: 'rd-intensity', asOf: '2021-06-30' });
        expect(draft.series.map((s: any) => s.city)).toEqual(['盐城市']);
        expect(new Set(yancheng(draft).points.map((p: any) => p.plan))).toEqual(new Set([DRAFT]));
        expect(yancheng(draft).points.every((p: any) => p.comparable === 3)).toBe(true);
      });

      it('answers 404 for an unknown indicator', async () => {
        const response = await get(`/api/timelines/indicator?${query({ indicator: 'perpetual-motion' })}`);
        expect(response.status).toBe(404);
        expect((await json(response)).error.code).toBe('NOT_FOUND');
      });

      it.each([
        ['', 'indicator'],
        [`?${query({ indicator: 'x'.repeat(101) })}`, 'indicator'],
        [`?${query({ indicator: 'rd-intensity', cities: Array.from({ length: 21 }, (_, i) => `城${i}市`).join(',') })}`, 'cities'],
        [`?${query({ indicator: 'rd-intensity', asOf: 'soon' })}`, 'asOf'],
        [`?${query({ indicator: 'rd-intensity', year: 2025 })}`, 'year'],
      ])('answers 400 naming the field for %s', (suffix, field) => refused(`/api/timelines/indicator${suffix}`, field));
    });

    it('documents both timelines with asOf in the OpenAPI document', async () => {
      const spec = await json(await get('/api/openapi.json'));
      expect(spec.paths['/api/timelines/concept'].get.parameters.map((p: any) => p.name)).toEqual(['concept', 'related', 'asOf']);
      expect(spec.paths['/api/timelines/indicator'].get.parameters.map((p: any) => p.name)).toEqual(['indicator', 'cities', 'asOf']);
    });
  });
}
