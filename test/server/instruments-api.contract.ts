/**
 * The policy-instrument endpoints over HTTP on the seed graph — the scheme with usage, the instrument
 * × city/plan matrix, the sentences behind a cell and the CSV coding sheet — run inside the API suite
 * against every store (api.contract.ts).
 */
import { describe, expect, it } from 'vitest';
import { query, type RunningServer } from '../helpers/http.ts';

const json = async (response: Response) => (await response.json()) as Record<string, any>;

export function describeInstrumentsApi(server: () => RunningServer): void {
  const get = (path: string) => server().get(path);

  describe('GET /api/instruments', () => {
    it('lists the three sides and their fifteen subtypes with how many sentences, plans and cities use each', async () => {
      const body = await json(await get('/api/instruments'));
      expect(body.sides.map((s: any) => [s.side, s.name])).toEqual([['supply', '供给型'], ['demand', '需求型'], ['environment', '环境型']]);
      const all = body.sides.flatMap((s: any) => s.instruments);
      expect(all).toHaveLength(15);
      expect(all.find((i: any) => i.code === 'talent')).toMatchObject({ name: '人才培养与引进', side: 'supply', cities: 3, plans: 5 });
      expect(all.find((i: any) => i.code === 'procurement').sentences).toBeGreaterThanOrEqual(1);
    });
  });

  describe('GET /api/instruments/matrix', () => {
    it('counts each city’s sentences per subtype and side, with shares of the city’s codes', async () => {
      const body = await json(await get('/api/instruments/matrix'));
      expect(body.columns.map((c: any) => c.id)).toEqual(['盐城市', '泰州市', '连云港市'].sort((a, b) => a.localeCompare(b)));
      for (const column of body.columns) {
        const shares = body.rows.reduce((sum: number, row: any) => sum + (row.cells[column.id]?.share ?? 0), 0);
        expect(shares).toBeCloseTo(1, 1);
        for (const row of body.rows) expect(row.cells[column.id]?.sentences ?? 0).toBeLessThanOrEqual(column.sentences);
      }
      for (const side of body.sides) {
        const rows = body.rows.filter((r: any) => r.instrument.side === side.side);
        expect(side.total).toBe(rows.reduce((sum: number, r: any) => sum + r.total, 0));
      }
    });

    it('has a column per plan when asked by plan, and keeps to the cities asked for', async () => {
      const byPlan = await json(await get(`/api/instruments/matrix?${query({ by: 'plan' })}`));
      expect(byPlan.columns).toHaveLength(5);
      expect(byPlan.columns[0].plan).toMatchObject({ id: byPlan.columns[0].id });
      const one = await json(await get(`/api/instruments/matrix?${query({ cities: '泰州市' })}`));
      expect(one.columns.map((c: any) => c.id)).toEqual(['泰州市']);
    });

    it.each([`/api/instruments/matrix?${query({ by: 'region' })}`, `/api/instruments/sentences?${query({ instrument: 'bribery' })}`, `/api/instruments/sentences?${query({ side: 'fiscal' })}`])(
      'refuses %s with 400',
      async (path) => {
        expect((await get(path)).status).toBe(400);
      },
    );
  });

  describe('GET /api/instruments/sentences', () => {
    it('opens the sentences behind a cell, each with its plan, task, cue and the original text at its offsets', async () => {
      const matrix = await json(await get('/api/instruments/matrix'));
      const cell = matrix.rows.find((r: any) => r.instrument.code === 'finance').cells['盐城市'];
      const body = await json(await get(`/api/instruments/sentences?${query({ instrument: 'finance', city: '盐城市', limit: 1000 })}`));
      expect(body.total).toBe(cell.sentences);
      expect(new Set(body.sentences.map((s: any) => s.task?.id).filter(Boolean)).size).toBe(cell.tasks);
      const first = body.sentences[0];
      expect(first).toMatchObject({ plan: { city: '盐城市' }, instrument: { code: 'finance', side: 'environment' } });
      expect((first.evidence.quote ?? first.evidence.text).replace(/\s/g, '')).toContain(first.cue.replace(/\s/g, ''));
      const document = await json(await get(`/api/documents/${encodeURIComponent(first.evidence.plan)}?${query({ focusStart: first.evidence.start, focusEnd: first.evidence.end })}`));
      expect(document.text.slice(document.focus.start, document.focus.end)).toBe(first.evidence.quote ?? first.evidence.text);
    });

    it('exports the coding sheet as CSV: one row per coded sentence and instrument', async () => {
      const all = await json(await get(`/api/instruments/sentences?${query({ limit: 1 })}`));
      const response = await get(`/api/instruments/sentences?${query({ format: 'csv' })}`);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toContain('policy-kg-instruments.csv');
      const text = await response.text();
      const [header] = text.split(/\r?\n/);
      expect(header).toBe('plan,plan_title,city,section,task,side,instrument,instrument_name,cue,sentence,start,end');
      expect(text.match(/^plan:/gm)?.length).toBe(all.total);
      expect(text).toContain(',供给型,talent,人才培养与引进,');
    });
  });
}
