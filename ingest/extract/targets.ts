/**
 * Numeric targets stated in running text, each with its time and its indicator:
 *   到2027年，力争30条产业链销售收入达7500亿元          year 2027
 *   每年新增省级以上研发机构40家以上                     annual (year null, unit 家/年)
 *   地区生产总值年均增长7%左右                           annual average: the plan's last year, implied
 *   规上工业单位增加值能耗比2024年下降10%                base year 2024
 *   “十四五”期间，新建新型研发机构15-20家               cumulative from 2021
 * A year (到2028年), 每年 or 年均 holds until the next one in the sentence; in a goals section the last
 * year holds across paragraphs; otherwise the plan's last year is implied. Retrospective sections and
 * past statements (从…提高到…, 目前) are not targets. In a 、-list whose first part names a segment
 * (全市特色优势产业规上企业达2200家、国家高新技术企业达1200家) the later parts count within it too.
 */
import type { TargetScope } from '../../graph/schema.ts';
import type { Section } from '../structure/schema.ts';
import { depthMap } from '../structure/brackets.ts';
import type { ExtractContext } from './context.ts';
import { findQuantities, quantityPattern } from './quantities.ts';
import type { TargetCandidate } from './schema.ts';
import { clauseTargets, type Clause, type ClauseReader, type ClauseTime } from './target-clauses.ts';
import { completeTarget, type TimeFrame } from './target-facts.ts';

const TIME_YEAR = /(到|至|截至|力争到|力争在|于|在)?\s*(20\d\d)\s*年(?:底|末|前|内)?/g;
const EVERY_YEAR = /每年|每年度|逐年/;
const BASE_YEAR = /(?:比|较)\s*(20\d\d)\s*年/;
const NAMED_PERIOD = /“?(十[一二三四五六七八九]五)”?(?:期间|时期)/;
const PAST = /(以来|目前|已经|已有|已建成|现有|是“十二五”末|较“十二五”末|与“十二五”末相比|从[^，。；]{0,24}提高到|累计兑现)/;
const TARGET_VERBS: string[] = [
  '新增', '新建', '新培育', '培育', '建成', '建设', '实施', '组织实施', '引进', '招引', '新招引', '打造', '争创', '创成', '举办', '部署', '开展',
  '认定', '获批', '创建', '落地', '新签约', '新开工', '新竣工', '新达产', '完成', '突破', '攻克', '集聚', '孵化', '集聚孵化', '布局', '培养', '支持',
  '推动', '遴选', '推广', '形成', '发展', '设立', '组建', '新组建', '招引建设', '申报', '争取', '推荐', '征集', '主导', '参与',
];
/** Qualifiers that are a change, not a bound: kept in the wording (增长6.5%). */
const CHANGE_WORDS = new Set(['增长', '下降']);

/**
 * Clauses of a sentence: split at ，；： outside brackets, and at 、 right after a stated quantity
 * (规上企业达2200家、国家高新技术企业达1200家), but not inside a list of subjects or parallel values.
 */
function clausesOf(text: string, reader: ClauseReader): Clause[] {
  const depth = depthMap(text);
  const clauses: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || (depth[i] === 0 && /[，；：。！？,;]/.test(text[i] as string))) {
      if (i > start) clauses.push(...splitAfterQuantities({ text: text.slice(start, i), start, continued: false }, reader));
      start = i + 1;
    }
  }
  return clauses;
}

function splitAfterQuantities(clause: Clause, reader: ClauseReader): Clause[] {
  const cuts = findQuantities(clause.text, reader.pattern, reader.vocabulary)
    .filter((q) => q.unit !== '' && clause.text[q.end] === '、' && !/^\d/.test(clause.text.slice(q.end + 1)))
    .map((q) => q.end);
  if (cuts.length === 0) return [clause];
  const parts: Clause[] = [];
  let from = 0;
  for (const cut of [...cuts, clause.text.length]) {
    parts.push({ text: clause.text.slice(from, cut), start: clause.start + from, continued: from > 0 });
    from = cut + 1;
  }
  return parts;
}

