/**
 * Numeric targets stated in running text:
 *   到2027年，力争30条产业链销售收入达7500亿元          subject · metric · qualifier · value · unit · year
 *   每年新增省级以上研发机构40家以上                     annual (year null, unit 家/年)
 *   研发支出占地区生产总值比重达2.85%左右                metric 占…比重
 *   每年实施重大技术（装备）攻关项目10个以上 / 新增5家科技公共服务平台   object before or after the number
 *   新开工、新竣工…项目200个、120个                      parallel values
 * A year (到2028年) or 每年 holds until the next one in the sentence; in a goals section the last year
 * holds across paragraphs; otherwise the plan's last year is implied. Retrospective sections and past
 * statements (从…提高到…, 目前) are not targets.
 */
import type { Section, Sentence } from '../structure/schema.ts';
import { depthMap } from '../structure/brackets.ts';
import type { ExtractContext } from './context.ts';
import { findQuantities, quantityPattern, type Quantity } from './quantities.ts';
import type { TargetCandidate } from './schema.ts';

const TIME_YEAR = /(到|至|截至|力争到|力争在|于|在)?\s*(20\d\d)\s*年(?:底|末|前|内)?/g;
const ANNUAL = /(每年|年均|每年度|逐年)/;
const PAST = /(以来|目前|已经|已有|已建成|现有|是“十二五”末|较“十二五”末|与“十二五”末相比|从[^，。；]{0,24}提高到|累计兑现)/;
const LEADING_NOISE = /^(?:其中|同时|力争|确保|全力|积极|努力|全年|年内|每年|年均|累计|到\s*20\d\d\s*年(?:底|末)?|20\d\d\s*年|要|并|再|共|新增加)+/;
const SHARE = /^(.*?)(占.+?(?:比重|比例|份额)|占比)$/;
const COUNT_UNITS = new Set(['个', '家', '项', '件', '人', '名', '条', '场', '人次', '所', '款', '台', '台（套）', '套', '户', '家次', '座', '支', '批', '部', '篇']);
const TARGET_VERBS: string[] = [
  '新增', '新建', '新培育', '培育', '建成', '建设', '实施', '组织实施', '引进', '招引', '新招引', '打造', '争创', '创成', '举办', '部署', '开展',
  '认定', '获批', '创建', '落地', '新签约', '新开工', '新竣工', '新达产', '完成', '突破', '攻克', '集聚', '孵化', '集聚孵化', '布局', '培养', '支持',
  '推动', '遴选', '推广', '形成', '发展', '设立', '组建', '新组建', '招引建设', '申报', '争取', '推荐', '征集', '主导', '参与',
];
const sortedVerbs = [...TARGET_VERBS].sort((a, b) => b.length - a.length);

interface Clause {
  text: string;
  start: number;
}

/**
 * Clauses of a sentence: split at ，；： outside brackets, and at 、 right after a stated quantity
 * (规上企业达2200家、国家高新技术企业达1200家), but not inside a list of subjects or parallel values.
 */
function clausesOf(text: string, pattern: RegExp, vocabulary: ClauseScope['vocabulary']): Clause[] {
  const depth = depthMap(text);
  const clauses: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || (depth[i] === 0 && /[，；：。！？,;]/.test(text[i] as string))) {
      if (i > start) clauses.push(...splitAfterQuantities({ text: text.slice(start, i), start }, pattern, vocabulary));
      start = i + 1;
    }
  }
  return clauses;
}

function splitAfterQuantities(clause: Clause, pattern: RegExp, vocabulary: ClauseScope['vocabulary']): Clause[] {
  const cuts = findQuantities(clause.text, pattern, vocabulary)
    .filter((q) => q.unit !== '' && clause.text[q.end] === '、' && !/^\d/.test(clause.text.slice(q.end + 1)))
    .map((q) => q.end);
  if (cuts.length === 0) return [clause];
  const parts: Clause[] = [];
  let from = 0;
  for (const cut of [...cuts, clause.text.length]) {
    parts.push({ text: clause.text.slice(from, cut), start: clause.start + from });
    from = cut + 1;
  }
  return parts;
}

function formatUnit(unit: string, annual: boolean): string {
  return annual && unit && unit !== '%' ? `${unit}/年` : unit;
}

