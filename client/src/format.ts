/** Chinese names and number formats. Pure: no DOM, so it is unit-tested in Node. */
import type { DepartmentDetail, Label, Overlap } from '../../server/contract.ts';

export type MatchKind = Overlap['cities'][number]['matches'][number]['match'];
export type Relation = NonNullable<Overlap['cities'][number]['matches'][number]['relation']>;
export type Role = DepartmentDetail['plans'][number]['tasks'][number]['role'];

export const LABELS: Label[] = ['City', 'Region', 'Plan', 'Section', 'Task', 'Department', 'Industry', 'Enterprise', 'Platform', 'Target', 'Instrument'];

export const LABEL_NAMES: Record<Label, string> = {
  City: '城市',
  Region: '区县',
  Plan: '规划文件',
  Section: '章节',
  Task: '任务',
  Department: '部门',
  Industry: '产业',
  Enterprise: '企业',
  Platform: '平台',
  Target: '目标',
  Instrument: '政策工具',
};

export const EDGE_TYPE_NAMES: Record<string, string> = {
  ISSUED_BY: '发布城市',
  HAS_SECTION: '包含章节',
  HAS_TASK: '包含任务',
  LED_BY: '牵头部门',
  ASSIGNED_TO: '责任分工',
  MENTIONS: '提及',
  CONCERNS: '涉及产业',
  INVOLVES: '涉及主体',
  HAS_TARGET: '设定目标',
  SET_IN: '出自文件',
  MEASURES: '衡量对象',
  OVERSEES: '挂钩联系',
  HOSTS: '承载产业',
  PART_OF: '隶属',
  LOCATED_IN: '位于',
  BROADER: '上位概念',
  USES: '运用工具',
  SUCCEEDS: '接续',
  // The overlap graph's own link from a related concept to the concept asked for.
  RELATED: '相关概念',
};

export const ROLE_NAMES: Record<Role, string> = { lead: '牵头', responsible: '负责', cooperating: '配合', joint: '共同', implicit: '承接' };
export const ROLE_ORDER: Role[] = ['lead', 'responsible', 'cooperating', 'joint', 'implicit'];
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  lead: '牵头单位',
  responsible: '责任单位',
  cooperating: '配合单位',
  joint: '共同责任单位',
  implicit: '承接（“以下…均需落实”）',
};

export const MATCH_NAMES: Record<MatchKind, string> = { exact: '精确', synonym: '同义词', narrower: '下位产业', related: '相关产业' };
export const MATCH_ORDER: MatchKind[] = ['exact', 'synonym', 'narrower', 'related'];
/** What each kind of match means, for the reader of an overlap. */
export const MATCH_DESCRIPTIONS: Record<MatchKind, string> = {
  exact: '用语就是该概念的名称',
  synonym: '词表中该概念的同义说法',
  narrower: '更细分的产业，或含该概念的本地产业名（属于该概念）',
  related: '相近但不属于该概念：只涵盖少数概念的上位概念、同一上位下的同级概念，或词表列明的关联；单独标出，不算作该概念本身',
};
/** How a related concept relates to the one asked for. */
export const RELATION_NAMES: Record<Relation, string> = { broader: '上位概念', sibling: '同级概念', listed: '词表关联' };

/** A match in words: 同义词, or 相关产业（上位概念） for a related one. */
export function matchName(match: MatchKind, relation?: Relation | null): string {
  return match === 'related' && relation ? `${MATCH_NAMES.related}（${RELATION_NAMES[relation]}）` : MATCH_NAMES[match];
}

const PLATFORM_TYPES: Record<string, string> = {
  lab: '实验室',
  institute: '研究院所',
  'innovation-centre': '创新中心',
  zone: '园区/开发区',
  park: '产业园',
  incubator: '孵化器',
  'service-platform': '服务平台',
  base: '基地',
  other: '其他平台',
};
const REGION_KINDS: Record<string, string> = { county: '县', 'county-city': '县级市', district: '区', zone: '功能区', area: '片区' };
const TASK_KINDS: Record<string, string> = { task: '任务', safeguard: '保障措施' };
const INDUSTRY_SOURCES: Record<string, string> = { lexicon: '共享概念', document: '文件原词' };

export const DEPARTMENT_LEVEL_NAMES: Record<string, string> = { national: '国家级', province: '省级', city: '市级', county: '县级', zone: '园区级' };
export const DEPARTMENT_TYPE_NAMES: Record<string, string> = {
  government: '政府部门',
  party: '党委部门',
  court: '法院',
  procuratorate: '检察院',
  'central-branch': '垂直管理机构',
  'leading-group': '领导小组',
  collective: '集体',
  'state-owned-enterprise': '国有企业',
  leadership: '领导',
  other: '其他',
};

/** A node's `kind` in words (platform type, region kind …); department kinds are already Chinese. */
export function kindName(label: Label, kind: string | null | undefined): string {
  if (!kind) return '';
  if (label === 'Platform') return PLATFORM_TYPES[kind] ?? kind;
  if (label === 'Region') return REGION_KINDS[kind] ?? kind;
  if (label === 'Task') return TASK_KINDS[kind] ?? kind;
  if (label === 'Industry') return INDUSTRY_SOURCES[kind] ?? kind;
  return kind;
}

export function edgeTypeName(type: string): string {
  return EDGE_TYPE_NAMES[type] ?? type;
}

export function roleName(role: string | null | undefined): string {
  return role && role in ROLE_NAMES ? ROLE_NAMES[role as Role] : '';
}

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 2600 → "2,600"; null → "—". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat.format(value);
}

/** A value with its unit: 2600 亿元 → "2,600亿元"; 15000 亿元 → "1.5万亿元"; 15 % → "15%". */
export function formatAmount(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return unit ? `—（${unit}）` : '—';
  if (unit === '亿元' && Math.abs(value) >= 10000) return `${numberFormat.format(value / 10000)}万亿元`;
  if (unit === '万元' && Math.abs(value) >= 10000) return `${numberFormat.format(value / 10000)}亿元`;
  return `${numberFormat.format(value)}${unit}`;
}

/** 0.324 → "32.4%". */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  const percent = ratio * 100;
  return `${Number(percent.toFixed(digits)).toString()}%`;
}

/** [2024, 2030] → "2024—2030年"; [2026, 2026] → "2026年". */
export function formatPeriod(period: readonly [number, number] | null | undefined): string {
  if (!period) return '—';
  const [from, to] = period;
  return from === to ? `${from}年` : `${from}—${to}年`;
}

/** "12 项" style counts. */
export function formatCount(count: number, unit = '项'): string {
  return `${formatNumber(count)} ${unit}`;
}

/** Cuts long names for graph captions: keeps `max` characters and adds "…". */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Splits `text` around each occurrence of `term` so the matches can be wrapped in <mark>. */
export function splitByTerm(text: string, term: string | null | undefined): { text: string; match: boolean }[] {
  if (!term) return text ? [{ text, match: false }] : [];
  const parts: { text: string; match: boolean }[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0) break;
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: term, match: true });
    from = at + term.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}

/** The readable sentence of an evidence: its normalised quote, else the original slice, with tabs/newlines tidied. */
export function evidenceSentence(evidence: { text: string; quote?: string | undefined }): string {
  return (evidence.quote ?? evidence.text).replace(/\s*\n\s*/g, ' ').replace(/\t+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Short city name: 盐城市 → 盐城 (for tight columns). */
export function shortCity(city: string): string {
  return city.length > 2 && city.endsWith('市') ? city.slice(0, -1) : city;
}
