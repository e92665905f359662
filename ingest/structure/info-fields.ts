/**
 * Labelled fields printed above a document: a government website's information table
 * (`信息索引号 … 发布机构 江阴市人民政府办公室 … 文件编号 澄政办发〔2023〕66号`, several to a line, or one
 * per line as `发文机关：…`) and a legal database's header (`【发布部门】 …`, `【发文字号】 …`). Each field
 * is located in the line, so its value keeps its offsets. Only a few fields say something about the
 * plan; the others are known so that their values are not read into a neighbour's.
 */
import { TermMatcher } from '../../core/term-matcher.ts';

const INFO_FIELD_KINDS = ['title', 'issuer', 'issued', 'published', 'number', 'other'] as const;
export type InfoFieldKind = (typeof INFO_FIELD_KINDS)[number];

const LABELS: Record<InfoFieldKind, string[]> = {
  title: ['标题', '名称', '文件名称', '内容概述', '题名'],
  issuer: ['发布机构', '发文机关', '发文单位', '发布部门', '制定机关', '发布单位', '成文单位', '公开责任部门'],
  // The day the document was signed: what the signature block prints.
  issued: ['成文日期', '生成日期', '发文日期', '签发日期', '印发日期', '成文时间'],
  // The day a site or database put it out: later, and only a fallback.
  published: ['发布日期', '公开日期', '公布日期', '发布时间', '公开时间'],
  number: ['文号', '文件编号', '发文字号', '发文文号', '文件字号'],
  other: [
    '信息索引号', '索引号', '公开时限', '公开形式', '公开方式', '公开范围', '公开程序', '有效期', '有效性', '效力状况', '时效性',
    '效力级别', '法规类别', '体裁', '主题分类', '主题（一级）', '主题（二级）', '主题词', '关键词', '组配分类', '服务对象分类',
    '所属机构', '实施日期', '施行日期', '失效日期', '分类', '来源', '信息来源', '浏览次数',
  ],
};

const labelMatcher = new TermMatcher<InfoFieldKind>(INFO_FIELD_KINDS.flatMap((kind) => LABELS[kind].map((label) => [label, kind] as const)));

export interface InfoField {
  kind: InfoFieldKind;
  label: string;
  value: string;
  /** The value's offsets within the line. */
  start: number;
  end: number;
}

/** A label at `at`: bare, in 【】 or [], followed by an optional colon. Returns where its value begins. */
function labelAt(text: string, at: number): { kind: InfoFieldKind; label: string; valueStart: number } | null {
  const bracketed = text[at] === '【' || text[at] === '[';
  const from = bracketed ? at + 1 : at;
  const match = labelMatcher.matchesAt(text, from).pop();
  if (!match) return null;
  let end = match.end;
  if (bracketed) {
    if (text[end] !== '】' && text[end] !== ']') return null;
    end += 1;
  }
  while (end < text.length && /[：:\s]/.test(text[end] as string)) end += 1;
  return { kind: match.value, label: match.term, valueStart: end };
}

/** The fields of a line that begins with a label; null for any other line. */
export function readInfoFields(text: string): InfoField[] | null {
  const first = labelAt(text, 0);
  if (!first) return null;
  const fields: InfoField[] = [];
  let current = first;
  for (let i = first.valueStart; i <= text.length; i += 1) {
    const next = i < text.length ? labelAt(text, i) : null;
    if (i < text.length && !next) continue;
    let end = i;
    while (end > current.valueStart && /\s/.test(text[end - 1] as string)) end -= 1;
    fields.push({ kind: current.kind, label: current.label, value: text.slice(current.valueStart, end), start: current.valueStart, end });
    if (!next) break;
    current = next;
    i = next.valueStart - 1;
  }
  return fields;
}
