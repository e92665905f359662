/**
 * Every API endpoint over real HTTP on 127.0.0.1, written once and run against each store
 * (api-sqlite.test.ts, api-neo4j.test.ts): answers on the seed graph, bad input, errors, headers.
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.ts';
import { query, startServer, upload, type RunningServer } from '../helpers/http.ts';
import { seedContributions } from '../helpers/seeds.ts';
import { describeInstrumentsApi } from './instruments-api.contract.ts';
import { describeTargetsApi } from './targets-api.contract.ts';
import { describeTimelinesApi } from './timelines-api.contract.ts';

export type StoreMaker = () => Promise<GraphStore>;

const json = async (response: Response) => (await response.json()) as Record<string, any>;

/** A plan inside the notice that issues it, as a government website publishes it. */
const WUXI_PLAN = [
  '关于印发《无锡市推进氢能产业发展行动方案》的通知',
  '锡政办发〔2024〕8号',
  '各市（县）、区人民政府，市各委办局：',
  '现将《无锡市推进氢能产业发展行动方案》印发给你们，请认真贯彻落实。',
  '无锡市人民政府办公室',
  '2024年4月2日',
  '无锡市推进氢能产业发展行动方案',
  '一、重点任务',
  '1．壮大氢能产业。依托无锡高新区建设氢能装备基地，到2027年，氢能产业规模达到200亿元。（市发展改革委牵头负责，市工信局按职责分工负责）',
].join('\n');

