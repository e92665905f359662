/**
 * The targets one clause states, as the plan words them:
 *   力争30条产业链销售收入达7500亿元                     subject · metric · qualifier · value · unit
 *   研发支出占地区生产总值比重达2.85%左右                metric 占…比重
 *   每年实施重大技术（装备）攻关项目10个以上 / 新增5家科技公共服务平台   object before or after the number
 *   新开工、新竣工…项目200个、120个                      parallel values
 * Time (到2027年, 每年, 年均, “十四五”期间) is read by the caller and handed in as `ClauseTime`.
 */
import type { Sentence } from '../structure/schema.ts';
import { depthMap } from '../structure/brackets.ts';
import { findQuantities, type Quantity, type QuantityVocabulary } from './quantities.ts';
import { isChange, periodOf, type StatedTarget, type TimeFrame } from './target-facts.ts';

export interface Clause {
  text: string;
  start: number;
  /** A later part of a 、-list split after a quantity (规上企业达2200家、国家高新技术企业达1200家). */
  continued: boolean;
}

export interface ClauseTime extends TimeFrame {
  year: number | null;
  yearImplied: boolean;
}

export interface ClauseReader {
  pattern: RegExp;
  vocabulary: QuantityVocabulary;
  metricWords: string[];
  /** Verbs that introduce what is counted (新增, 培育), longest first. */
  verbs: string[];
  /** Qualifiers that only bound the value (超, 达到), stripped from the end of a wording. */
  boundWords: string[];
  /** Words that make a count a sum of additions (新增, 引进). */
  additionWords: string[];
  /** The counting verb of the previous part of a 、-list, inherited by a part that has none. */
  verbMetric: string | null;
}

const LEADING_NOISE = /^(?:其中|同时|力争|确保|全力|积极|努力|全年|年内|每年|年均|累计|到\s*20\d\d\s*年(?:底|末)?|20\d\d\s*年|要|并|再|共|新增加)+/;
const SHARE = /^(.*?)(占.+?(?:比重|比例|份额)|占比)$/;
/** Dates and named periods inside a wording (到2027年, 比2024年, “十四五”期间) say when, not what. */
const TIME_WORDS = /(?:到|至|截至|于|在|比|较)?\s*20\d\d\s*年(?:底|末|前|内)?|“?十[一二三四五六七八九]五”?(?:期间|时期|末)?/g;
const COUNT_UNITS = new Set(['个', '家', '项', '件', '人', '名', '条', '场', '人次', '所', '款', '台', '台（套）', '套', '户', '家次', '座', '支', '批', '部', '篇']);

function formatUnit(unit: string, per: ClauseTime['per']): string {
  return per !== null && unit && unit !== '%' ? `${unit}/年` : unit;
}

function splitSubjectMetric(pre: string, reader: ClauseReader, per: ClauseTime['per']): { subject: string; metric: string } {
  const text = pre.replace(LEADING_NOISE, '').replace(/[的地]$/, '').trim();
  const share = SHARE.exec(text);
  if (share) return { subject: (share[1] as string).trim(), metric: share[2] as string };
  const metric = reader.metricWords.find((word) => text.endsWith(word) && text.length > word.length);
  if (metric) return { subject: text.slice(0, text.length - metric.length), metric };
  const verb = reader.verbs.find((v) => text.startsWith(v));
  if (verb && text.length > verb.length) return { subject: text.slice(verb.length), metric: (per === '每年' ? '每年' : '') + verb };
  return { subject: text, metric: '' };
}

/** Whether the quantity modifies the noun after it (33个特色优势产业, 5亿元以上项目) instead of ending the clause. */
function modifiesFollowingNoun(clause: string, quantity: Quantity): boolean {
  const next = clause.slice(quantity.end);
  return /^[\p{Script=Han}“A-Za-z]/u.test(next) && !/^(的目标|左右|以上)/.test(next);
}

