/**
 * The targets endpoints over HTTP on the seed graph — benchmarks, indicators, the ledger and its CSV —
 * run inside the API suite against every store (api.contract.ts).
 */
import { describe, expect, it } from 'vitest';
import { query, type RunningServer } from '../helpers/http.ts';

const json = async (response: Response) => (await response.json()) as Record<string, any>;
const citiesOf = (group: any) => group.cities as string[];

export function describeTargetsApi(server: () => RunningServer): void {
  const get = (path: string) => server().get(path);

  describe('GET /api/benchmarks', () => {
    it('pairs the cities that set the same indicator, never a look-alike', async () => {
      const body = await json(await get('/api/benchmarks'));
      const byIndicator = (id: string) => body.groups.filter((g: any) => g.indicator.id === id && g.scope.level === 'city');
      expect(citiesOf(byIndicator('rd-intensity')[0])).toEqual(expect.arrayContaining(['泰州市', '盐城市']));
      expect(citiesOf(byIndicator('industrial-rd-intensity')[0])).toEqual(expect.arrayContaining(['盐城市', '连云港市']));
      expect(citiesOf(byIndicator('digital-core-value-added-share')[0])).toEqual(expect.arrayContaining(['泰州市', '连云港市']));
      for (const group of body.groups) {
        expect(group.cities.length).toBeGreaterThanOrEqual(2);
        for (const target of group.targets) {
          expect(target.indicator).toBe(group.indicator.id);
          expect(target.scope).toEqual(group.scope);
          expect(target.evidence[0].end).toBeGreaterThan(target.evidence[0].start);
        }
      }
    });

    it('shows and flags a different target year instead of hiding it', async () => {
      const body = await json(await get(`/api/benchmarks?${query({ indicator: 'rd-intensity' })}`));
      const group = body.groups.find((g: any) => g.scope.level === 'city');
      expect(group.years).toEqual([2025, 2027]);
      expect(group.flags).toContain('years-differ');
      const taizhou = group.targets.find((t: any) => t.city === '泰州市');
      expect(taizhou).toMatchObject({ year: 2027, comparable: 2.85, display: '2.85%左右', flags: ['year-differs'] });
      expect(body.unmatched).toEqual([]);
    });

    it('lists the targets no indicator fits, with their own wording', async () => {
      const body = await json(await get(`/api/benchmarks?${query({ cities: '连云港市' })}`));
      expect(body.groups).toEqual([]);
      const combined = body.unmatched.find((t: any) => t.wording.includes('单项冠军'));
      expect(combined).toMatchObject({ city: '连云港市', indicator: null, value: 30 });
    });

    it('filters by words as earlier clients did, and refuses an unknown indicator', async () => {
      const body = await json(await get(`/api/benchmarks?${query({ metric: '规模', all: true })}`));
      expect(body.groups.length).toBeGreaterThan(0);
      expect(body.groups.every((g: any) => `${g.metric}${g.subject}`.includes('规模'))).toBe(true);
      expect((await get(`/api/benchmarks?${query({ indicator: 'perpetual-motion' })}`)).status).toBe(404);
      expect((await get(`/api/benchmarks?${query({ all: 'maybe' })}`)).status).toBe(400);
    });
  });

  describe('GET /api/indicators', () => {
    it('lists the catalogue with how many targets and cities set each indicator', async () => {
      const body = await json(await get('/api/indicators'));
      const rd = body.indicators.find((i: any) => i.id === 'rd-intensity');
      expect(rd).toMatchObject({ kind: 'intensity', numerator: '全社会研发经费支出', denominator: '地区生产总值', unit: '%' });
      expect(rd.cities).toEqual(['泰州市', '盐城市']);
      expect(rd.differsFrom.map((d: any) => d.id)).toContain('industrial-rd-intensity');
      expect(body.unmatched).toBeGreaterThan(0);
    });
  });

  describe('GET /api/targets', () => {
    it('lists one city’s targets with filters by indicator and year', async () => {
      const all = await json(await get(`/api/targets?${query({ city: '泰州市' })}`));
      expect(all.total).toBeGreaterThan(90);
      expect(all.targets.every((t: any) => t.city === '泰州市')).toBe(true);
      const hydrogen = await json(await get(`/api/targets?${query({ city: '泰州市', indicator: 'industry-sales', year: 2027 })}`));
      const row = hydrogen.targets.find((t: any) => t.scope.name === '氢能');
      expect(row).toMatchObject({ value: 16, unit: '亿元', year: 2027, origin: 'table', baseline: { year: 2024, value: 12 } });
      expect(row.evidence[0].reading).toBe('氢能 2027年 销售收入 16亿元（2024年 12亿元）');
      expect(row.evidence[0].text).toContain('氢能');
      const none = await json(await get(`/api/targets?${query({ indicator: 'none', limit: 5 })}`));
      expect(none.targets).toHaveLength(5);
      expect(none.targets.every((t: any) => t.indicator === null)).toBe(true);
    });

    it('pages with limit and offset', async () => {
      const first = await json(await get(`/api/targets?${query({ limit: 3 })}`));
      const second = await json(await get(`/api/targets?${query({ limit: 3, offset: 3 })}`));
      expect(first.targets.map((t: any) => t.id)).not.toEqual(second.targets.map((t: any) => t.id));
      expect(second.total).toBe(first.total);
    });

    it('exports the ledger as CSV, evidence read as a sentence', async () => {
      const response = await get(`/api/targets?${query({ city: '泰州市', format: 'csv' })}`);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const lines = (await response.text()).replace(/^\ufeff/, '').split('\r\n');
      expect(lines[0]).toBe('id,city,plan,indicator,indicator_name,wording,subject,scope,kind,value,upper,unit,display,amount,amount_unit,year,year_implied,period,since,base_year,qualifier,origin,evidence_start,evidence_end,evidence');
      expect(lines.find((l) => l.includes('研发支出占地区生产总值比重'))).toContain('rd-intensity,研发经费投入强度');
    });

    it.each([
      [`?${query({ year: 'soon' })}`, 'year'],
      [`?${query({ format: 'xml' })}`, 'format'],
      [`?${query({ limit: 0 })}`, 'limit'],
      [`?${query({ town: '盐城' })}`, 'town'],
    ])('answers 400 naming the field for %s', async (suffix, field) => {
      const response = await get(`/api/targets${suffix}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await json(response))).toContain(field);
    });
  });

  describe('the OpenAPI document', () => {
    it('documents the targets endpoints', async () => {
      const spec = await json(await get('/api/openapi.json'));
      for (const path of ['/api/benchmarks', '/api/indicators', '/api/targets']) expect(Object.keys(spec.paths)).toContain(path);
      expect(spec.paths['/api/targets'].get.parameters.map((p: any) => p.name)).toEqual(['city', 'plan', 'indicator', 'year', 'limit', 'offset', 'format', 'asOf']);
    });
  });
}
