/**
 * Department names → one canonical body per city. 市工信局 in a 盐城 plan is 盐城市工业和信息化局; in
 * 市发展改革委、科技局、工业和信息化局 the 市 applies to every item; 各县（市、区）政府 is the city's
 * county governments; 泰州医药高新区管委会 is the zone's administrative committee.
 */
import type { CityContext, DepartmentHit, Lexicon } from '../../lexicon/index.ts';

export interface DepartmentIdentity {
  canonical: string;
  kind: string;
  level: 'national' | 'province' | 'city' | 'county' | 'zone';
  type: DepartmentHit['type'] | 'collective' | 'leading-group';
  city: string | null;
  province: string | null;
  collective: boolean;
}

const COUNTY_GOVERNMENTS = /^(?:各|有关)((?:县|市|区|镇|乡镇)(?:（[^）]*）)?(?:县|市|区)?(?:（[^）]*）)?)(?:人民)?政府$|^(?:各|有关)(县区|县市区|市区|县（市、区）|市（区）)$/;
const QUANTIFIED = /^(?:各|有关|四大|三大|五大|[一二三四五六七八九十\d]+[大个家])/;

function withCity(name: string, city: CityContext): string {
  if (name.startsWith(city.city)) return name;
  if (name.startsWith(city.short)) return city.city + name.slice(city.short.length);
  return city.city + (name.startsWith('市') ? name.slice(1) : name);
}

function expandAbbreviations(text: string, lexicon: Lexicon): string {
  let out = text;
  for (const { short, full } of lexicon.source.abbreviations) if (out.endsWith(short) && !out.endsWith(full)) out = out.slice(0, -short.length) + full;
  return out;
}

function cityBody(city: CityContext, canonical: string, kind: string, type: DepartmentIdentity['type'], collective: boolean, level: DepartmentIdentity['level'] = 'city'): DepartmentIdentity {
  return { canonical, kind, level, type, city: city.city, province: city.province, collective };
}

export function resolveDepartment(surface: string, context: 'attribution' | 'text' | 'table', city: CityContext, lexicon: Lexicon): DepartmentIdentity | null {
  const name = surface.trim();
  if (name.length < 2) return null;

  const counties = COUNTY_GOVERNMENTS.exec(name);
  if (counties) {
    const scope = (counties[1] ?? counties[2]) as string;
    return cityBody(city, `${city.city}各${scope}人民政府`, '县级人民政府', 'collective', true, 'county');
  }

  const committee = /^(.+?)(管委会|管理委员会)$/.exec(name);
  if (committee) {
    const base = committee[1] as string;
    const zone = lexicon.placesFor(city.city).get(base);
    const zoneName = zone?.type === 'zone' ? zone.name : withCity(expandAbbreviations(base, lexicon), city);
    return cityBody(city, `${zoneName}管理委员会`, '开发区管理委员会', 'government', false, 'zone');
  }

  const directory = lexicon.departmentsFor(city);
  const prefixed = directory.prefixed.matchesAt(name, 0).pop();
  if (prefixed) {
    const hit = prefixed.value;
    const residue = name.slice(prefixed.end);
    const canonical = residue.length === 0 ? hit.canonical : `${hit.canonical}（${residue}）`;
    return { canonical, kind: residue ? `${hit.kind}（${residue}）` : hit.kind, level: hit.level, type: hit.type, city: hit.city, province: hit.province, collective: false };
  }
  if (context !== 'text') {
    const bare = directory.bare.get(name);
    if (bare) return { canonical: bare.canonical, kind: bare.kind, level: bare.level, type: bare.type, city: bare.city, province: bare.province, collective: false };
  }

  const group = /领导小组(?:办公室|成员单位)?$/.test(name);
  if (group) {
    const canonical = name.startsWith('省') && city.province ? city.province + name.slice(1) : withCity(name, city);
    return cityBody(city, canonical, name.replace(/^(市|省)/, ''), name.endsWith('成员单位') ? 'collective' : 'leading-group', name.endsWith('成员单位'));
  }
  if (context === 'text') return null;

  // 江阴市人民政府 in a 无锡 plan: a county-level body named with its own place.
  const place = lexicon.placesFor(city.city).matchesAt(name, 0).pop();
  if (place && place.value.type === 'region' && place.term === place.value.name && name.length > place.end) {
    return cityBody(city, name, name.slice(place.end), name.endsWith('政府') ? 'government' : 'other', false, 'county');
  }

  // Any other body in a responsibility list, recognised by what its name ends with.
  const suffix = lexicon.source.departments.bodySuffixes.find((s) => name.endsWith(s.suffix) && name.length > s.suffix.length);
  const collective = QUANTIFIED.test(name);
  if (!suffix && !collective) return null;
  const type: DepartmentIdentity['type'] = collective ? 'collective' : (suffix?.type ?? 'other');
  return cityBody(city, withCity(name.replace(/^有关/, '各'), city), name.replace(/^(市|各|有关)/, ''), type, collective);
}