function qualifierOf(clause: string, quantity: Quantity): string {
  const aim = /力争|冲刺/.test(clause.slice(0, quantity.start)) && quantity.before !== '力争' ? '力争' : '';
  return aim + (quantity.after ?? quantity.before ?? '');
}

function splitSubjectMetric(pre: string, metricWords: string[], annual: boolean): { subject: string; metric: string; verb: boolean } {
  const text = pre.replace(LEADING_NOISE, '').replace(/[的地]$/, '').trim();
  const share = SHARE.exec(text);
  if (share) return { subject: (share[1] as string).trim(), metric: share[2] as string, verb: false };
  const metric = metricWords.find((word) => text.endsWith(word) && text.length > word.length);
  if (metric) return { subject: text.slice(0, text.length - metric.length), metric, verb: false };
  const verb = sortedVerbs.find((v) => text.startsWith(v));
  if (verb && text.length > verb.length) return { subject: text.slice(verb.length), metric: (annual ? '每年' : '') + verb, verb: true };
  return { subject: text, metric: '', verb: false };
}

/** Whether the quantity modifies the noun after it (33个特色优势产业, 5亿元以上项目) instead of ending the clause. */
function modifiesFollowingNoun(clause: string, quantity: Quantity): boolean {
  const next = clause.slice(quantity.end);
  return /^[\p{Script=Han}“A-Za-z]/u.test(next) && !/^(的目标|左右|以上)/.test(next);
}

export function extractTargets(context: ExtractContext): TargetCandidate[] {
  const { lexicon, document } = context;
  const terms = lexicon.source.terms;
  const vocabulary = { units: terms.units, before: terms.qualifiers.before, after: terms.qualifiers.after };
  const pattern = quantityPattern(vocabulary);
  const metricWords = [...terms.metricWords].sort((a, b) => b.length - a.length);
  const period = document.meta.period;
  const targets: TargetCandidate[] = [];
  let goalSection: number | null = null;
  let goalYear: number | null = null;

  for (const sentence of document.sentences) {
    if (sentence.kind !== 'text') continue;
    const section = sentence.section === null ? null : (document.sections[sentence.section] as Section);
    if (section?.role === 'retrospective') continue;
    const inGoals = section?.role === 'goal';
    if (!inGoals || goalSection !== section?.index) {
      goalSection = inGoals ? (section?.index ?? null) : null;
      goalYear = null;
    }
    if (PAST.test(sentence.text) && !/(到\s*20\d\d\s*年|力争|每年|新增)/.test(sentence.text)) continue;

    let year: number | null = inGoals ? goalYear : null;
    let annual = false;
    let verbMetric: string | null = null;
    for (const clause of clausesOf(sentence.text, pattern, vocabulary)) {
      for (const time of clause.text.matchAll(TIME_YEAR)) {
        const marked = time[1] !== undefined || (time.index as number) === 0;
        const previous = clause.text[(time.index as number) - 1];
        if (marked && previous !== '比' && previous !== '较' && previous !== '从') {
          year = Number(time[2]);
          annual = false;
          if (inGoals) goalYear = year;
        }
      }
      if (ANNUAL.test(clause.text)) annual = true;
      if (year !== null && period && year < period[0]) continue;
      const found = clauseTargets(clause, sentence, { year, annual, metricWords, pattern, vocabulary, planEnd: period?.[1] ?? null, verbMetric });
      // 新增A20家、B100个: B is counted by the same verb as A.
      verbMetric = found.find((t) => TARGET_VERBS.some((v) => t.metric.endsWith(v)))?.metric ?? (found.length > 0 ? null : verbMetric);
      targets.push(...found);
    }
  }
  return targets;
}

interface ClauseScope {
  year: number | null;
  annual: boolean;
  metricWords: string[];
  pattern: RegExp;
  vocabulary: { units: string[]; before: string[]; after: string[] };
  planEnd: number | null;
  /** The counting verb of the previous part of a 、-list, inherited by a part that has none. */
  verbMetric: string | null;
}

