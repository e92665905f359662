import { describe, expect, it } from 'vitest';
import { defaultState, hrefTo, parseState, readerHref, sameState, serialiseState, type ViewState } from '../../client/src/state.ts';

function parseHref(href: string): ViewState {
  const url = new URL(href, 'http://localhost');
  return parseState(url.pathname, url.search);
}

describe('URL state', () => {
  const states: ViewState[] = [
    { view: 'overview', label: 'Industry' },
    { view: 'overview', label: 'Platform' },
    { view: 'overlap', concept: '氢能', related: true, city: '盐城市' },
    { view: 'overlap', concept: '海工装备', related: false, city: null },
    { view: 'overlap', concept: null, related: false, city: null },
    { view: 'explore', id: 'department:盐城市工业和信息化局', depth: 2, layout: 'concentric', stress: false },
    { view: 'explore', id: 'task:yancheng-new-industrialization-work-points-2026:二、/（一）/1', depth: 1, layout: 'fcose', stress: false },
    { view: 'explore', id: null, depth: 1, layout: 'radial', stress: true },
    { view: 'compare', a: '盐城市', b: '泰州市' },
    { view: 'departments', id: null, kind: '工业和信息化', city: '连云港市' },
    { view: 'departments', id: 'department:泰州市工业和信息化局', kind: null, city: null },
    { view: 'reader', plan: 'plan:yancheng-14th-five-year-sci-tech-innovation-plan', start: 8297, end: 8352 },
    { view: 'reader', plan: 'plan:taizhou-key-industry-chains-action-plan', start: null, end: null },
  ];

  it.each(states.map((s) => [serialiseState(s), s] as const))('round-trips %s', (href, state) => {
    expect(parseHref(href)).toEqual(state);
    expect(serialiseState(parseHref(href))).toBe(href);
  });

  it('writes readable, shareable addresses and leaves defaults out', () => {
    expect(serialiseState({ view: 'overlap', concept: '氢能', related: true, city: null })).toBe('/overlap?concept=%E6%B0%A2%E8%83%BD&related=1');
    expect(serialiseState(defaultState('overview'))).toBe('/');
    expect(serialiseState(defaultState('explore'))).toBe('/explore');
    expect(serialiseState({ view: 'explore', id: 'industry:氢能', depth: 1, layout: 'fcose', stress: false })).toBe('/explore?id=industry%3A%E6%B0%A2%E8%83%BD');
    expect(readerHref({ plan: 'plan:x', start: 10, end: 20 })).toBe('/reader?plan=plan%3Ax&start=10&end=20');
    expect(hrefTo('compare', { a: '盐城市' })).toBe('/compare?a=%E7%9B%90%E5%9F%8E%E5%B8%82');
  });

  it('reads what people type: unencoded Chinese, true/1 flags, trailing slashes', () => {
    expect(parseState('/overlap/', '?concept=氢能&related=true')).toEqual({ view: 'overlap', concept: '氢能', related: true, city: null });
    expect(parseState('/explore', '?id=industry:新能源&depth=2')).toMatchObject({ id: 'industry:新能源', depth: 2 });
    expect(parseState('/', '')).toEqual({ view: 'overview', label: 'Industry' });
    expect(parseState('/overview', '?label=Enterprise')).toEqual({ view: 'overview', label: 'Enterprise' });
  });

  it('falls back to defaults on bad values', () => {
    expect(parseState('/', '?label=Task')).toEqual({ view: 'overview', label: 'Industry' });
    expect(parseState('/explore', '?depth=5&layout=grid')).toMatchObject({ depth: 1, layout: 'fcose' });
    expect(parseState('/reader', '?plan=p&start=-1&end=5')).toEqual({ view: 'reader', plan: 'p', start: null, end: null });
    expect(parseState('/reader', '?plan=p&start=9&end=5')).toEqual({ view: 'reader', plan: 'p', start: null, end: null });
    expect(parseState('/reader', '?plan=p&start=1e3&end=2000')).toMatchObject({ start: null, end: null });
    expect(parseState('/overlap', '?concept=%20%20')).toMatchObject({ concept: null });
    expect(parseState('/nowhere', '')).toEqual({ view: 'notFound', path: '/nowhere' });
  });

  it('compares states by address', () => {
    expect(sameState({ view: 'compare', a: '盐城市', b: '泰州市' }, parseHref('/compare?b=泰州市&a=盐城市'))).toBe(true);
    expect(sameState({ view: 'compare', a: '盐城市', b: '泰州市' }, { view: 'compare', a: '泰州市', b: '盐城市' })).toBe(false);
  });
});
