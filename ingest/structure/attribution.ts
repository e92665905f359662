/**
 * Responsibility clauses at the end of a task, in the forms these plans use:
 *   （市工信局牵头负责）
 *   〔责任部门：各县（市、区）政府，市工信局、市发改委按职责分工负责。以下所有重点任务均需各地落实，不再单独列出〕
 *   （责任单位：市发改委、市工信局，共同责任单位：各县区人民政府、功能板块管委会；以下均需…落实，不再列出）
 *   〔责任单位：市发展改革委、科技局、工业和信息化局按职责分工负责；各市（区）人民政府…〕
 * and, failing those, the prose form 市工业和信息化局负责…，会同市统计局….
 */
import type { AttributionItem, Attribution } from './schema.ts';
import { splitTopLevel, topLevelGroups } from './brackets.ts';

const LABEL = /(共同责任单位|责任单位|责任部门|牵头单位|牵头部门|责任主体|负责单位|实施单位|配合单位|主责单位)\s*[：:]/g;
const ROLE_PHRASE = /(按照职责分工负责|按职责分工负责|职责分工负责|分工负责|牵头负责|牵头|负责|配合|参与)/g;
const CARRY_OVER = /^以下.{0,10}?均(?:需|由|要)(.+?)(?:负责)?(?:组织)?落实[，,]?(?:不再(?:单独|一一)?列出)?$/;
const BODY_END = /(局|委|办|厅|部|政府|管委会|管理委员会|中心|集团|单位|专班|小组|分行|支行|分局|海关|法院|检察院|板块|条线|县区|各地|办公室)$/;
const LOCAL_BODY = /^(各|有关)|(管委会|管理委员会|县区|板块)$|^(?!市|省).*政府$/;
const DISTRIBUTIVE_SUFFIX = /(管委会|管理委员会|人民政府|政府)$/;

interface Piece {
  text: string;
  start: number;
  end: number;
}

function trimPiece(piece: Piece): Piece | null {
  let { text, start, end } = piece;
  const lead = /^[\s，,、。；]*(?:由|会同|以及|及)?/.exec(text)?.[0].length ?? 0;
  start += lead;
  text = text.slice(lead);
  const tail = /(?:等|分别|按照|按|共同)?[\s，,、。；]*$/.exec(text)?.[0].length ?? 0;
  text = text.slice(0, text.length - tail);
  end = start + text.length;
  return text.length > 0 ? { text, start, end } : null;
}

/** 盐城经济技术开发区、盐南高新区管委会: the closing 管委会 applies to every zone in the run. */
function distributeSuffix(items: Piece[]): Piece[] {
  const last = items[items.length - 1];
  const suffix = last ? DISTRIBUTIVE_SUFFIX.exec(last.text)?.[1] : undefined;
  if (!suffix) return items;
  return items.map((item) => (/[区县]$/.test(item.text) && !BODY_END.test(item.text) ? { ...item, text: item.text + suffix } : item));
}

function listItems(text: string, offset: number, role: AttributionItem['role']): AttributionItem[] {
  const items: AttributionItem[] = [];
  for (const commaPiece of splitTopLevel(text, '，,')) {
    const run = splitTopLevel(commaPiece.text, '、')
      .map((p) => trimPiece({ text: p.text, start: commaPiece.start + p.start, end: commaPiece.start + p.end }))
      .filter((p): p is Piece => p !== null);
    for (const item of distributeSuffix(run)) items.push({ text: item.text, start: offset + item.start, end: offset + item.end, role });
  }
  return items;
}

/** Items of one clause, each with the role its closing phrase gives (牵头 → lead). */
function clauseItems(clause: string, offset: number): AttributionItem[] {
  const items: AttributionItem[] = [];
  const labels = [...clause.matchAll(LABEL)];
  const segments: { text: string; start: number; joint: boolean }[] = [];
  if (labels.length === 0) segments.push({ text: clause, start: 0, joint: false });
  labels.forEach((label, i) => {
    const start = (label.index as number) + label[0].length;
    const end = i + 1 < labels.length ? (labels[i + 1]?.index as number) : clause.length;
    segments.push({ text: clause.slice(start, end), start, joint: (label[1] as string).startsWith('共同') });
  });
  for (const segment of segments) {
    let cursor = 0;
    const defaultRole: AttributionItem['role'] = segment.joint ? 'joint' : 'responsible';
    for (const phrase of segment.text.matchAll(ROLE_PHRASE)) {
      const at = phrase.index as number;
      const role: AttributionItem['role'] = (phrase[1] as string).startsWith('牵头') ? 'lead' : defaultRole;
      items.push(...listItems(segment.text.slice(cursor, at), offset + segment.start + cursor, role));
      cursor = at + (phrase[0] as string).length;
    }
    items.push(...listItems(segment.text.slice(cursor), offset + segment.start + cursor, defaultRole));
  }
  return items;
}

