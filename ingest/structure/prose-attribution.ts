/**
 * Responsibility stated in a sentence of the task's text rather than in a clause:
 *   由市工业和信息化局牵头，会同市发展改革委、市财政局组织实施。
 *   市工业和信息化局负责重点产业链培育提升工作的组织实施，会同市统计局完善统计监测机制。
 *   市能源局负责制定实施方案，市自然资源局、市林业和草原局予以配合。
 *   由市生态环境局、市能源局牵头，各旗区人民政府负责落实。
 * The sentence opens with its bodies (after an optional 由) and 牵头 or 负责; each later comma part
 * may add bodies opened by 会同 or closed by 配合 / 协助 / 负责落实. A sentence that does not open
 * with bodies is ordinary text.
 */
import type { Attribution, AttributionItem } from './schema.ts';
import { looksLikeBody, type GenericTest, type Piece } from './attribution-list.ts';
import { depthMap, splitTopLevel } from './brackets.ts';
import { lineMarker } from '../text/markers.ts';

type Role = AttributionItem['role'];

// The bodies open the sentence, or a part of it opening with 由 (成立…领导小组，由市发改委牵头负责日常工作).
const HEAD = /^(由)?([^，。；]{2,80}?)(牵头负责|牵头|具体负责|负责)|[，,](由)([^，。；]{2,80}?)(牵头负责|牵头|具体负责|负责)/;
const JOINING = /^(?:并)?(?:会同|协同)/;
const CLOSING: { pattern: RegExp; role: Role }[] = [
  { pattern: /^([^，。；]{2,80}?)(?:予以|负责)?(?:配合|协助|参与)/, role: 'cooperating' },
  { pattern: /^([^，。；]{2,80}?)(?:按照?职责分工)?(?:负责落实|抓好落实|负责)/, role: 'responsible' },
];
const MAX_BODY = 25;

function isBody(text: string, isGeneric: GenericTest): boolean {
  return text.length >= 2 && text.length <= MAX_BODY && looksLikeBody(text) && !isGeneric(text) && !/[的和与并]$|^(?:并|和|与)/.test(text);
}

/** Every 、-separated item of `text` a body (市发改委、市科技局等部门 → two bodies), or null. */
function allBodies(text: string, offset: number, isGeneric: GenericTest): Piece[] | null {
  const items = splitTopLevel(text.replace(/等(?:有关|相关)?(?:部门|单位)?$/, ''), '、').map((p) => ({ text: p.text.trim(), start: offset + p.start + (p.text.length - p.text.trimStart().length), end: 0 }));
  if (!items.every((i) => isBody(i.text, isGeneric))) return null;
  return items.map((i) => ({ ...i, end: i.start + i.text.length }));
}

/** The bodies a text opens with (会同市发展改革委、市能源局组织实施 → the two bodies), cut at the last body's end. */
function leadingBodies(text: string, offset: number, isGeneric: GenericTest): Piece[] {
  const bodies: Piece[] = [];
  for (const piece of splitTopLevel(text, '、')) {
    if (isBody(piece.text, isGeneric)) {
      bodies.push({ text: piece.text, start: offset + piece.start, end: offset + piece.end });
      continue;
    }
    // The last item runs into the verb (市林业和草原局做好…): cut after the first body-shaped prefix,
    // unless a name ending two characters on still reads as one (市发展和改革委 → …委员会).
    const ends: number[] = [];
    for (let end = 2; end <= Math.min(piece.text.length, MAX_BODY); end += 1) if (isBody(piece.text.slice(0, end), isGeneric)) ends.push(end);
    let cut = ends[0];
    for (const end of ends.slice(1)) if (cut !== undefined && end - cut <= 2) cut = end;
    if (cut !== undefined) bodies.push({ text: piece.text.slice(0, cut), start: offset + piece.start, end: offset + piece.start + cut });
    break;
  }
  return bodies;
}

function items(pieces: Piece[], role: Role): AttributionItem[] {
  return pieces.map((p) => ({ text: p.text, role, sharedPrefix: null, start: p.start, end: p.end }));
}

/** The bodies of one sentence that opens with its bodies and 牵头/负责; null for any other sentence. */
function sentenceAttribution(sentence: Piece, isGeneric: GenericTest): AttributionItem[] | null {
  const head = HEAD.exec(sentence.text);
  if (!head) return null;
  const [by, list, verb] = head[2] !== undefined ? [head[1], head[2], head[3]] : [head[4], head[5], head[6]];
  const listAt = sentence.start + (head.index as number) + head[0].indexOf(list as string);
  const subjects = allBodies(list as string, listAt, isGeneric);
  if (!subjects || (by === undefined && head.index !== 0)) return null;
  const found = items(subjects, (verb as string).startsWith('牵头') ? 'lead' : 'responsible');
  const headEnd = (head.index as number) + head[0].length;
  const rest = sentence.text.slice(headEnd);
  const restAt = sentence.start + headEnd;
  splitTopLevel(rest, '，,').slice(1).forEach((part) => {
    const text = part.text.trimStart();
    const at = restAt + part.start + (part.text.length - text.length);
    const joining = JOINING.exec(text);
    if (joining) {
      found.push(...items(leadingBodies(text.slice(joining[0].length), at + joining[0].length, isGeneric), 'cooperating'));
      return;
    }
    for (const closing of CLOSING) {
      const match = closing.pattern.exec(text);
      const bodies = match ? allBodies(match[1] as string, at, isGeneric) : null;
      if (bodies) {
        found.push(...items(bodies, closing.role));
        return;
      }
    }
  });
  // 市工业和信息化局负责…组织实施，会同市统计局…: 会同 inside the first part as well.
  const firstPart = splitTopLevel(rest, '，,')[0];
  const within = firstPart ? /(?:会同|协同)/.exec(firstPart.text) : null;
  if (firstPart && within) found.push(...items(leadingBodies(firstPart.text.slice(within.index + within[0].length), restAt + within.index + within[0].length, isGeneric), 'cooperating'));
  return found;
}

/** Sentences of `text` (at document offset `base`) outside brackets, cut at 。！？ and line ends. */
function sentencesOf(text: string, base: number): Piece[] {
  const depth = depthMap(text);
  const sentences: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const end = i === text.length || text[i] === '\n' || (depth[i] === 0 && /[。！？]/.test(text[i] as string));
    if (!end) continue;
    const raw = text.slice(start, i + (i < text.length && text[i] !== '\n' ? 1 : 0));
    // The task's own number (5．, （一）) is no part of a sentence's subject.
    const lead = raw.length - raw.trimStart().length + (lineMarker(raw.trimStart())?.raw.length ?? 0);
    const trimmed = raw.slice(lead).trimEnd();
    if (trimmed) sentences.push({ text: trimmed, start: base + start + lead, end: base + start + lead + trimmed.length });
    start = i + 1;
  }
  return sentences;
}

/** Responsibility stated in prose within a task's span `text` at document offset `base`. */
export function findProseAttributions(text: string, base: number, isGeneric: GenericTest): Attribution[] {
  const found: Attribution[] = [];
  for (const sentence of sentencesOf(text, base)) {
    const bodies = sentenceAttribution(sentence, isGeneric);
    if (bodies && bodies.length > 0) found.push({ raw: sentence.text, items: bodies, carryOver: null, deadline: null, form: 'prose', start: sentence.start, end: sentence.end });
  }
  return found;
}
