/**
 * Department mentions: every body named in a responsibility clause (with its role and the level
 * prefix its list shares), bodies carried over by “以下…均需…落实”, and bodies named in running text:
 * with their level (市工信局, 省政府, 人民银行盐城市分行, 工信部), as a leading group
 * (市产业强市工作领导小组办公室), or as a collective (各县（市、区）人民政府, 各旗区人民政府).
 */
import type { AttributionItem, Sentence } from '../structure/schema.ts';
import { LOCAL_GOVERNMENT, LOCAL_PLACES, LOCAL_ZONES } from '../text/local-bodies.ts';
import { alignedInSentence, inDocument, type ClaimedSpans, type ExtractContext } from './context.ts';
import type { DepartmentMention } from './schema.ts';
import { sentenceAt } from './sentence-index.ts';

const LEADING_GROUP = /(?:市|省)[\p{Script=Han}]{2,14}?(?:工作)?领导小组(?:办公室)?/gu;
// 各县（市、区）人民政府, 各区、县级市人民政府, 各县（市、区）党委和人民政府, 各旗县区人民政府, 各园区管委会.
const COLLECTIVE = new RegExp(`(?:各|有关)(?:${LOCAL_PLACES}${LOCAL_GOVERNMENT}|${LOCAL_ZONES}(?:管委会|管理委员会))`, 'g');

function attributionMentions(context: ExtractContext): DepartmentMention[] {
  const mentions: DepartmentMention[] = [];
  const text = context.document.normalised.text;
  const toMention = (item: AttributionItem, task: number, role: DepartmentMention['role']): DepartmentMention => ({
    // The item text may carry a distributed suffix (…开发区 + 管委会) that is not contiguous in the source.
    surface: item.text,
    start: item.start,
    end: Math.min(item.end, text.length),
    sentence: sentenceAt(context.sentences, item.start),
    context: 'attribution',
    task,
    role,
    sharedPrefix: item.sharedPrefix,
  });
  for (const task of context.document.tasks) {
    for (const attribution of task.attributions) for (const item of attribution.items) mentions.push(toMention(item, task.index, item.role));
    for (const item of task.implicit) mentions.push(toMention(item, task.index, 'implicit'));
  }
  return mentions;
}

// 经市/人民政府/同意, 由市/工信局: a function word the segmenter glued to the level prefix (not 南京市).
const GLUED_PREFIX = /^[经由对向在与和及同按请报将把为并让][市省]$/;

/** A name on word boundaries, or whose level prefix the segmenter glued to the function word before it. */
function onBoundaries(context: ExtractContext, index: number, match: { start: number; end: number }): boolean {
  if (alignedInSentence(context, index, match)) return true;
  const sentence = context.sentences[index] as Sentence;
  const start = sentence.start + match.start;
  const text = context.document.normalised.text;
  const glued = (context.tokens[index] ?? []).some((t) => t.end === start + 1 && GLUED_PREFIX.test(text.slice(t.start, t.end)));
  return glued && (context.boundaries[index] as Set<number>).has(sentence.start + match.end);
}

function textMentions(context: ExtractContext, claimed: ClaimedSpans): DepartmentMention[] {
  const directory = context.lexicon.departmentsFor(context.city);
  const mentions: DepartmentMention[] = [];
  const add = (surface: string, start: number, sentence: number, kind: DepartmentMention['context']) => {
    const span = { start, end: start + surface.length };
    if (claimed.isClaimed(span) || mentions.some((m) => m.start <= span.start && m.end >= span.end)) return;
    mentions.push({ surface, ...span, sentence, context: kind, task: null, role: null, sharedPrefix: null });
  };
  // Clause sentences too: a prose clause (成立市…领导小组，由市发改委牵头…) may name more than its items.
  context.sentences.forEach((sentence, index) => {
    const kind = sentence.kind === 'table-row' ? 'table' : 'text';
    for (const match of directory.prefixed.findAll(sentence.text, (m) => onBoundaries(context, index, m))) {
      const located = inDocument(context, index, match);
      add(match.term, located.start, index, kind);
    }
    for (const pattern of [LEADING_GROUP, COLLECTIVE]) {
      for (const match of sentence.text.matchAll(pattern)) add(match[0], sentence.start + (match.index as number), index, 'text');
    }
  });
  for (const mention of mentions) claimed.claim(mention);
  return mentions;
}

/** 市投资促进局（市招商局）: the body's second name, in brackets right after it, is no body of its own. */
function withSecondName(text: string, span: { start: number; end: number }): { start: number; end: number } {
  if (!/[（(]/.test(text[span.end] ?? '')) return span;
  const close = text.slice(span.end).search(/[）)]/);
  return close > 0 && close <= 21 ? { start: span.start, end: span.end + close + 1 } : span;
}

export function extractDepartments(context: ExtractContext, claimed: ClaimedSpans): DepartmentMention[] {
  const fromClauses = attributionMentions(context);
  for (const mention of fromClauses) claimed.claim(withSecondName(context.document.normalised.text, mention));
  return [...fromClauses, ...textMentions(context, claimed)];
}
