/**
 * One list of bodies inside a responsibility clause, read into items with their roles:
 *   市工信局牵头，市发改委、市财政局配合                 a run takes the role of the phrase closing it
 *   市工信局（牵头）、市发改委、市科技局                  a marker after one item
 *   会同市发展改革委、市财政局                           an opening word
 *   市发展改革委、科技局、工业和信息化局 · 市委组织部、宣传部   the level prefix an earlier item carries
 *   各区、县级市人民政府 · 各县（市）、区人民政府           one collective written across a 、
 *   市安监局 市公安局 市消防支队                          spaces between bodies
 * Generic phrases (各有关单位, 各项目牵头单位) name no body and are dropped; a completion time among
 * the pieces (2024年6月底前完成) is the clause's deadline, never a body.
 */
import type { AttributionItem } from './schema.ts';
import { splitTopLevel } from './brackets.ts';
import { isDeadline } from './deadlines.ts';
import { LOCAL_GOVERNMENT, LOCAL_PLACE } from '../text/local-bodies.ts';

type Role = AttributionItem['role'];

export interface Piece {
  text: string;
  start: number;
  end: number;
}

export interface ListReading {
  items: AttributionItem[];
  /** The first piece that is a completion time rather than a body. */
  deadline: Piece | null;
}

/** Tells phrases that name no body (各有关单位, 市直有关部门) from bodies; lexicon data. */
export type GenericTest = (name: string) => boolean;

// Phrases closing a run, in the order they are tried (牵头负责 before 负责).
const CLOSING: { pattern: RegExp; role: Role | 'default' }[] = [
  { pattern: /(?:牵头负责|牵头抓总|牵头落实|牵头)$/, role: 'lead' },
  { pattern: /(?:予以配合|配合落实|配合做好|做好配合|配合|协助|协同|参与)$/, role: 'cooperating' },
  { pattern: /(?:按照?职责分工(?:负责|落实)|按照?职责(?:负责|落实)|职责分工负责|分工负责|共同负责|负责落实|抓好落实|具体负责|负责|落实)$/, role: 'default' },
];
const OPENING = /^(?:由|会同|协同|配合|以及|及)/;
const COOPERATING_OPENING = /^(?:会同|协同|配合)/;
const ITEM_MARKER = /[（(](牵头|主责|配合|协办|协助)(?:单位|部门)?[）)]$/;
// 市投资促进局（市招商局）: the second name of the same body, in brackets after the first.
const SECOND_NAME = /[（(]([^（）()]{2,20})[）)]$/;
const LEVEL_PREFIX = /^(?:中共)?(市委|省委|县委|区委|市|省|县|区|旗|各|有关)(?=\p{Script=Han})/u;
// 各区、县级市人民政府: the first half names only places, the second closes with the government.
const COLLECTIVE_HEAD = new RegExp(`^(?:各|有关)${LOCAL_PLACE}$`);
const COLLECTIVE_TAIL = new RegExp(`^${LOCAL_PLACE}${LOCAL_GOVERNMENT}$`);
const BODY_END = /(局|委|委员会|办|厅|部|政府|管委会|管理委员会|中心|集团|公司|单位|专班|小组|分行|支行|分局|海关|法院|检察院|调查队|支队|板块|条线|县区|各地|办公室|办事处|联合会|协会|商会|妇联|残联|科协|工商联|总工会|红十字会|监委|室)$/;
const DISTRIBUTIVE_SUFFIX = /(管委会|管理委员会|人民政府|政府)$/;

export function looksLikeBody(text: string): boolean {
  return BODY_END.test(text);
}

function trimPiece(piece: Piece): Piece | null {
  const lead = /^[\s，,、。；：:]*(?:由|以及|及)?/.exec(piece.text)?.[0].length ?? 0;
  const text = piece.text.slice(lead).replace(/(?:等(?:有关|相关)?(?:部门|单位)?|分别|按照|按|共同)?[\s，,、。；]*$/, '');
  return text.length > 0 ? { text, start: piece.start + lead, end: piece.start + lead + text.length } : null;
}

function shift(piece: Piece, by: number): Piece {
  return { text: piece.text, start: piece.start + by, end: piece.end + by };
}

/** 盐城经济技术开发区、盐南高新区管委会: the closing 管委会 applies to every zone in the run. */
function distributeSuffix(items: Piece[]): Piece[] {
  const last = items[items.length - 1];
  const suffix = last ? DISTRIBUTIVE_SUFFIX.exec(last.text)?.[1] : undefined;
  if (!suffix) return items;
  return items.map((item) => (/[区县]$/.test(item.text) && !BODY_END.test(item.text) ? { ...item, text: item.text + suffix } : item));
}

