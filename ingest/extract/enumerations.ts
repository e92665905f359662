/**
 * Lists closed by 等 and a head noun — the commonest way a plan names enterprises and platforms it has
 * never introduced: `依托天合光能、阿特斯、润阳光伏等龙头企业`, `锡连、江灌、惠榆等共建园区`,
 * `涌现出了科行环保、富乐德等一批拥有自主知识产权的创新型企业`. The head says what the items are;
 * the items are the pieces between the clause start and 等, split at 、 and at a conjunction.
 */
import type { TermMatcher } from '../../core/term-matcher.ts';
import type { Token } from '../segment/index.ts';
import { matcherOf } from './name-evidence.ts';

export interface ListItem {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
}

export interface HeadedList {
  items: ListItem[];
  /** The head noun as printed (龙头企业, 共建园区) and where it ends, relative to the sentence. */
  head: string;
  headEnd: number;
  /** What stands between 等 and the head, after any relative clause ending in 的 (一批, 动力电池). */
  modifiers: string;
}

const CLAUSE_BREAK = /[，。；：！？,;:（）()]/;
const QUANTITY = /^(?:一批|一系列|若干|多家|\d+家|[一二三四五六七八九十两几]+家)/;
// Words a noun phrase continues with: another noun (企业特色产业集群 is a cluster, not companies). A
// verbal noun after the head is its predicate (等研发机构发展…).
const NOUN_TAGS = /^(n|an|ng|b)/;
const HEAD_FOLLOWER = /^[为的和与及等在将从向对]/;

/** The clause before `at`: from after the last clause break (or the sentence start). */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) if (CLAUSE_BREAK.test(text[i] as string)) return i + 1;
  return 0;
}

/** Splits a list at 、 and at a conjunction the segmenter tags as one (东诚药业和荣昌生物). */
function splitItems(text: string, from: number, to: number, tokens: Token[], offset: number): ListItem[] {
  const cuts: { at: number; width: number }[] = [];
  for (let i = from; i < to; i += 1) if (text[i] === '、') cuts.push({ at: i, width: 1 });
  tokens.forEach((token, i) => {
    const at = token.start - offset;
    // Words of their own on both sides: 天/和/机械 is one name the segmenter cut up.
    const joins = (tokens[i - 1]?.word.length ?? 0) >= 2 && (tokens[i + 1]?.word.length ?? 0) >= 2;
    if (at > from && token.end - offset < to && token.tag === 'c' && /^(和|及|与|以及)$/.test(token.word) && joins) cuts.push({ at, width: token.word.length });
  });
  cuts.sort((a, b) => a.at - b.at);
  const items: ListItem[] = [];
  let start = from;
  for (const cut of [...cuts, { at: to, width: 0 }]) {
    if (cut.at > start) items.push({ start, end: cut.at, text: text.slice(start, cut.at) });
    start = cut.at + cut.width;
  }
  return items;
}

/**
 * Lists in a sentence whose head is one of `heads`: `等企业加快…` is one, `等争创省级以上中小企业特色
 * 产业集群` is not (a verb after 等). `isVerb` vetoes a head reached through a verb; with
 * `headEndsPhrase` the head must also end its noun phrase (等共建园区载体: the head is 载体), and a
 * conjunction before the head (等网络化方式和社会企业渠道) says the head belongs to another phrase.
 */
export function headedLists(text: string, tokens: Token[], offset: number, heads: string[], isVerb: (phrase: string) => boolean, headEndsPhrase = true): HeadedList[] {
  const lists: HeadedList[] = [];
  if (!text.includes('等')) return lists;
  const byLength = matcherOf(heads);
  const tagAt = new Map(tokens.map((t) => [t.start, t.tag]));
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    const after = text.slice(at + 1);
    const clauseEnd = after.search(CLAUSE_BREAK);
    const phrase = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
    const modifiersBefore = (index: number) => {
      const relative = phrase.lastIndexOf('的', index);
      return phrase.slice(relative >= 0 ? relative + 1 : 0, index).replace(QUANTITY, '');
    };
    const ending = findHead(phrase, byLength, (end) => tagAt.get(offset + at + 1 + end));
    const first = headEndsPhrase ? null : findHead(phrase, byLength, () => null);
    const found = ending ?? (first && !/[和及与、]/.test(modifiersBefore(first.index)) ? first : null);
    if (!found) continue;
    const modifiers = modifiersBefore(found.index);
    // 长三角、珠三角等地区的龙头企业: a short phrase before 的 says what the listed items are (地区).
    const relative = phrase.lastIndexOf('的', found.index);
    const counted = QUANTITY.exec(phrase)?.[0].length ?? 0;
    if (relative > counted && relative - counted <= 4 && !/[、，]/.test(phrase.slice(0, relative))) continue;
    // 依托高校、科研院所等创新主体和企业: the head is one of two phrases, and the list belongs to the other.
    if (isVerb(modifiers) || /(和|及|与)$/.test(modifiers)) continue;
    const from = clauseStart(text, at);
    const items = splitItems(text, from, at, tokens, offset).filter((item) => item.text.length > 0);
    if (items.length > 0) lists.push({ items, head: found.head, headEnd: at + 1 + found.index + found.head.length, modifiers });
  }
  return lists;
}


/**
 * The first head in `phrase` that ends the noun phrase; `tagAfter` gives the tag of the word starting
 * at an offset (undefined when the offset cuts through a word), null meaning anything may follow.
 */
function findHead(phrase: string, heads: TermMatcher<true>, tagAfter: (end: number) => string | null | undefined): { head: string; index: number } | null {
  for (let i = 0; i < phrase.length; i += 1) {
    const head = heads.matchesAt(phrase, i).at(-1)?.term;
    if (!head) continue;
    const end = i + head.length;
    const tag = end < phrase.length ? tagAfter(end) : null;
    if (tag !== null) {
      // The segmenter may glue a particle to the head (园为, 企业在); a noun after it continues the phrase.
      if (tag === undefined ? !HEAD_FOLLOWER.test(phrase.slice(end)) : NOUN_TAGS.test(tag)) continue;
    }
    return { head, index: i };
  }
  return null;
}
