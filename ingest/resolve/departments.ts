/**
 * Department names → one canonical body per city. 市工信局 in a 盐城 plan is 盐城市工业和信息化局; in
 * 市发展改革委、科技局、工业和信息化局 the 市 applies to every item; 各县（市、区）政府 is the city's
 * county governments; 泰州医药高新区管委会 is the zone's administrative committee; 市经贸委 is the
 * body of that name, of the kind 工业和信息化, succeeded by today's 工业和信息化局. Without a city
 * (the plan's city unknown) a body keeps its printed name, unqualified.
 */
import { localUnit, type CityContext, type DepartmentHit, type Lexicon } from '../../lexicon/index.ts';
import type { NodeOfLabel } from '../../graph/schema.ts';
import { LOCAL_GOVERNMENT, LOCAL_PLACES, LOCAL_ZONES } from '../text/local-bodies.ts';

type DepartmentNode = NodeOfLabel<'Department'>;

export interface DepartmentIdentity {
  canonical: string;
  kind: string;
  level: DepartmentNode['level'];
  type: DepartmentNode['type'];
  city: string | null;
  province: string | null;
  collective: boolean;
  until: number | null;
  successor: string | null;
  /** No city (or for a provincial body no province) qualifies it: the plan's city is unknown. */
  unqualified: boolean;
}

type MentionContext = 'attribution' | 'text' | 'table';

// 各县（市、区）人民政府, 各区、县级市人民政府, 各县（市）、区人民政府, 各旗区人民政府, 各城区人民政府, 各县（市、区）党委和人民政府, 各县区.
const LOCAL_GOVERNMENTS = new RegExp(`^(?:各|有关)(${LOCAL_PLACES})${LOCAL_GOVERNMENT}$|^(?:各|有关)(县区|县市区|市区|旗县区|旗区|县（市、区）|市（区）|县（市）区)$`);
// 各功能区管委会, 各园区管委会, 各开发区管理委员会 (ingest/text/local-bodies.ts).
const ZONE_COMMITTEES = new RegExp(`^(?:各|有关)(${LOCAL_ZONES})(?:管委会|管理委员会)$`);
const SUBDISTRICTS = /^各(街道|街道办事处)$/;
const QUANTIFIED = /^(?:各|有关|四大|三大|五大|[一二三四五六七八九十\d]+[大个家])/;
const REGION_GOVERNMENT = /^(?!各|有关)(\p{Script=Han}{1,8}?[区县市旗])(?:党委[、和])?(?:人民)?政府$/u;
const OWN_PREFIX = /^(?:中共|共青团|团)?(?:市|省|县|区|各|有关)/;

function withCity(name: string, city: CityContext | null): string {
  if (!city || name.startsWith(city.city)) return name;
  if (name.startsWith(city.short)) return city.city + name.slice(city.short.length);
  return city.city + (name.startsWith(localUnit(city)) ? name.slice(1) : name);
}

function expandAbbreviations(text: string, lexicon: Lexicon): string {
  let out = text;
  for (const { short, full } of lexicon.source.abbreviations) if (out.endsWith(short) && !out.endsWith(full)) out = out.slice(0, -short.length) + full;
  return out;
}

function body(city: CityContext | null, canonical: string, kind: string, type: DepartmentIdentity['type'], collective: boolean, level: DepartmentIdentity['level'] = 'city'): DepartmentIdentity {
  return { canonical, kind, level, type, city: city?.city ?? null, province: city?.province ?? null, collective, until: null, successor: null, unqualified: false };
}

function fromHit(hit: DepartmentHit, residue = ''): DepartmentIdentity {
  const canonical = residue.length === 0 ? hit.canonical : `${hit.canonical}（${residue}）`;
  const kind = residue ? `${hit.kind}（${residue}）` : hit.kind;
  return { canonical, kind, level: hit.level, type: hit.type, city: hit.city, province: hit.province, collective: false, until: hit.until, successor: hit.successor, unqualified: false };
}

function cityPrefix(city: CityContext | null): string {
  return city?.city ?? '';
}

/** Collectives: the city's county governments, zone committees, subdistricts, a group's member units. */
function collective(name: string, city: CityContext | null): DepartmentIdentity | null {
  const local = LOCAL_GOVERNMENTS.exec(name);
  if (local) {
    // 各县（市）、区 and 各县（市）区 are one collective.
    const scope = ((local[1] ?? local[2]) as string).replace(/([）)])、/, '$1');
    const kind = /^[镇乡]/.test(scope) ? '乡镇人民政府' : '县级人民政府';
    return body(city, `${cityPrefix(city)}各${scope}人民政府`, kind, 'collective', true, 'county');
  }
  const zones = ZONE_COMMITTEES.exec(name);
  if (zones) return body(city, `${cityPrefix(city)}各${(zones[1] as string).replace(/^市/, '')}管理委员会`, '开发区管理委员会', 'collective', true, 'zone');
  if (SUBDISTRICTS.test(name)) return body(city, `${cityPrefix(city)}各街道办事处`, '街道办事处', 'collective', true, 'county');
  const members = /^(.+?领导小组)(?:各)?成员单位$/.exec(name);
  if (members) return body(city, `${withCity(members[1] as string, city)}成员单位`, '领导小组成员单位', 'collective', true);
  return null;
}

