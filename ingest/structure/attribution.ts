/**
 * Responsibility clauses written as clauses, in a bracket or on a line of their own:
 *   （市工信局牵头负责）                                    （责任单位：市人社局）
 *   （牵头单位：市发展改革委；配合单位：市工信局、市科技局，各区、县级市人民政府）
 *   （牵头部门：市商务局；责任部门：市财政局、市税务局）      （责任单位：市工信局（牵头）、市发改委）
 *   〔责任部门：各县（市、区）政府，市工信局按职责分工负责。以下所有重点任务均需各地落实，不再单独列出〕
 *   （2024年6月底前完成，牵头单位：市X局）  （持续推进，牵头考核单位：市X局、市Y局）  （完成时限：2024年12月底前）
 *   责任单位：市住房城乡建设局、国网保定供电公司              ← a line of its own after the task text
 * A label gives the role of the list after it; a phrase closing a run (牵头, 配合) overrides it.
 */
import type { Attribution, CarryOver, Deadline } from './schema.ts';
import { readList, looksLikeBody, type GenericTest, type Piece } from './attribution-list.ts';
import { depthMap, splitTopLevel, topLevelGroups } from './brackets.ts';
import { DEADLINE_LABEL, deadlineDate, isStandaloneDeadline } from './deadlines.ts';

type Role = Attribution['items'][number]['role'];

// Labels and the role of the list they introduce; 牵头考核单位 and 主责单位 are leads, 配合单位 co-operates.
const ROLE_LABELS: { pattern: RegExp; role: Role }[] = [
  { pattern: /共同责任单位/, role: 'joint' },
  { pattern: /(?:牵头(?:考核|责任|落实)?(?:单位|部门)|主责(?:单位|部门)|主办(?:单位|部门))/, role: 'lead' },
  { pattern: /(?:配合(?:考核)?(?:单位|部门)|协办(?:单位|部门)|协同(?:单位|部门)|参与(?:单位|部门)|协作(?:单位|部门))/, role: 'cooperating' },
  { pattern: /(?:责任(?:单位|部门|主体)|负责(?:单位|部门)|实施(?:单位|部门|主体)|承办(?:单位|部门)|落实(?:单位|部门))/, role: 'responsible' },
];
/** The role a label or a task table's column heading gives (牵头单位 → lead), if it names one. */
export function roleOfLabel(text: string): Role | null {
  return ROLE_LABELS.find((l) => l.pattern.test(text))?.role ?? null;
}

const ROLE_LABEL = new RegExp(`(${ROLE_LABELS.map((l) => l.pattern.source).join('|')})\\s*[：:]`, 'g');
// 责任领导：张三, 责任人：… name people, not bodies: their segment is skipped.
const PERSON_LABEL = /(?:责任|牵头|分管|联系|包抓|挂钩)?(?:市|区|县)?领导\s*[：:]|(?:责任|联系)人\s*[：:]/;
const ANY_LABEL = new RegExp(`${ROLE_LABEL.source}|(${DEADLINE_LABEL.source})|${PERSON_LABEL.source}`, 'g');
const CARRY_OVER = /^以下.{0,10}?均(?:需|由|要)(.+?)(?:负责)?(?:组织)?落实[，,]?(?:不再(?:单独|一一)?列出)?$/;
const LOCAL_BODY = /^(各|有关)|(管委会|管理委员会|县区|板块)$|^(?!市|省).*政府$/;
const CLOSING_PHRASE = /(牵头负责|职责分工负责|职责分工落实|牵头|负责|配合)[。.]?$/;
// A score before the clause, （1分）, is no clause.
const SCORE = /^\d+(?:\.\d+)?分$/;

interface ClauseReading {
  items: Attribution['items'];
  deadline: Piece | null;
  carryOver: CarryOver | null;
}

type Segment = { text: string; start: number; label: { role: Role } | 'deadline' | 'person' | null };

/** One clause between ；or 。, cut at its labels: text before any label, then one segment per label. */
function segmentsOf(text: string): Segment[] {
  const labels = [...text.matchAll(ANY_LABEL)];
  const segments: Segment[] = [{ text: text.slice(0, labels[0]?.index ?? text.length), start: 0, label: null }];
  labels.forEach((label, i) => {
    const start = (label.index as number) + label[0].length;
    const end = i + 1 < labels.length ? (labels[i + 1]?.index as number) : text.length;
    const role = label[1] ? roleOfLabel(label[1]) : null;
    segments.push({ text: text.slice(start, end), start, label: role ? { role } : label[2] ? 'deadline' : 'person' });
  });
  return segments;
}

function readClause(text: string, offset: number, isGeneric: GenericTest, into: ClauseReading): void {
  for (const segment of segmentsOf(text)) {
    const at = offset + segment.start;
    if (segment.label === 'person') continue;
    if (segment.label === 'deadline') {
      const value = segment.text.trim().replace(/[，,。；]$/, '');
      const from = at + segment.text.indexOf(value);
      if (value) into.deadline ??= { text: value, start: from, end: from + value.length };
      continue;
    }
    // Before any label: an unlabelled list (市工信局牵头负责) or a completion time (2022年12月底完成，).
    const reading = readList(segment.text, at, segment.label?.role ?? 'responsible', isGeneric);
    into.items.push(...reading.items);
    into.deadline ??= reading.deadline;
  }
}

function splitBeforeCarryOver(clause: Piece): Piece[] {
  const at = clause.text.search(/[，,]以下/);
  if (at < 0) return [clause];
  return [
    { text: clause.text.slice(0, at), start: clause.start, end: clause.start + at },
    { text: clause.text.slice(at + 1), start: clause.start + at + 1, end: clause.end },
  ];
}

