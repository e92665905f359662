import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, queryString } from '../../../client/src/api/client.ts';
import { ApiError, chineseMessage, failureText } from '../../../client/src/api/errors.ts';
import { seededApi, type SeededApi } from '../../helpers/client-api.ts';

describe('API client against the real server', () => {
  let seeded: SeededApi;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());

  it('builds query strings, encoding Chinese and ids with colons, leaving out empty values', () => {
    expect(queryString({ q: '氢能', label: undefined, city: '', limit: 5, related: false })).toBe('?q=%E6%B0%A2%E8%83%BD&limit=5');
    expect(queryString({ labels: ['Industry', 'Department'], avoidHubs: true })).toBe('?labels=Industry%2CDepartment&avoidHubs=true');
    expect(queryString({})).toBe('');
  });

  it('reads answers typed by the contract: ids with colons and Chinese in paths and queries', async () => {
    const department = await seeded.api.department('department:盐城市工业和信息化局');
    expect(department.department.name).toBe('盐城市工业和信息化局');
    const overlap = await seeded.api.overlap('氢能', true, { limit: 2 });
    expect(overlap.cities).toHaveLength(2);
    expect(overlap.citiesTotal).toBe(3);
    const paths = await seeded.api.path('enterprise:东风悦达起亚汽车有限公司', 'city:泰州市', { k: 2, avoidHubs: true });
    expect(paths.paths).toHaveLength(2);
    expect(paths.avoided?.length).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown concept', () => seeded.api.overlap('永动机', false), 'NOT_FOUND', 404, '未找到所请求的内容'],
    ['an unknown department', () => seeded.api.department('department:火星市工信局'), 'NOT_FOUND', 404, '未找到所请求的内容'],
    ['a bad depth', () => seeded.api.neighborhood('industry:氢能', { depth: 3 as 1 }), 'VALIDATION_FAILED', 400, '请求参数无效'],
  ])('turns %s into an ApiError with a Chinese message and the server’s own text', async (_, call, code, status, message) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code, status, message });
    expect((error as ApiError).detail.length).toBeGreaterThan(0);
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const closed = createApi('http://127.0.0.1:9');
    const error = await closed.health().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK', message: '网络错误，无法连接服务器' });
  });

  it.each([
    ['NOT_FOUND', 0, '未找到所请求的内容'],
    ['UNSUPPORTED_FORMAT', 415, '不支持的文件类型，仅支持 .txt、.docx、.pdf'],
    ['SOMETHING', 503, '服务器错误（HTTP 503）'],
    ['SOMETHING', 418, '请求失败（HTTP 418）'],
    ['SOMETHING', 429, '请求过于频繁，请稍后再试'],
    ['SOMETHING', 409, '该规划文件已存在'],
    ['SOMETHING', 401, '需要有效的上传令牌'],
  ])('%s (HTTP %i) reads %s', (code, status, message) => {
    expect(chineseMessage(code, status)).toBe(message);
  });

  it('prefixes failures for the screen', () => {
    expect(failureText(new ApiError('NOT_FOUND', 404, 'x'))).toBe('加载失败：未找到所请求的内容');
    expect(failureText(new TypeError('fetch failed'), '上传失败')).toBe('上传失败：网络错误，无法连接服务器');
  });
});