function clauseTargets(clause: Clause, sentence: Sentence, scope: ClauseScope): TargetCandidate[] {
  const depth = depthMap(clause.text);
  const quantities = findQuantities(clause.text, scope.pattern, scope.vocabulary).filter((q) => depth[q.numberStart] === 0);
  if (quantities.length === 0) return [];
  const results: TargetCandidate[] = [];
  const base = sentence.start + clause.start;
  const make = (subject: string, subjectStart: number, metric: string, quantity: Quantity, values?: { label: string; value: number }[]): TargetCandidate => ({
    subject: subject || metric,
    metric: metric || (COUNT_UNITS.has(quantity.unit) ? '数量' : '规模'),
    value: quantity.value,
    ...(values ? { values } : {}),
    unit: formatUnit(quantity.unit, scope.annual),
    year: scope.annual ? null : (scope.year ?? scope.planEnd),
    yearImplied: !scope.annual && scope.year === null,
    annual: scope.annual,
    qualifier: qualifierOf(clause.text, quantity) + (quantity.upper !== null ? `（${quantity.value}-${quantity.upper}）` : ''),
    origin: 'text',
    start: base,
    end: base + clause.text.length,
    sentence: sentence.index,
    subjectStart: base + subjectStart,
    subjectEnd: base + subjectStart + subject.length,
  });

  // Parallel values at the clause end: …分别不少于1000个、630个、390个、230个.
  const group = trailingGroup(clause.text, quantities);
  if (group.length > 1) {
    const pre = clause.text.slice(0, (group[0] as Quantity).start).replace(/分别$/, '');
    const pieces = pre.replace(LEADING_NOISE, '').split('、');
    const everyPieceHasVerb = pieces.every((piece) => sortedVerbs.some((verb) => piece.startsWith(verb)));
    // 新开工、新竣工5亿元以上项目200个、120个: one verb per value, the object after the last verb.
    if (pieces.length === group.length && everyPieceHasVerb) {
      const labels = pieces.map((piece) => sortedVerbs.find((v) => piece.startsWith(v)) as string);
      const object = (pieces[pieces.length - 1] as string).slice((labels[labels.length - 1] as string).length);
      const values = group.map((q, i) => ({ label: labels[i] as string, value: q.value }));
      results.push(make(object, clause.text.lastIndexOf(object), (scope.annual ? '每年' : '') + labels.join('/'), group[0] as Quantity, values));
    } else {
      const { subject, metric } = splitSubjectMetric(pre, scope.metricWords, scope.annual);
      const values = group.map((q, i) => ({ label: pieces.length === group.length ? (pieces[i] as string) : String(i + 1), value: q.value }));
      results.push(make(subject, Math.max(0, clause.text.indexOf(subject)), metric, group[0] as Quantity, values));
    }
    return results;
  }

  for (const quantity of quantities) {
    if (quantity.unit === '' && !quantity.before) continue;
    if (modifiesFollowingNoun(clause.text, quantity)) {
      // 新增5家科技公共服务平台: a verb, then the count, then what is counted.
      const pre = clause.text.slice(0, quantity.numberStart).replace(/^.*?(每年|年均)/, '');
      const verb = splitSubjectMetric(pre, scope.metricWords, scope.annual);
      const object = clause.text.slice(quantity.end).replace(/(以上|左右)$/, '');
      // Only counts are objects (新增5家平台); an amount before a noun is a threshold (5000吨标煤以上企业).
      const isObjectCount = COUNT_UNITS.has(quantity.unit) && TARGET_VERBS.some((v) => pre.trim().endsWith(v));
      if (!isObjectCount || quantity.unit === '' || quantities.some((q) => q.start > quantity.end && !modifiesFollowingNoun(clause.text, q))) continue;
      const objectStart = quantity.end;
      results.push(make(object, objectStart, verb.metric || (scope.annual ? '每年' : '') + pre.trim().slice(-2), quantity));
      continue;
    }
    const pre = clause.text.slice(0, quantity.start);
    const { subject, metric } = splitSubjectMetric(pre, scope.metricWords, scope.annual);
    if (subject.length === 0 && metric.length === 0) continue;
    results.push(make(subject, Math.max(0, pre.lastIndexOf(subject)), metric || scope.verbMetric || '', quantity));
  }
  return results;
}

/** Quantities at the end of a clause joined only by 、 (200个、120个). */
function trailingGroup(clause: string, quantities: Quantity[]): Quantity[] {
  const group: Quantity[] = [];
  for (let i = quantities.length - 1; i >= 0; i -= 1) {
    const quantity = quantities[i] as Quantity;
    const next = group[0];
    const gap = next ? clause.slice(quantity.end, next.start) : clause.slice(quantity.end);
    if (next ? gap !== '、' : gap.trim().length > 0) break;
    group.unshift(quantity);
  }
  return group;
}
