/** The departments file: its cross-entry rules, and what its data lets every city's plans name. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { loadLexiconSource } from '../../lexicon/load.ts';
import { lexicon } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const LEXICON = path.join(PROJECT_ROOT, 'lexicon');

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A copy of the lexicon whose departments.json is `edit` of the real one. */
function lexiconWith(edit: (departments: { kinds: Record<string, unknown>[] }) => void): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  fs.cpSync(LEXICON, dir, { recursive: true });
  const file = path.join(dir, 'departments.json');
  const departments = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(departments);
  fs.writeFileSync(file, JSON.stringify(departments));
  return dir;
}

describe('the departments file', () => {
  it('loads', () => {
    expect(() => loadLexiconSource(LEXICON)).not.toThrow();
  });

  it('refuses a retired name with no current body of its kind to succeed it', () => {
    const dir = lexiconWith((d) => d.kinds.push({ kind: '无此类', level: 'city', type: 'government', canonical: '{city}无此局', names: ['无此局'], until: 2018 }));
    expect(() => loadLexiconSource(dir)).toThrow(/no current body of kind "无此类" succeeds it/);
  });

  it('refuses one printed name for two bodies of the same level', () => {
    const dir = lexiconWith((d) => d.kinds.push({ kind: '工业和信息化', level: 'city', type: 'government', canonical: '{city}另一个局', names: ['工信局'] }));
    expect(() => loadLexiconSource(dir)).toThrow(/"工信局" names both/);
  });

  it.each([['各有关单位'], ['市各有关部门'], ['相关部门'], ['各项目牵头单位'], ['有关单位'], ['各项目'], ['市政府各部门'], ['市级各部门'], ['各地各部门'], ['市委各部委']])(
    'knows %s names no body',
    (phrase) => {
      expect(lexicon().isGenericBody(phrase)).toBe(true);
    },
  );

  it.each([['各县（市、区）人民政府'], ['市发改委'], ['四大创新合作中心'], ['市外贸工作领导小组']])('knows %s is not a generic phrase', (name) => {
    expect(lexicon().isGenericBody(name)).toBe(false);
  });

  it('matches every name of every body, in a plan of any city', () => {
    const directory = lexicon().departmentsFor(lexicon().cityContext('南宁市'));
    for (const kind of lexicon().source.departments.kinds) {
      if (kind.level !== 'city' || kind.names.some((n) => n.includes('{'))) continue;
      for (const name of kind.names) expect(directory.prefixed.get(`市${name}`)?.kind, `市${name}`).toBe(kind.kind);
    }
  });

  it('matches names that carry their level inside (团市委) and names without a city when the city is unknown', () => {
    expect(lexicon().departmentsFor(lexicon().cityContext('南宁市')).prefixed.get('团南宁市委')?.canonical).toBe('共青团南宁市委员会');
    const unknown = lexicon().departmentsFor(null);
    expect(unknown.prefixed.get('市工信局')?.canonical).toBe('市工业和信息化局');
    expect(unknown.prefixed.get('海关')).toBeUndefined();
  });
});