export function looksLikeAttribution(inner: string): boolean {
  const text = inner.trim();
  const labelled = new RegExp(LABEL.source).test(text);
  const closing = /(牵头负责|职责分工负责|牵头|负责|配合)[。.]?$/.test(text) || CARRY_OVER.test(text.split(/[；;。]/).pop() ?? '');
  if (!labelled && !closing) return false;
  return splitTopLevel(text.replace(new RegExp(LABEL.source, 'g'), ''), '、，,；;。').some((p) =>
    BODY_END.test(p.text.replace(ROLE_PHRASE, '').replace(/等$/, '').trim()),
  );
}

/** Parses the inside of a bracketed clause; `offset` is the position of its first inner character. */
export function parseAttribution(raw: string, inner: string, start: number, end: number): Attribution {
  const offset = start + 1;
  const items: AttributionItem[] = [];
  let carryOver: Attribution['carryOver'] = null;
  for (const clause of splitTopLevel(inner, '；;。')) {
    const text = clause.text.trim();
    if (text.length === 0) continue;
    const lead = clause.text.indexOf(text);
    const carried = CARRY_OVER.exec(text);
    if (carried?.[1]) {
      const who = carried[1];
      const whoAt = offset + clause.start + lead + text.indexOf(who);
      const local = /^各(地|县|市|区)?$|^各地区$|^有关地区$/.test(who);
      carryOver = { items: local ? [] : listItems(who, whoAt, 'responsible'), local };
      continue;
    }
    items.push(...clauseItems(text, offset + clause.start + lead));
  }
  if (carryOver?.local) carryOver = { items: items.filter((item) => LOCAL_BODY.test(item.text)), local: true };
  return { raw, items, carryOver, prose: false, start, end };
}

/** Bracketed responsibility clauses inside `text` (a task's span), with offsets shifted by `base`. */
export function findAttributions(text: string, base: number): Attribution[] {
  return topLevelGroups(text)
    .filter((group) => group.open !== '“' && group.open !== '《' && looksLikeAttribution(group.inner))
    .map((group) => parseAttribution(text.slice(group.start, group.end), group.inner, base + group.start, base + group.end));
}

const PROSE_LEAD = /(?:^|[。；，])((?:市|省|县|区)[\p{Script=Han}]{1,16}?(?:局|委|办|厅|部|中心|政府|管委会))(牵头)?负责/gu;
const PROSE_WITH = /会同((?:市|省|县|区)[\p{Script=Han}]{1,16}?(?:局|委|办|厅|部|中心|政府|管委会))/gu;

/** 市工业和信息化局负责…组织实施，会同市统计局…: responsibility stated in a sentence. */
export function findProseAttribution(text: string, base: number): Attribution | null {
  const items: AttributionItem[] = [];
  for (const match of text.matchAll(PROSE_LEAD)) {
    const name = match[1] as string;
    const at = (match.index as number) + match[0].indexOf(name);
    items.push({ text: name, start: base + at, end: base + at + name.length, role: match[2] ? 'lead' : 'responsible' });
    const sentenceEnd = text.indexOf('。', at);
    const sentence = text.slice(at, sentenceEnd < 0 ? text.length : sentenceEnd);
    for (const partner of sentence.matchAll(PROSE_WITH)) {
      const partnerName = partner[1] as string;
      const partnerAt = at + (partner.index as number) + partner[0].indexOf(partnerName);
      items.push({ text: partnerName, start: base + partnerAt, end: base + partnerAt + partnerName.length, role: 'responsible' });
    }
  }
  if (items.length === 0) return null;
  const start = Math.min(...items.map((i) => i.start));
  const sentenceEnd = text.indexOf('。', Math.max(...items.map((i) => i.end)) - base);
  const end = sentenceEnd < 0 ? base + text.length : base + sentenceEnd + 1;
  return { raw: text.slice(start - base, end - base), items, carryOver: null, prose: true, start, end };
}
