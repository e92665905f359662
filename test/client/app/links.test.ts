import { describe, expect, it } from 'vitest';
import { defaultState, hrefTo, parsePlace, placeHref, readerHref, type Place } from '../../../client/src/app/links.ts';
import type { ExploreState } from '../../../client/src/views/explore/route.ts';
import type { IndicatorsState } from '../../../client/src/views/indicators/route.ts';

function parseHref(href: string): Place {
  const url = new URL(href, 'http://localhost');
  return parsePlace(url.pathname, url.search);
}

const explore = (patch: Partial<ExploreState>): Place => ({ view: 'explore', state: { ...defaultState('explore'), ...patch } });
const indicators = (patch: Partial<IndicatorsState>): Place => ({ view: 'indicators', state: { ...defaultState('indicators'), ...patch } });

describe('URL ↔ view state', () => {
  const places: Place[] = [
    { view: 'overview', state: { label: 'Industry', asOf: null } },
    { view: 'overview', state: { label: 'Platform', asOf: '2024-06-30' } },
    { view: 'overlap', state: { concept: '氢能', related: true, city: '盐城市', asOf: '2022-06-30' } },
    { view: 'overlap', state: { concept: null, related: false, city: null, asOf: null } },
    explore({ root: 'department:盐城市工业和信息化局', depth: 2, layout: 'concentric' }),
    explore({ root: 'task:yancheng-new-industrialization-work-points-2026:二、/（一）/1' }),
    explore({
      root: 'industry:氢能',
      limit: 400,
      ops: [
        { kind: 'expand', id: 'plan:a' },
        { kind: 'add', id: 'enterprise:某公司,有逗号' },
        { kind: 'remove', ids: ['task:x', 'task:y'] },
        { kind: 'expand', id: 'city:泰州市' },
        { kind: 'keep', ids: ['industry:氢能', 'city:泰州市'] },
      ],
      pinned: ['industry:氢能'],
      path: { from: 'industry:氢能', to: 'city:泰州市', k: 3, avoidHubs: true },
      hiddenLabels: ['Task', 'Target'],
      city: '泰州市',
      aggregate: 'city',
      labels: 'all',
    }),
    { view: 'compare', state: { a: '盐城市', b: '泰州市' } },
    indicators({ indicator: 'rd-intensity' }),
    indicators({ tab: 'ledger', city: '盐城市', filter: 'none', year: 2025, plan: 'plan:x', offset: 50 }),
    indicators({ tab: 'ledger', city: '泰州市', filter: 'rd-intensity' }),
    indicators({ tab: 'timeline', indicator: 'rd-intensity' }),
    { view: 'instruments', state: { by: 'city', instrument: null, side: null, column: null, offset: 0 } },
    { view: 'instruments', state: { by: 'plan', instrument: 'talent', side: null, column: 'plan:taizhou-key-industry-chains-action-plan', offset: 30 } },
    { view: 'instruments', state: { by: 'city', instrument: null, side: 'environment', column: '泰州市', offset: 0 } },
    { view: 'departments', state: { id: null, kind: '工业和信息化', city: '连云港市' } },
    { view: 'departments', state: { id: 'department:泰州市工业和信息化局', kind: null, city: null } },
    { view: 'reader', state: { plan: 'plan:yancheng-14th-five-year-sci-tech-innovation-plan', focus: { start: 8297, end: 8352 } } },
    { view: 'reader', state: { plan: 'plan:taizhou-key-industry-chains-action-plan', focus: null } },
  ];

  it.each(places.map((p) => [placeHref(p), p] as const))('round-trips %s', (href, place) => {
    expect(parseHref(href)).toEqual(place);
    expect(placeHref(parseHref(href))).toBe(href);
  });

  it.each([
    ['/', 'overview'],
    ['/overview', 'overview'],
    ['/index.html', 'overview'],
    ['/overlap/', 'overlap'],
    ['/%E4%B8%8D%E5%AD%98%E5%9C%A8', 'notFound'],
    ['/admin', 'notFound'],
  ])('%s is %s', (path, view) => {
    expect(parsePlace(path, '').view).toBe(view);
  });

  it.each([
    ['/?label=Nope', { label: 'Industry', asOf: null }],
    ['/?asOf=2023-02-30', { label: 'Industry', asOf: null }],
    ['/?asOf=2024', { label: 'Industry', asOf: null }],
    ['/explore?depth=3&layout=spiral&agg=x&labels=x&limit=5&k=99&from=a', defaultState('explore')],
    ['/reader?plan=p&start=10&end=5', { plan: 'p', focus: null }],
    ['/reader?plan=p&start=-1&end=5', { plan: 'p', focus: null }],
    ['/indicators?tab=chart&year=25&from=-5', defaultState('indicators')],
    ['/instruments?by=year&side=market&from=x', defaultState('instruments')],
    ['/instruments?i=talent&side=supply', { ...defaultState('instruments'), instrument: 'talent' }],
  ])('falls back to defaults for bad values: %s', (href, state) => {
    expect((parseHref(href) as { state: unknown }).state).toEqual(state);
  });

  it('reads consecutive removals as one step, and a path only with both ends', () => {
    const place = parseHref('/explore?id=a&rm=b&rm=c&x=d&rm=e&from=a') as Extract<Place, { view: 'explore' }>;
    expect(place.state.ops).toEqual([{ kind: 'remove', ids: ['b', 'c'] }, { kind: 'expand', id: 'd' }, { kind: 'remove', ids: ['e'] }]);
    expect(place.state.path).toBeNull();
  });

  it('builds links from partial states, leaving defaults out', () => {
    expect(hrefTo('overlap', { concept: '海工装备' })).toBe('/overlap?concept=%E6%B5%B7%E5%B7%A5%E8%A3%85%E5%A4%87');
    expect(hrefTo('explore', { root: 'city:泰州市' })).toBe('/explore?id=city%3A%E6%B3%B0%E5%B7%9E%E5%B8%82');
    expect(hrefTo('overview')).toBe('/');
    expect(hrefTo('indicators', { tab: 'ledger', filter: 'none' })).toBe('/indicators?tab=ledger&ind=none');
    expect(readerHref({ plan: 'plan:x', start: 1, end: 9 })).toBe('/reader?plan=plan%3Ax&start=1&end=9');
  });
});