/** 泰州医药高新区管委会 → 泰州医药高新技术产业开发区管理委员会; 市开发区管委会 → the zone the city file names. */
function zoneCommittee(name: string, city: CityContext | null, lexicon: Lexicon): DepartmentIdentity | null {
  const committee = /^(.+?)(管委会|管理委员会)$/.exec(name);
  if (!committee) return null;
  const base = committee[1] as string;
  const zone = city ? lexicon.placesFor(city.city).get(base) : undefined;
  const expanded = expandAbbreviations(base, lexicon);
  // A zone named after its city keeps its own name (佛山高新区); any other takes the city (市开发区).
  const ownName = city !== null && expanded.startsWith(city.short) && !expanded.startsWith(city.city);
  const zoneName = zone?.type === 'zone' ? zone.name : ownName ? expanded : withCity(expanded, city);
  return body(city, `${zoneName}管理委员会`, '开发区管理委员会', 'government', false, 'zone');
}

/** A name that resolves whole: a lexicon body, a collective, a zone committee, a leading group. */
function named(name: string, context: MentionContext, city: CityContext | null, lexicon: Lexicon): DepartmentIdentity | null {
  const group = collective(name, city) ?? zoneCommittee(name, city, lexicon);
  if (group) return group;
  const directory = lexicon.departmentsFor(city);
  const prefixed = directory.prefixed.matchesAt(name, 0).pop();
  if (prefixed) return fromHit(prefixed.value, name.slice(prefixed.end));
  if (context !== 'text') {
    const bare = directory.bare.get(name);
    if (bare) return fromHit(bare);
  }
  if (/领导小组(?:办公室)?$/.test(name)) {
    const canonical = name.startsWith('省') && city?.province ? city.province + name.slice(1) : withCity(name, city);
    return body(city, canonical, name.replace(/^(市|省)/, ''), 'leading-group', false);
  }
  return null;
}

/**
 * 科技局 after 市发展改革委 is 市科技局, 宣传部 after 市委组织部 中共…市委宣传部, 街道办事处 after 各镇人民政府
 * 各街道办事处 — but only when the prefixed name is a body the lexicon knows whole, or a collective.
 */
function sharedPrefixBody(name: string, city: CityContext | null, lexicon: Lexicon): DepartmentIdentity | null {
  const known = lexicon.departmentsFor(city).prefixed.matchesAt(name, 0).pop();
  if (known && known.end === name.length) return fromHit(known.value);
  return collective(name, city);
}

/** Any other body of a responsibility list: a county-level government, or a name with a body's suffix. */
function byShape(name: string, city: CityContext | null, lexicon: Lexicon): DepartmentIdentity | null {
  // 江阴市人民政府 in a 无锡 plan: a county-level body named with its own place.
  const place = city ? lexicon.placesFor(city.city).matchesAt(name, 0).pop() : undefined;
  // (A government, 路北区政府 or 路南区党委、政府, is named in full below.)
  if (city && place && place.value.type === 'region' && place.term === place.value.name && name.length > place.end && !REGION_GOVERNMENT.test(name)) {
    return body(city, name, name.slice(place.end), 'other', false, 'county');
  }
  // 石峰区人民政府, 路南区党委、政府: a district is named with its city; a county or county-level city stands alone.
  const region = REGION_GOVERNMENT.exec(name);
  if (region && !name.startsWith('市')) {
    const government = `${region[1]}人民政府`;
    return body(city, /区$/.test(region[1] as string) ? withCity(government, city) : government, '县级人民政府', 'government', false, 'county');
  }
  // 四大创新合作中心 is a collective body; 各通信运营企业 names firms, not a body.
  const suffix = lexicon.source.departments.bodySuffixes.find((s) => name.endsWith(s.suffix) && name.length > s.suffix.length);
  if (!suffix) return null;
  const quantified = QUANTIFIED.test(name);
  const type: DepartmentIdentity['type'] = quantified ? 'collective' : suffix.type;
  return body(city, withCity(name.replace(/^有关/, '各'), city), name.replace(/^(市|各|有关)/, ''), type, quantified);
}

/**
 * The body `surface` names, or null when it names none (a generic phrase, or in running text a name
 * the lexicon does not know). `sharedPrefix` is the level prefix an earlier item of the same list
 * carries (科技局 after 市发展改革委 is 市科技局).
 */
export function resolveDepartment(surface: string, context: MentionContext, city: CityContext | null, lexicon: Lexicon, sharedPrefix: string | null = null): DepartmentIdentity | null {
  const identity = identify(surface, context, city, lexicon, sharedPrefix);
  if (!identity) return null;
  const unqualified = identity.level === 'province' ? identity.province === null : identity.level !== 'national' && identity.city === null;
  return { ...identity, unqualified };
}

function identify(surface: string, context: MentionContext, city: CityContext | null, lexicon: Lexicon, sharedPrefix: string | null): DepartmentIdentity | null {
  const name = surface.trim();
  if (name.length < 2 || lexicon.isGenericBody(name)) return null;
  if (sharedPrefix && !OWN_PREFIX.test(name)) {
    const withPrefix = sharedPrefixBody(sharedPrefix + name, city, lexicon);
    if (withPrefix) return withPrefix;
  }
  const identity = named(name, context, city, lexicon);
  if (identity || context === 'text') return identity;
  return byShape(name, city, lexicon);
}