/**
 * One body written across a 、: 各区、县级市人民政府 (places, then the government that closes them) and
 * 各县（市、区）党委、政府 · 路南区党委、政府 (a party committee with its government).
 */
function joinCollectives(pieces: Piece[], source: string): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const previous = joined[joined.length - 1];
    const places = previous && COLLECTIVE_HEAD.test(previous.text) && COLLECTIVE_TAIL.test(piece.text);
    const committeeAndGovernment = previous && /党委$/.test(previous.text) && /^(?:人民)?政府$/.test(piece.text);
    if (previous && (places || committeeAndGovernment)) {
      joined[joined.length - 1] = { text: source.slice(previous.start, piece.end), start: previous.start, end: piece.end };
    } else joined.push(piece);
  }
  return joined;
}

// 市安监局 市公安局 once its spaces are gone: a body's end followed by the next body's level prefix.
const GLUED = /(?<=局|委|办|厅|部|政府|支队|院|海关|中心|集团|公司)(?=(?:中共)?[市省县区](?![场级直属各有]))/g;

function unglue(piece: Piece): Piece[] {
  const cuts = [0, ...[...piece.text.matchAll(GLUED)].map((m) => m.index as number), piece.text.length];
  return cuts.slice(1).map((end, i) => ({ text: piece.text.slice(cuts[i], end), start: piece.start + (cuts[i] as number), end: piece.start + end }));
}

/** The bodies of a run separated by 、 or spaces, each trimmed of 等, 由 and the like. */
function runPieces(run: Piece): Piece[] {
  const pieces = splitTopLevel(run.text, '、 \u3000\t')
    .flatMap(unglue)
    .map(trimPiece)
    .filter((p): p is Piece => p !== null);
  return distributeSuffix(joinCollectives(pieces, run.text)).map((p) => shift(p, run.start));
}

/** A comma-separated part of the list: its bodies and the role its closing phrase or opening word gives. */
function readRun(part: Piece): { run: Piece; role: Role | 'default' | null } {
  let { text, start } = part;
  let role: Role | 'default' | null = null;
  const opening = OPENING.exec(text);
  if (opening) {
    if (COOPERATING_OPENING.test(opening[0])) role = 'cooperating';
    text = text.slice(opening[0].length);
    start += opening[0].length;
  }
  for (const closing of CLOSING) {
    const match = closing.pattern.exec(text);
    if (match && match.index > 0) {
      text = text.slice(0, match.index);
      role = closing.role;
      break;
    }
  }
  return { run: { text, start, end: start + text.length }, role };
}

/**
 * Reads one list (`text` starting at `offset` in the document) whose bodies default to `defaultRole`
 * (responsible, or the role its label gives: 配合单位 → cooperating).
 */
export function readList(text: string, offset: number, defaultRole: Role, isGeneric: GenericTest): ListReading {
  const runs = splitTopLevel(text, '，,').map((p) => readRun({ text: p.text, start: offset + p.start, end: offset + p.end }));
  const items: AttributionItem[] = [];
  let deadline: Piece | null = null;
  let lastPrefix: string | null = null;
  runs.forEach(({ run, role }, i) => {
    // A run with no phrase of its own takes the role of the phrase that closes the next one.
    const closing = role ?? runs.slice(i + 1).find((r) => r.role !== null)?.role ?? 'default';
    for (const piece of runPieces(run)) {
      if (isDeadline(piece.text)) {
        deadline ??= piece;
        continue;
      }
      const marker = ITEM_MARKER.exec(piece.text);
      const secondName = marker ? null : SECOND_NAME.exec(piece.text);
      const name = marker ? piece.text.slice(0, marker.index) : secondName && looksLikeBody(secondName[1] as string) ? piece.text.slice(0, secondName.index) : piece.text;
      if (name.length < 2 || isGeneric(name) || isGeneric(piece.text)) continue;
      const ownPrefix = LEVEL_PREFIX.exec(name)?.[1] ?? null;
      const itemRole: Role = marker ? (/牵头|主责/.test(marker[1] as string) ? 'lead' : 'cooperating') : closing === 'default' ? defaultRole : closing;
      items.push({ text: name, role: itemRole, sharedPrefix: ownPrefix ? null : lastPrefix, start: piece.start, end: piece.start + Math.min(name.length, piece.end - piece.start) });
      if (ownPrefix) lastPrefix = ownPrefix;
    }
  });
  return { items, deadline };
}