/** Reads the inside of a clause; `offset` is the document position of its first character. */
function readAttributionText(inner: string, offset: number, isGeneric: GenericTest): ClauseReading {
  const reading: ClauseReading = { items: [], deadline: null, carryOver: null };
  // Clauses end at ；or 。, and a carry-over may follow a comma: …按职责分工负责，以下任务均需…落实.
  for (const clause of splitTopLevel(inner, '；;。').flatMap(splitBeforeCarryOver)) {
    const text = clause.text.trim();
    if (text.length === 0) continue;
    const at = offset + clause.start + clause.text.indexOf(text);
    const carried = CARRY_OVER.exec(text);
    if (carried?.[1]) {
      const who = carried[1];
      const local = /^各(地|县|市|区)?$|^各地区$|^有关地区$/.test(who);
      reading.carryOver = { items: local ? [] : readList(who, at + text.indexOf(who), 'responsible', isGeneric).items, local };
      continue;
    }
    readClause(text, at, isGeneric, reading);
  }
  if (reading.carryOver?.local) reading.carryOver = { items: reading.items.filter((item) => LOCAL_BODY.test(item.text)), local: true };
  return reading;
}

/** Whether a bracket's content is a responsibility clause: labelled, or with a run closed by 牵头/负责/配合, and naming a body. */
export function looksLikeAttribution(inner: string): boolean {
  const text = inner.trim();
  const labelled = new RegExp(ROLE_LABEL.source).test(text);
  const closing = CLOSING_PHRASE.test(text) || /(?:牵头|负责)[，,]/.test(text) || CARRY_OVER.test(text.split(/[；;。]/).pop() ?? '');
  if (!labelled && !closing) return false;
  return splitTopLevel(text.replace(new RegExp(ANY_LABEL.source, 'g'), ''), '、，,；;。 ').some((p) =>
    looksLikeBody(p.text.replace(/[（(](?:牵头|配合)[）)]$/, '').replace(/(牵头负责|职责分工负责|牵头|负责|配合|参与)$/, '').replace(/等$/, '').trim()),
  );
}

function dated(piece: Piece, defaultYear: number | null): Deadline {
  return { text: piece.text, date: deadlineDate(piece.text, defaultYear), start: piece.start, end: piece.end };
}

export interface ClauseScan {
  attributions: Attribution[];
  /** Completion times stated on their own: （完成时限：2024年12月底前）, （持续推进）, 完成时限：… on a line. */
  deadlines: Deadline[];
}

/**
 * Clauses inside `text` (a task's span, at document offset `base`): in brackets, or on a line of their
 * own opening with a label (责任单位：…, 完成时限：…). `defaultYear` dates 6月底前 in a plan for one year.
 */
export function findClauses(text: string, base: number, isGeneric: GenericTest, defaultYear: number | null): ClauseScan {
  const scan: ClauseScan = { attributions: [], deadlines: [] };
  const take = (clause: Piece, inner: Piece, form: Attribution['form']) => {
    const content = inner.text.trim();
    if (SCORE.test(content)) return;
    const reading = readAttributionText(inner.text, inner.start, isGeneric);
    const deadline = reading.deadline && dated(reading.deadline, defaultYear);
    const carries = (reading.carryOver?.items.length ?? 0) > 0;
    if (reading.items.length === 0 && !carries) {
      if (deadline && (isStandaloneDeadline(content) || DEADLINE_START.test(content))) scan.deadlines.push(deadline);
      return;
    }
    if (!carries && !looksLikeAttribution(inner.text)) return;
    scan.attributions.push({ raw: clause.text, items: reading.items, carryOver: reading.carryOver, deadline, form, start: clause.start, end: clause.end });
  };
  for (const group of topLevelGroups(text)) {
    if (group.open === '“' || group.open === '《') continue;
    const clause = { text: text.slice(group.start, group.end), start: base + group.start, end: base + group.end };
    take(clause, { text: group.inner, start: base + group.start + 1, end: base + group.end - 1 }, 'bracket');
  }
  for (const line of labelledLines(text)) {
    const clause = { ...line, start: base + line.start, end: base + line.end };
    take(clause, clause, 'line');
  }
  // 以下各项任务均需各县（市、区）落实，不再单独列出。 as a sentence of its own.
  const depth = depthMap(text);
  for (const sentence of text.matchAll(CARRY_OVER_SENTENCE)) {
    const start = (sentence.index as number) + (sentence[1]?.length ?? 0);
    if (depth[start] !== 0) continue;
    const clause = { text: sentence[2] as string, start: base + start, end: base + start + (sentence[2] as string).length };
    take(clause, clause, 'prose');
  }
  scan.attributions.sort((a, b) => a.start - b.start);
  return scan;
}

const DEADLINE_START = new RegExp(`^${DEADLINE_LABEL.source}`);
const CARRY_OVER_SENTENCE = /(^|[\n。；\s])(以下[^。；\n]{2,60}?落实[，,]?(?:不再(?:单独|一一)?列出)?)/g;
const LINE_LABEL = new RegExp(`(?:^|[\\n。；])[ \\t\\u3000]*(?=${ROLE_LABEL.source}|${DEADLINE_LABEL.source})`, 'g');

/** 责任单位：… or 完成时限：… opening a line (or a sentence) outside any bracket, up to the line's end or 。. */
function labelledLines(text: string): Piece[] {
  const depth = depthMap(text);
  const lines: Piece[] = [];
  for (const match of text.matchAll(LINE_LABEL)) {
    const start = (match.index as number) + match[0].length;
    if (depth[start] !== 0) continue;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
    const stop = line.indexOf('。');
    const raw = (stop >= 0 ? line.slice(0, stop) : line).trimEnd();
    if (raw.length > 0) lines.push({ text: raw, start, end: start + raw.length });
  }
  return lines;
}
