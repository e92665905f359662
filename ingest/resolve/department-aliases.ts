/**
 * The names a body goes by, from its kind in lexicon/departments.json, written with the level a plan
 * puts before them: 盐城市工业和信息化局 is also 市工信局, 工信局, 市工业和信息化局 … So a search for
 * 工信局 finds every city's bureau, including the one whose plan only ever writes the full name.
 */
import { fillTemplate, type CityContext, type Lexicon } from '../../lexicon/index.ts';
import type { DepartmentIdentity } from './departments.ts';

const LEVEL_PREFIX: Record<string, string> = { city: '市', province: '省', national: '' };

export function departmentAliases(identity: DepartmentIdentity, lexicon: Lexicon): string[] {
  const kind = lexicon.source.departments.kinds.find((k) => k.kind === identity.kind && k.level === identity.level);
  if (!kind) return [];
  const context: CityContext = identity.city ? lexicon.cityContext(identity.city) : { city: '', short: '', province: identity.province, provinceShort: null, kind: null, prefecture: null };
  const prefix = LEVEL_PREFIX[kind.level] ?? '';
  const aliases = new Set<string>();
  for (const name of kind.names) {
    if (name.includes('{')) {
      aliases.add(fillTemplate(name, context));
      continue;
    }
    aliases.add(prefix + name);
    // The bare name where it says what the body is (工信局, 发改委), not where it needs its level (委, 政府).
    if (name.length >= 3) aliases.add(name);
  }
  aliases.delete(identity.canonical);
  return [...aliases];
}
