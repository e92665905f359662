/**
 * Department mentions: every body named in a responsibility clause (with its role), bodies carried
 * over by “以下…均需…落实”, and bodies named in running text with their level (市工信局, 省政府,
 * 人民银行盐城市分行, 工信部) or as a leading group (市产业强市工作领导小组办公室).
 */
import type { AttributionItem } from '../structure/schema.ts';
import { alignedInSentence, inDocument, type ClaimedSpans, type ExtractContext } from './context.ts';
import type { DepartmentMention } from './schema.ts';
import { sentenceAt } from './sentence-index.ts';

const LEADING_GROUP = /(?:市|省)[\p{Script=Han}]{2,14}?(?:工作)?领导小组(?:办公室)?/gu;

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
  });
  for (const task of context.document.tasks) {
    for (const attribution of task.attributions) for (const item of attribution.items) mentions.push(toMention(item, task.index, item.role));
    for (const item of task.implicit) mentions.push(toMention(item, task.index, 'implicit'));
  }
  return mentions;
}

function textMentions(context: ExtractContext, claimed: ClaimedSpans): DepartmentMention[] {
  if (!context.city) return [];
  const directory = context.lexicon.departmentsFor(context.city);
  const mentions: DepartmentMention[] = [];
  context.sentences.forEach((sentence, index) => {
    if (sentence.kind === 'attribution') return;
    for (const match of directory.prefixed.findAll(sentence.text, (m) => alignedInSentence(context, index, m))) {
      const located = inDocument(context, index, match);
      mentions.push({ surface: match.term, start: located.start, end: located.end, sentence: index, context: sentence.kind === 'table-row' ? 'table' : 'text', task: null, role: null });
    }
    for (const match of sentence.text.matchAll(LEADING_GROUP)) {
      const start = sentence.start + (match.index as number);
      const span = { start, end: start + match[0].length };
      if (mentions.some((m) => m.start <= span.start && m.end >= span.end)) continue;
      mentions.push({ surface: match[0], ...span, sentence: index, context: 'text', task: null, role: null });
    }
  });
  for (const mention of mentions) claimed.claim(mention);
  return mentions;
}

export function extractDepartments(context: ExtractContext, claimed: ClaimedSpans): DepartmentMention[] {
  const fromClauses = attributionMentions(context);
  for (const mention of fromClauses) claimed.claim(mention);
  return [...fromClauses, ...textMentions(context, claimed)];
}