/** The indicator as worded up to the value, without dates and bounds: 规上工业单位增加值能耗下降 of …比2024年下降10%. */
function wordingOf(text: string, reader: ClauseReader): string {
  let wording = text.replace(TIME_WORDS, '').replace(/^[，、\s]+/, '').trim();
  for (let bound = reader.boundWords.find((w) => wording.endsWith(w)); bound; bound = reader.boundWords.find((w) => wording.endsWith(w))) {
    wording = wording.slice(0, wording.length - bound.length);
  }
  return wording.replace(/(?:分别|均|为|的|是)+$/, '');
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

interface Statement {
  subject: string;
  subjectStart: number;
  metric: string;
  wording: string;
  quantity: Quantity;
  values?: { label: string; value: number }[];
}

/** Parallel values at the clause end: …分别不少于1000个、630个、390个、230个. */
function parallelStatement(clause: string, group: Quantity[], reader: ClauseReader, per: ClauseTime['per']): Statement {
  const first = group[0] as Quantity;
  const pre = clause.slice(0, first.start).replace(/分别$/, '');
  const pieces = pre.replace(LEADING_NOISE, '').split('、');
  // 新开工、新竣工5亿元以上项目200个、120个: one verb per value, the object after the last verb.
  if (pieces.length === group.length && pieces.every((piece) => reader.verbs.some((verb) => piece.startsWith(verb)))) {
    const labels = pieces.map((piece) => reader.verbs.find((v) => piece.startsWith(v)) as string);
    const object = (pieces[pieces.length - 1] as string).slice((labels[labels.length - 1] as string).length);
    const values = group.map((q, i) => ({ label: labels[i] as string, value: q.value }));
    return { subject: object, subjectStart: clause.lastIndexOf(object), metric: (per === '每年' ? '每年' : '') + labels.join('/'), wording: wordingOf(`${labels[0]}${object}`, reader), quantity: first, values };
  }
  const { subject, metric } = splitSubjectMetric(pre, reader, per);
  const values = group.map((q, i) => ({ label: pieces.length === group.length ? (pieces[i] as string) : String(i + 1), value: q.value }));
  return { subject, subjectStart: Math.max(0, clause.indexOf(subject)), metric, wording: wordingOf(pre, reader), quantity: first, values };
}

function statementsOf(clause: string, quantities: Quantity[], reader: ClauseReader, per: ClauseTime['per']): Statement[] {
  const group = trailingGroup(clause, quantities);
  if (group.length > 1) return [parallelStatement(clause, group, reader, per)];
  const statements: Statement[] = [];
  for (const quantity of quantities) {
    if (quantity.unit === '' && !quantity.before) continue;
    const pre = clause.slice(0, quantity.start);
    if (modifiesFollowingNoun(clause, quantity)) {
      // 新增5家科技公共服务平台: a verb, then the count, then what is counted. An amount before a noun is
      // a threshold (5000吨标煤以上企业), and a count followed by the stated value only qualifies it.
      const verbPart = clause.slice(0, quantity.numberStart).replace(/^.*?(每年|年均)/, '');
      const isObjectCount = COUNT_UNITS.has(quantity.unit) && reader.verbs.some((v) => verbPart.trim().endsWith(v));
      if (!isObjectCount || quantities.some((q) => q.start > quantity.end && !modifiesFollowingNoun(clause, q))) continue;
      const object = clause.slice(quantity.end).replace(/(以上|左右)$/, '');
      const verb = splitSubjectMetric(verbPart, reader, per);
      const metric = verb.metric || (per === '每年' ? '每年' : '') + verbPart.trim().slice(-2);
      statements.push({ subject: object, subjectStart: quantity.end, metric, wording: wordingOf(verbPart + object, reader), quantity });
      continue;
    }
    const { subject, metric } = splitSubjectMetric(pre, reader, per);
    if (subject.length === 0 && metric.length === 0) continue;
    const wording = wordingOf(clause.slice(0, quantity.numberStart), reader);
    statements.push({ subject, subjectStart: Math.max(0, pre.lastIndexOf(subject)), metric, wording, quantity });
  }
  return statements;
}

/** The targets a clause states, before their indicator is read. */
export function clauseTargets(clause: Clause, sentence: Sentence, time: ClauseTime, reader: ClauseReader): StatedTarget[] {
  const depth = depthMap(clause.text);
  const quantities = findQuantities(clause.text, reader.pattern, reader.vocabulary).filter((q) => depth[q.numberStart] === 0);
  if (quantities.length === 0) return [];
  const base = sentence.start + clause.start;
  return statementsOf(clause.text, quantities, reader, time.per).map(({ subject, subjectStart, metric, wording, quantity, values }) => {
    // 新增A20家、B100个: B inherits the verb, and with it whether it counts additions.
    const counted = metric || reader.verbMetric || '';
    const aim = /力争|冲刺/.test(clause.text.slice(0, quantity.start)) && quantity.before !== '力争';
    const growth = isChange(wording) || quantity.before === '增长' || quantity.before === '下降';
    return {
      subject: subject || metric,
      metric: counted || (COUNT_UNITS.has(quantity.unit) ? '数量' : '规模'),
      wording: wording || subject || metric,
      value: quantity.value,
      ...(values ? { values } : {}),
      unit: formatUnit(quantity.unit, time.per),
      upper: quantity.upper,
      year: time.year,
      yearImplied: time.yearImplied,
      annual: time.per !== null,
      qualifier: (aim ? '力争' : '') + (quantity.after ?? quantity.before ?? '') + (quantity.upper !== null ? `（${quantity.value}-${quantity.upper}）` : ''),
      bounds: { before: quantity.before, after: quantity.after, aim },
      per: time.per,
      growth,
      ...periodOf(`${counted}${wording}`, growth, time, reader.additionWords),
      baseYear: time.baseYear,
      scope: null,
      origin: 'text' as const,
      start: base,
      end: base + clause.text.length,
      sentence: sentence.index,
      subjectStart: base + subjectStart,
      subjectEnd: base + subjectStart + subject.length,
    };
  });
}
