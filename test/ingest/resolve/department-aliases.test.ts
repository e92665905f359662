import { describe, expect, it } from 'vitest';
import { departmentAliases } from '../../../ingest/resolve/department-aliases.ts';
import { resolveDepartment } from '../../../ingest/resolve/departments.ts';
import { lexicon } from '../../helpers/seeds.ts';

const aliasesOf = (surface: string, city = '泰州市') => {
  const identity = resolveDepartment(surface, 'attribution', lexicon().cityContext(city), lexicon());
  if (!identity) throw new Error(`${surface} is not a body`);
  return { canonical: identity.canonical, aliases: departmentAliases(identity, lexicon()) };
};

describe('the names a body goes by', () => {
  it.each([
    ['市工业和信息化局', '泰州市工业和信息化局', ['工信局', '市工信局', '工业和信息化局']],
    ['市发展改革委', '泰州市发展和改革委员会', ['发改委', '市发改委', '发展改革委']],
    ['省工信厅', '江苏省工业和信息化厅', ['工信厅', '省工信厅']],
    ['工信部', '中华人民共和国工业和信息化部', ['工信部', '工业和信息化部']],
  ])('%s → %s, also %j', (surface, canonical, aliases) => {
    const found = aliasesOf(surface);
    expect(found.canonical).toBe(canonical);
    expect(found.aliases).toEqual(expect.arrayContaining(aliases));
    expect(found.aliases).not.toContain(canonical);
  });

  it('keeps a name that needs its level (委, 政府) only with the level', () => {
    const { aliases } = aliasesOf('省委');
    expect(aliases).toContain('省委');
    expect(aliases).not.toContain('委');
  });

  it('writes the city into templated names', () => {
    expect(aliasesOf('市税务局', '盐城市').aliases).toEqual(expect.arrayContaining(['市税务局', '税务局']));
  });
});