export function describeApi(name: string, makeStore: StoreMaker): void {
  describe(`HTTP API over the ${name}`, () => {
    let store: GraphStore;
    let api: RunningServer;
    beforeAll(async () => {
      store = await makeStore();
      await store.replacePlans(await seedContributions());
      api = await startServer(store, { maxFileBytes: 64 * 1024 });
    });
    afterAll(async () => {
      await api?.close();
      await store?.close();
    });

    describe('GET /api/health', () => {
      it('reports the store and its counts', async () => {
        const body = await json(await api.get('/api/health'));
        expect(body).toMatchObject({ status: 'ok' });
        // Only the kind: a path or address would tell anyone where the data lives.
        expect(body.store).toEqual({ kind: store.kind });
        expect(body.counts.nodes.Plan).toBe(5);
      });
    });

    describe('GET /api/search', () => {
      it('finds bodies by alias, ranked, with label and city', async () => {
        const body = await json(await api.get(`/api/search?${query({ q: '市工信局' })}`));
        expect(body.results.slice(0, 3).map((r: any) => r.name).sort()).toEqual(['泰州市工业和信息化局', '盐城市工业和信息化局', '连云港市工业和信息化局']);
        expect(body.results[0]).toMatchObject({ label: 'Department', matched: '市工信局' });
      });

      it.each([
        ['工信局', '工业和信息化局'],
        ['发改委', '发展和改革委员会'],
      ])('finds every city’s body by the name its kind goes by: %s', async (q, full) => {
        const body = await json(await api.get(`/api/search?${query({ q, label: 'Department' })}`));
        const cities = body.results.filter((r: any) => r.name.endsWith(full) && r.city).map((r: any) => r.city);
        expect(cities.sort()).toEqual(['泰州市', '盐城市', '连云港市']);
        for (const r of body.results.filter((x: any) => x.city)) expect(r).toMatchObject({ matched: q, rank: 1 });
      });

      it('filters by label and city', async () => {
        const body = await json(await api.get(`/api/search?${query({ q: '工业和信息化局', label: 'Department', city: '泰州市' })}`));
        expect(body.results.map((r: any) => r.name)).toEqual(['泰州市工业和信息化局']);
      });

      it('treats Cypher fragments as plain text and deletes nothing', async () => {
        const before = await json(await api.get('/api/health'));
        const response = await api.get(`/api/search?${query({ q: "' WITH 1 AS x MATCH (n) DETACH DELETE n //" })}`);
        expect(response.status).toBe(200);
        expect((await json(response)).results).toEqual([]);
        expect((await json(await api.get('/api/health'))).counts).toEqual(before.counts);
      });

      it.each([
        ['', 'q'],
        [`?${query({ q: 'x'.repeat(101) })}`, 'q'],
        [`?${query({ q: '氢能', label: 'Nothing' })}`, 'label'],
        [`?${query({ q: '氢能', limit: 'many' })}`, 'limit'],
        [`?${query({ q: '氢能', extra: 1 })}`, 'extra'],
      ])('answers 400 naming the field for %s', async (suffix, field) => {
        const response = await api.get(`/api/search${suffix}`);
        expect(response.status).toBe(400);
        const body = await json(response);
        expect(body.error.code).toBe('VALIDATION_FAILED');
        expect(JSON.stringify(body.error)).toContain(field);
      });

      it('refuses a 10 MB query string without falling over', async () => {
        const response = await api.get(`/api/search?q=${'氢'.repeat(10 * 1024 * 1024 / 9)}`).catch(() => null);
        if (response) expect(response.status).toBeGreaterThanOrEqual(400);
        expect((await api.get('/api/health')).status).toBe(200);
      });
    });

    describe('GET /api/overlap', () => {
      it('shows every city that plans for 氢能, with evidence sentences', async () => {
        const body = await json(await api.get(`/api/overlap?${query({ concept: '氢能' })}`));
        expect(body.cities.map((c: any) => c.city).sort()).toEqual(['泰州市', '盐城市', '连云港市']);
        expect(body.absent).toEqual([]);
        for (const city of body.cities) {
          expect(city.evidence.length).toBeGreaterThan(0);
          for (const e of city.evidence) expect(e.quote ?? e.text).toContain(e.term);
          expect(city.matches[0]).toMatchObject({ term: '氢能', match: 'exact' });
        }
      });

      it('marks synonyms, narrower industries and related concepts, and lists the cities that do not mention it', async () => {
        const body = await json(await api.get(`/api/overlap?${query({ concept: '海工装备', related: true })}`));
        expect(body.absent).toEqual([]);
        const yancheng = body.cities.find((c: any) => c.city === '盐城市');
        const kinds = Object.fromEntries(yancheng.matches.map((m: any) => [m.term, m.match]));
        expect(kinds).toMatchObject({ 海工装备: 'exact', 海洋工程装备: 'synonym', 船舶海工配套: 'narrower' });
        const lianyungang = body.cities.find((c: any) => c.city === '连云港市');
        expect(lianyungang.matches).toEqual([expect.objectContaining({ term: '海洋装备', match: 'related', relation: 'broader' })]);
        const plain = await json(await api.get(`/api/overlap?${query({ concept: '海工装备' })}`));
        expect(plain.absent).toEqual(['连云港市']);
      });

      it('returns at most `limit` cities, those with the most sentences first, and how many there are', async () => {
        const all = await json(await api.get(`/api/overlap?${query({ concept: '氢能' })}`));
        const first = await json(await api.get(`/api/overlap?${query({ concept: '氢能', limit: 1 })}`));
        expect(first.citiesTotal).toBe(3);
        expect(first.cities).toEqual(all.cities.slice(0, 1));
        expect(all.cities[0].evidence.length).toBeGreaterThanOrEqual(all.cities[1].evidence.length);
        expect((await api.get(`/api/overlap?${query({ concept: '氢能', limit: 0 })}`)).status).toBe(400);
      });

      it('accepts a wording instead of the concept name', async () => {
        const body = await json(await api.get(`/api/overlap?${query({ concept: '海洋工程装备' })}`));
        expect(body.concept.name).toBe('海工装备');
      });

      it('answers 404 for an unknown concept and 400 for a bad flag', async () => {
        expect((await api.get(`/api/overlap?${query({ concept: '永动机' })}`)).status).toBe(404);
        expect((await api.get(`/api/overlap?${query({ concept: '氢能', related: 'maybe' })}`)).status).toBe(400);
      });
    });

    describe('GET /api/matrix', () => {
      it('counts concepts per city with set operations', async () => {
        const body = await json(await api.get('/api/matrix?label=Industry'));
        expect(body.cities).toEqual(['泰州市', '盐城市', '连云港市']);
        expect(body.sets.inAll).toContain('industry:氢能');
        const row = body.rows.find((r: any) => r.entity.id === 'industry:氢能');
        expect(row.cities).toBe(3);
        const onlyYancheng = body.sets.onlyIn['盐城市'];
        for (const id of onlyYancheng) expect(body.rows.find((r: any) => r.entity.id === id).cities).toBe(1);
        const aNotB = body.sets.difference.find((d: any) => d.a === '盐城市' && d.b === '泰州市');
        for (const id of aNotB.ids) expect(body.rows.find((r: any) => r.entity.id === id).counts['泰州市']).toBeUndefined();
      });

      it('works for platforms and a chosen set of cities, and refuses an unknown label', async () => {
        const body = await json(await api.get(`/api/matrix?${query({ label: 'Platform', cities: '泰州市,盐城市' })}`));
        expect(body.cities).toEqual(['泰州市', '盐城市']);
        expect((await api.get('/api/matrix?label=Target')).status).toBe(400);
      });
    });

    describe('GET /api/compare and /api/peers', () => {
      it('compares two cities: shared and unique concepts, similarity, comparable targets', async () => {
        const body = await json(await api.get(`/api/compare?${query({ a: '盐城市', b: '泰州市' })}`));
        expect(body.similarity.jaccard).toBeGreaterThan(0);
        expect(body.similarity.jaccard).toBeLessThanOrEqual(1);
        expect(body.shared.map((s: any) => s.concept.name)).toContain('氢能');
        for (const group of body.benchmarks) {
          expect(new Set(group.targets.map((t: any) => t.city))).toEqual(new Set(['盐城市', '泰州市']));
          for (const target of group.targets) expect(target.indicator).toBe(group.indicator.id);
        }
        expect(body.benchmarks.length).toBeGreaterThan(0);
      });

      it('ranks peers by similarity', async () => {
        const body = await json(await api.get(`/api/peers?${query({ city: '盐城市' })}`));
        expect(body.peers.map((p: any) => p.city).sort()).toEqual(['泰州市', '连云港市']);
        expect(body.peers[0].cosine).toBeGreaterThanOrEqual(body.peers[1].cosine);
      });

      it('answers 404 for a city without plans and 400 for a missing one', async () => {
        expect((await api.get(`/api/compare?${query({ a: '盐城市', b: '火星市' })}`)).status).toBe(404);
        expect((await api.get(`/api/compare?${query({ a: '盐城市' })}`)).status).toBe(400);
      });
    });

    describe('GET /api/departments', () => {
      it('lists a city’s departments with the tasks they own', async () => {
        const body = await json(await api.get(`/api/departments?${query({ city: '泰州市' })}`));
        const industry = body.departments.find((d: any) => d.department.name === '泰州市工业和信息化局');
        expect(industry.tasks.responsible).toBeGreaterThan(0);
        expect(body.departments.every((d: any) => d.department.city === '泰州市')).toBe(true);
      });

      it('details one department: led vs co-responsible tasks, industries, partners, the same body elsewhere', async () => {
        const body = await json(await api.get(`/api/departments/${encodeURIComponent('department:盐城市工业和信息化局')}`));
        expect(body.tasks.led).toBeGreaterThanOrEqual(3);
        expect(body.plans.length).toBeGreaterThanOrEqual(2);
        const led = body.plans.flatMap((p: any) => p.tasks).filter((t: any) => t.role === 'lead');
        for (const task of led) expect(task.evidence[0].text).toContain('牵头');
        expect(body.partners.length).toBeGreaterThan(0);
        expect(body.sameKind.map((d: any) => d.department.name)).toEqual(expect.arrayContaining(['泰州市工业和信息化局', '连云港市工业和信息化局']));
      });

      it('answers 404 for an unknown department', async () => {
        expect((await api.get(`/api/departments/${encodeURIComponent('department:火星市工信局')}`)).status).toBe(404);
      });
    });

    describeTargetsApi(() => api);
    describeInstrumentsApi(() => api);
    describeTimelinesApi(() => api, () => store);

    describe('GET /api/graph/*', () => {
      it('returns a bounded neighbourhood as Cytoscape elements', async () => {
        const body = await json(await api.get(`/api/graph/neighborhood?${query({ id: 'industry:氢能' })}`));
        const ids = new Set(body.elements.nodes.map((n: any) => n.data.id));
        expect(ids.has('industry:氢能')).toBe(true);
        for (const e of body.elements.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
        const small = await json(await api.get(`/api/graph/neighborhood?${query({ id: 'industry:氢能', depth: 2, limit: 5 })}`));
        expect(small.elements.nodes).toHaveLength(5);
        expect(small.truncated).toBe(true);
      });

      it('finds shortest paths and returns one edge with its evidence', async () => {
        const body = await json(await api.get(`/api/graph/path?${query({ from: 'industry:氢能', to: 'city:泰州市' })}`));
        expect(body.paths.length).toBeGreaterThan(0);
        const edgeId = body.paths[0].edges[0];
        const edge = await json(await api.get(`/api/graph/edge?${query({ id: edgeId })}`));
        expect(edge.edge.evidence.length).toBeGreaterThan(0);
      });

      it('lists the k shortest paths, longer ones after, and with avoidHubs none through a hub', async () => {
        const ends = { from: 'enterprise:东风悦达起亚汽车有限公司', to: 'city:泰州市' };
        const plain = await json(await api.get(`/api/graph/path?${query(ends)}`));
        expect(plain.paths.every((p: any) => p.nodes.some((id: string) => id.startsWith('plan:')))).toBe(true);
        expect(plain.avoided).toBeUndefined();
        const k = await json(await api.get(`/api/graph/path?${query({ ...ends, k: 3 })}`));
        expect(k.paths).toHaveLength(3);
        const avoiding = await json(await api.get(`/api/graph/path?${query({ ...ends, k: 2, avoidHubs: true })}`));
        expect(avoiding.paths.length).toBeGreaterThan(0);
        expect(avoiding.avoided).toEqual(expect.arrayContaining(['plan:taizhou-key-industry-chains-action-plan']));
        for (const path of avoiding.paths) for (const id of path.nodes.slice(1, -1)) expect(avoiding.avoided).not.toContain(id);
        const ids = new Set(avoiding.elements.nodes.map((n: any) => n.data.id));
        for (const path of avoiding.paths) for (const id of path.nodes) expect(ids.has(id)).toBe(true);
      });

      it('gives tasks, sections and targets their plan, and the plan’s city', async () => {
        const body = await json(await api.get(`/api/graph/neighborhood?${query({ id: 'department:泰州市工业和信息化局', depth: 2, limit: 400 })}`));
        const parts = body.elements.nodes.filter((n: any) => ['Task', 'Section', 'Target'].includes(n.data.label));
        expect(parts.length).toBeGreaterThan(0);
        for (const part of parts) expect(part.data).toMatchObject({ plan: expect.stringMatching(/^plan:/), city: expect.any(String) });
        expect(body.elements.nodes.find((n: any) => n.data.label === 'Industry').data.plan).toBeNull();
      });

      it('returns an edge with both of its ends as stored nodes', async () => {
        const body = await json(await api.get(`/api/graph/neighborhood?${query({ id: 'industry:氢能' })}`));
        const edge = await json(await api.get(`/api/graph/edge?${query({ id: body.elements.edges[0].data.id })}`));
        expect(edge.source).toMatchObject({ id: edge.edge.source, label: expect.any(String) });
        expect(edge.target).toMatchObject({ id: edge.edge.target, label: expect.any(String) });
      });

      it.each([
        [`/api/graph/neighborhood?${query({ id: 'industry:氢能', depth: 3 })}`, 400],
        [`/api/graph/neighborhood?${query({ id: 'industry:永动机' })}`, 404],
        [`/api/graph/path?${query({ from: 'industry:氢能', to: 'city:火星市' })}`, 404],
        [`/api/graph/edge?${query({ id: 'NOPE|a|b||' })}`, 404],
      ])('%s → %i', async (path, status) => {
        expect((await api.get(path)).status).toBe(status);
      });
    });

    describe('documents', () => {
      it('lists the plans and opens one at an evidence sentence', async () => {
        const list = await json(await api.get('/api/documents'));
        expect(list.documents).toHaveLength(5);
        const overlap = await json(await api.get(`/api/overlap?${query({ concept: '氢能' })}`));
        const evidence = overlap.cities.find((c: any) => c.city === '连云港市').evidence[0];
        const document = await json(await api.get(`/api/documents/${encodeURIComponent(evidence.plan)}?${query({ focusStart: evidence.start, focusEnd: evidence.end })}`));
        expect(document.text.slice(document.focus.start, document.focus.end)).toBe(evidence.quote ?? evidence.text);
        expect(document.highlights.some((h: any) => h.kind === 'responsibility')).toBe(true);
        for (const h of document.highlights.filter((x: any) => x.kind === 'mention').slice(0, 50)) expect(document.text.slice(h.start, h.end)).toBe(h.term);
      });

      it('gives a plan’s tables with headers, and no focus for offsets past the end of the file', async () => {
        const id = 'plan:yancheng-county-specialty-industries-2026-2028';
        const document = await json(await api.get(`/api/documents/${encodeURIComponent(id)}`));
        expect(document.tables.length).toBe(3);
        for (const table of document.tables) {
          expect(table.header.map((c: any) => c.text)).toContain('地区');
          // A cell continued on the next line (（亿元）) spans the line break.
          for (const row of table.rows) for (const cell of row.cells) expect(document.text.slice(cell.start, cell.end).replace(/\s+/g, '')).toBe(cell.text.replace(/\s+/g, ''));
        }
        const past = await json(await api.get(`/api/documents/${encodeURIComponent(id)}?${query({ focusStart: 900000, focusEnd: 900010 })}`));
        expect(past.focus).toBeNull();
      });

      it('answers 404 for an unknown document', async () => {
        expect((await api.get(`/api/documents/${encodeURIComponent('plan:none')}`)).status).toBe(404);
      });

      it('ingests an uploaded plan of a new city as a job, with its metadata, and replaces it only when asked', async () => {
        const json1 = { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'wuxi-hydrogen.txt', text: WUXI_PLAN }) };
        const first = await upload(api, '/api/documents', json1);
        expect(first.response.status).toBe(202);
        expect(first.response.headers.get('location')).toMatch(/^\/api\/jobs\/[0-9a-f-]{36}$/);
        expect(first.job).toMatchObject({ status: 'done', file: 'wuxi-hydrogen.txt', progress: 1 });
        const plan = first.job?.result?.plan;
        expect(plan).toMatchObject({
          id: 'plan:wuxi-hydrogen', city: '无锡市', cityCue: 'title', title: '无锡市推进氢能产业发展行动方案', issuer: '无锡市人民政府办公室', issued: '2024-04-02', documentNumber: '锡政办发〔2024〕8号', status: '印发',
        });
        expect(first.job?.result?.nodes).toBeGreaterThan(5);
        const detail = await json(await api.get(`/api/documents/${encodeURIComponent(plan!.id)}`));
        expect(detail.plan).toEqual(plan);
        expect(detail.metadata.map((m: any) => m.field)).toEqual(expect.arrayContaining(['title', 'city', 'issuer', 'issued', 'documentNumber', 'period', 'status']));
        for (const m of detail.metadata) expect(detail.text.slice(m.start, m.end)).toBe(m.text);
        const overlap = await json(await api.get(`/api/overlap?${query({ concept: '氢能' })}`));
        expect(overlap.cities.map((c: any) => c.city)).toContain('无锡市');

        const form = () => {
          const body = new FormData();
          body.append('file', new Blob([new TextEncoder().encode(`${WUXI_PLAN}\n2．发展氢能装备。`)]), 'wuxi-hydrogen.txt');
          return body;
        };
        const again = await upload(api, '/api/documents', { body: form() });
        expect(again.response.status).toBe(409);
        expect((await json(again.response)).error).toMatchObject({ code: 'PLAN_EXISTS', message: expect.stringContaining('replace=true') });
        const replaced = await upload(api, '/api/documents?replace=true', { body: form() });
        expect(replaced.job).toMatchObject({ status: 'done', result: { plan: { id: 'plan:wuxi-hydrogen' } } });
        expect(replaced.job?.result?.plan.sha256).not.toBe(first.job?.result?.plan.sha256);
        expect((await json(await api.get('/api/documents'))).documents).toHaveLength(6);
      });

      it.each([
        ['an empty document', { 'content-type': 'application/json' }, JSON.stringify({ name: 'empty.txt', text: '' }), 400, 'VALIDATION_FAILED'],
        ['a path in the name', { 'content-type': 'application/json' }, JSON.stringify({ name: '../escape.txt', text: WUXI_PLAN }), 400, 'BAD_FILE_NAME'],
        ['a hidden extension', { 'content-type': 'application/json' }, JSON.stringify({ name: 'plan.exe.txt', text: WUXI_PLAN }), 400, 'BAD_FILE_NAME'],
        ['an unsupported type', { 'content-type': 'application/json' }, JSON.stringify({ name: 'plan.html', text: WUXI_PLAN }), 415, 'UNSUPPORTED_FORMAT'],
        ['malformed JSON', { 'content-type': 'application/json' }, '{"name": "x.txt", "text": ', 400, 'VALIDATION_FAILED'],
        ['a body over the size limit', { 'content-type': 'text/plain' }, '氢'.repeat(40 * 1024), 413, 'INPUT_TOO_LARGE'],
      ])('refuses %s at once with a 4xx and stores nothing', async (_, headers, body, status, code) => {
        const before = await json(await api.get('/api/health'));
        const { response } = await upload(api, `/api/documents?${query({ name: 'upload.txt' })}`, { headers, body });
        expect(response.status).toBe(status);
        const error = await json(response);
        expect(error.error.code).toBe(code);
        expect(JSON.stringify(error)).not.toMatch(/at .*\.ts:\d+/);
        expect((await json(await api.get('/api/health'))).counts).toEqual(before.counts);
      });

      it.each([
        ['binary bytes named .txt', 'upload.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'BINARY_INPUT'],
        ['plain text named .pdf', 'upload.pdf', new TextEncoder().encode(WUXI_PLAN), 'FORMAT_MISMATCH'],
      ])('reports %s as a failed job with its code, and stores nothing', async (_, name, bytes, code) => {
        const before = await json(await api.get('/api/health'));
        const { response, job } = await upload(api, `/api/documents?${query({ name })}`, { headers: { 'content-type': 'application/octet-stream' }, body: bytes });
        expect(response.status).toBe(202);
        expect(job).toMatchObject({ status: 'failed', error: { code } });
        expect(job?.result).toBeUndefined();
        expect((await json(await api.get('/api/health'))).counts).toEqual(before.counts);
      });

      it('deletes a plan when asked as a write, and answers 404 for one not stored', async () => {
        const text = WUXI_PLAN.replace(/无锡/g, '常州');
        // /api/health is cached by the store's revision: an answer cached before a write is not served after it.
        const plans = async () => (await json(await api.get('/api/health'))).counts.nodes.Plan as number;
        const before = await plans();
        const added = await upload(api, '/api/documents', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'changzhou.txt', text }) });
        expect(await plans()).toBe(before + 1);
        const id = added.job?.result?.plan.id as string;
        const response = await api.write(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
        expect(response.status).toBe(200);
        expect((await json(response)).deleted).toMatchObject({ id, city: '常州市' });
        expect(await plans()).toBe(before);
        expect((await api.get(`/api/documents/${encodeURIComponent(id)}`)).status).toBe(404);
        expect((await api.write(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' })).status).toBe(404);
      });
    });

    describe('GET /api/export and /api/openapi.json', () => {
      it('exports JSON identical to the store, GraphML and CSV', async () => {
        const exported = await json(await api.get('/api/export?format=json'));
        expect(exported).toEqual(JSON.parse(JSON.stringify(await store.exportGraph())));
        const graphml = await (await api.get('/api/export?format=graphml')).text();
        expect(graphml).toContain('<graphml');
        expect(graphml.match(/<node /g)?.length).toBe(exported.nodes.length);
        const csv = await api.get('/api/export?format=csv&part=edges');
        expect(csv.headers.get('content-type')).toContain('text/csv');
        const text = await csv.text();
        expect(text.split('\r\n')[0]).toBe('id,source,target,type,plan,role,evidence');
      });

      it('documents every endpoint', async () => {
        const spec = await json(await api.get('/api/openapi.json'));
        expect(spec.openapi).toBe('3.1.0');
        for (const path of ['/api/overlap', '/api/matrix', '/api/compare', '/api/peers', '/api/departments/{id}', '/api/benchmarks', '/api/graph/neighborhood', '/api/graph/path', '/api/documents', '/api/jobs/{id}', '/api/export']) {
          expect(Object.keys(spec.paths)).toContain(path);
        }
        expect(Object.keys(spec.paths['/api/documents'].post.responses)).toEqual(expect.arrayContaining(['202', '401', '403', '409', '413']));
        expect(spec.paths['/api/documents/{id}'].delete.responses['401']).toBeDefined();
        expect(spec.paths['/api/jobs/{id}'].get.responses['200'].content['application/json'].schema.properties.job.properties.status.enum).toEqual(['queued', 'running', 'done', 'failed']);
        expect(spec.paths['/api/overlap'].get.parameters.map((p: any) => p.name)).toEqual(['concept', 'related', 'limit', 'asOf']);
      });
    });

    describe('headers and unknown routes', () => {
      it('sends security headers and no X-Powered-By', async () => {
        const response = await api.get('/api/health');
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-powered-by')).toBeNull();
      });

      it('serves a repeated GET from cache with an ETag, and 304 when the client has it', async () => {
        const first = await api.get(`/api/overlap?${query({ concept: '氢能' })}`);
        const etag = first.headers.get('etag');
        expect(etag).toBeTruthy();
        const second = await api.get(`/api/overlap?${query({ concept: '氢能' })}`, { headers: { 'if-none-match': etag as string } });
        expect(second.status).toBe(304);
      });

      it('sends a large answer gzipped to clients that accept it, with its own ETag, and plain to others', async () => {
        const path = `/api/overlap?${query({ concept: '氢能' })}`;
        const raw = (encoding: string) =>
          new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
            http.get(`${api.url}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
            }).on('error', reject);
          });
        const plain = await raw('identity');
        const gzipped = await raw('gzip, deflate, br');
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(gzipped.headers['content-encoding']).toBe('gzip');
        expect(gzipped.headers.vary).toContain('Accept-Encoding');
        expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
        expect(gzipped.body.length).toBeLessThan(plain.body.length / 3);
        expect(gzipped.headers.etag).not.toBe(plain.headers.etag);
      });

      it('answers 404 as JSON for an unknown API path', async () => {
        const response = await api.get('/api/nothing-here');
        expect(response.status).toBe(404);
        expect((await json(response)).error.code).toBe('NOT_FOUND');
      });
    });
  });
}
