import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, chineseMessage, failureText, getJson, queryString } from '../../client/src/api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('API client', () => {
  it('builds query strings, encoding Chinese and ids with colons, skipping empty values', () => {
    expect(queryString({ q: '氢能', label: undefined, city: '', limit: 5 })).toBe('?q=%E6%B0%A2%E8%83%BD&limit=5');
    expect(queryString({ labels: ['Industry', 'Department'] })).toBe('?labels=Industry%2CDepartment');
    expect(queryString({})).toBe('');
  });

  it('turns error codes into Chinese messages', () => {
    expect(chineseMessage('NOT_FOUND')).toBe('未找到所请求的内容');
    expect(chineseMessage('UNSUPPORTED_FORMAT')).toContain('.docx');
    expect(chineseMessage('SOMETHING', 503)).toBe('服务器错误（HTTP 503）');
    expect(chineseMessage('SOMETHING', 418)).toBe('请求失败（HTTP 418）');
    expect(chineseMessage('SOMETHING', 429)).toBe('请求过于频繁，请稍后再试');
    expect(failureText(new ApiError('NOT_FOUND', 404, 'No node'))).toBe('加载失败：未找到所请求的内容');
    expect(failureText(new TypeError('fetch failed'), '上传失败')).toBe('上传失败：网络错误，无法连接服务器');
  });

  it('reads the server error body into an ApiError', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No industry concept with id "x".' } }), { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    const error = await api.overlap('x', true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('未找到所请求的内容');
    expect((error as ApiError).detail).toBe('No industry concept with id "x".');
    expect((error as ApiError).status).toBe(404);
    expect(fetch).toHaveBeenCalledWith('/api/overlap?concept=x&related=true', expect.anything());
  });

  it('encodes path ids and reports network failures in Chinese', async () => {
    const fetch = vi.fn(async () => new Response('{"plan":{}}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await api.document('plan:盐城 a/b', { start: 1, end: 2 });
    expect(fetch).toHaveBeenCalledWith('/api/documents/plan%3A%E7%9B%90%E5%9F%8E%20a%2Fb?focusStart=1&focusEnd=2', expect.anything());
    await api.department('department:盐城市工业和信息化局');
    expect(fetch).toHaveBeenLastCalledWith(`/api/departments/${encodeURIComponent('department:盐城市工业和信息化局')}`, expect.anything());
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    const error = await getJson('/api/health').catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('NETWORK');
    expect((error as ApiError).message).toBe('网络错误，无法连接服务器');
  });
});