function readerOf(context: ExtractContext): ClauseReader {
  const terms = context.lexicon.source.terms;
  const vocabulary = { units: terms.units, before: terms.qualifiers.before, after: terms.qualifiers.after };
  return {
    pattern: quantityPattern(vocabulary),
    vocabulary,
    metricWords: [...terms.metricWords].sort((a, b) => b.length - a.length),
    verbs: [...TARGET_VERBS].sort((a, b) => b.length - a.length),
    boundWords: vocabulary.before.filter((w) => !CHANGE_WORDS.has(w)).sort((a, b) => b.length - a.length),
    additionWords: context.lexicon.indicators.additionWords,
    verbMetric: null,
  };
}

export function extractTargets(context: ExtractContext, ownIndustries: string[]): TargetCandidate[] {
  const { lexicon, document } = context;
  const reader = readerOf(context);
  const scopeContext = { lexicon, city: document.meta.city, ownIndustries: new Set(ownIndustries) };
  const period = document.meta.period;
  const namedPeriods = lexicon.indicators.namedPeriods;
  const targets: TargetCandidate[] = [];
  let goalSection: number | null = null;
  let goalYear: number | null = null;

  for (const sentence of document.sentences) {
    // A numbered item may be all heading (1．…到2025年建成充电桩5万个。): a task's heading states targets too.
    if (sentence.kind !== 'text' && !(sentence.kind === 'heading' && sentence.task !== null)) continue;
    const section = sentence.section === null ? null : (document.sections[sentence.section] as Section);
    if (section?.role === 'retrospective') continue;
    const inGoals = section?.role === 'goal';
    if (!inGoals || goalSection !== section?.index) {
      goalSection = inGoals ? (section?.index ?? null) : null;
      goalYear = null;
    }
    if (PAST.test(sentence.text) && !/(到\s*20\d\d\s*年|力争|每年|新增)/.test(sentence.text)) continue;

    let year: number | null = inGoals ? goalYear : null;
    let per: TimeFrame['per'] = null;
    let namedPeriod: TimeFrame['namedPeriod'] = null;
    let listScope: TargetScope | null = null;
    reader.verbMetric = null;
    for (const clause of clausesOf(sentence.text, reader)) {
      for (const time of clause.text.matchAll(TIME_YEAR)) {
        const marked = time[1] !== undefined || (time.index as number) === 0;
        const previous = clause.text[(time.index as number) - 1];
        if (marked && previous !== '比' && previous !== '较' && previous !== '从') {
          year = Number(time[2]);
          per = null;
          namedPeriod = null;
          if (inGoals) goalYear = year;
        }
      }
      if (EVERY_YEAR.test(clause.text)) per = '每年';
      else if (clause.text.includes('年均')) per = '年均';
      const named = NAMED_PERIOD.exec(clause.text)?.[1];
      namedPeriod = namedPeriods.find((p) => p.name === named) ?? namedPeriod;
      if (year !== null && period && year < period[0]) continue;
      const baseYear = BASE_YEAR.exec(clause.text)?.[1];
      const frame = { per, baseYear: baseYear ? Number(baseYear) : null, namedPeriod, planStart: period?.[0] ?? null };
      const stated = clauseTargets(clause, sentence, { ...frame, ...yearOf(year, per, namedPeriod, period?.[1] ?? null) }, reader);
      // 新增A20家、B100个: B is counted by the same verb as A.
      reader.verbMetric = stated.find((t) => TARGET_VERBS.some((v) => t.metric.endsWith(v)))?.metric ?? (stated.length > 0 ? null : reader.verbMetric);
      const found = stated.map((t) => completeTarget(t, scopeContext));
      if (!clause.continued) listScope = found.find((t) => t.scope.level !== 'city')?.scope ?? null;
      targets.push(...found.map((t) => (clause.continued && listScope && t.scope.level === 'city' ? { ...t, scope: listScope } : t)));
    }
  }
  return targets;
}

/** Every-year targets have no year; others have the stated one, else the named period's or the plan's last (implied). */
function yearOf(year: number | null, per: TimeFrame['per'], namedPeriod: TimeFrame['namedPeriod'], planEnd: number | null): Pick<ClauseTime, 'year' | 'yearImplied'> {
  if (per === '每年') return { year: null, yearImplied: false };
  if (year !== null) return { year, yearImplied: false };
  return { year: namedPeriod?.end ?? planEnd, yearImplied: true };
}
