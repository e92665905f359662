import { describe, expect, it } from 'vitest';
import { busiestDepartments, citiesByPlans, comparedIndicators, richestConcepts } from '../../../client/src/app/starting-points.ts';

const row = (name: string, cities: number, total: number) => ({ entity: { id: `industry:${name}`, label: 'Industry' as const, name, city: null }, counts: {}, cities, total });
const department = (name: string, led: number, responsible: number, implicit: number) => ({
  department: { id: `department:${name}`, label: 'Department' as const, name, city: '甲市', kind: 'k', level: 'city', type: 'government', collective: false },
  tasks: { led, responsible, cooperating: 0, joint: 0, implicit },
  plans: 1,
});

describe('starting points from the data', () => {
  it('takes the concepts most cities name, then the most mentioned', () => {
    expect(richestConcepts({ rows: [row('甲', 2, 50), row('乙', 3, 1), row('丙', 3, 9)] }, 2).map((c) => c.name)).toEqual(['丙', '乙']);
  });

  it('orders cities by their plans', () => {
    const city = (name: string, plans: number) => ({ city: name, plans: Array.from({ length: plans }, (_, i) => ({ id: `${name}${i}`, title: '', city: name, file: '' })), counts: { tasks: 0, departments: 0, industries: 0, enterprises: 0, platforms: 0, targets: 0 } });
    expect(citiesByPlans({ cities: [city('乙市', 1), city('甲市', 3)] })).toEqual(['甲市', '乙市']);
  });

  it('takes the indicators two cities or more set, most cities first', () => {
    const indicator = (id: string, cities: string[], targets: number) => ({ id, name: id, definition: '', kind: 'count' as const, scope: '全市', perIndustry: false, unit: '家', wordings: [id], notWordings: [], differsFrom: [], targets, cities });
    const all = [indicator('a', ['甲市'], 80), indicator('b', ['甲市', '乙市'], 2), indicator('c', ['甲市', '乙市', '丙市'], 3), indicator('d', ['甲市', '乙市'], 9)];
    expect(comparedIndicators(all, 2).map((i) => i.id)).toEqual(['c', 'd']);
    expect(comparedIndicators(all, 9).map((i) => i.id)).toEqual(['c', 'd', 'b']);
  });

  it('takes the departments owning most tasks, inherited ones not counted', () => {
    expect(busiestDepartments([department('甲', 0, 2, 40), department('乙', 1, 3, 0), department('丙', 5, 0, 0)], 2).map((d) => d.department.name)).toEqual(['丙', '乙']);
  });
});
