/**
 * Part-of-speech tags as cppjieba's PosTagger assigns them: the tag of the word in the dictionary
 * (user dictionary first), or for an unknown word `m` (digits), `eng` (Latin) or `x`. Doing the lookup
 * here instead of calling nodejieba.tag avoids building a {word, tag} object per word across N-API,
 * which made tagging cost twice as much as cutting; the tags are the same (see the segment tests).
 */
import fs from 'node:fs';
import nodejieba from 'nodejieba';

export type TagLookup = (word: string) => string;

/** cppjieba's SpecialRule, including its early stop after half the characters. */
export function specialRule(word: string): string {
  const runes = [...word];
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < runes.length && ascii < Math.floor(runes.length / 2); i += 1) {
    const code = (runes[i] as string).codePointAt(0) as number;
    if (code < 0x80) {
      ascii += 1;
      if (code >= 0x30 && code <= 0x39) digits += 1;
    }
  }
  if (ascii === 0) return 'x';
  if (digits === ascii) return 'm';
  return 'eng';
}

interface JiebaDictionary {
  /** word → [frequency, tag] */
  entries: Map<string, [number, string]>;
  /** The frequency cppjieba gives a user word printed without one (WordWeightMedian). */
  median: number;
}

let jiebaDictionary: JiebaDictionary | null = null;

/** nodejieba's own dictionary (`word frequency tag` a line), read once. */
function readJiebaDictionary(): JiebaDictionary {
  if (jiebaDictionary) return jiebaDictionary;
  const entries = new Map<string, [number, string]>();
  for (const line of fs.readFileSync((nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT, 'utf8').split('\n')) {
    const parts = line.split(' ');
    if (parts.length >= 3 && parts[2]) entries.set(parts[0] as string, [Number(parts[1]), (parts[2] as string).trim()]);
  }
  const frequencies = [...entries.values()].map(([frequency]) => frequency).sort((a, b) => a - b);
  jiebaDictionary = { entries, median: frequencies[Math.floor(frequencies.length / 2)] ?? 0 };
  return jiebaDictionary;
}

/**
 * User dictionary lines (`word tag`) as nodejieba loads them. A user word printed without a
 * frequency gets the median one, so a place nodejieba already knows as common (上海) would lose to
 * its neighbours (上/海科/创 in 上海科创成果转化基地): a place name keeps nodejieba's frequency where
 * that is higher, with the lexicon's tag. (Places come from the gazetteer by the thousand; the other
 * words are the lexicon's own and keep the weight they were tuned with.)
 */
export function weightedUserDictionary(userDictionary: string[]): string[] {
  const { entries, median } = readJiebaDictionary();
  return userDictionary.map((line) => {
    const [word, tag] = line.split(' ');
    const frequency = entries.get(word as string)?.[0] ?? 0;
    return frequency > median && tag === 'ns' ? `${word} ${frequency} ${tag}` : line;
  });
}

export function createTagLookup(userDictionary: string[]): TagLookup {
  const tags = new Map<string, string>();
  for (const [word, [, tag]] of readJiebaDictionary().entries) tags.set(word, tag);
  for (const line of userDictionary) {
    const parts = line.split(' ');
    const tag = parts[parts.length - 1];
    if (parts.length >= 2 && tag) tags.set(parts[0] as string, tag);
  }
  return (word) => tags.get(word) ?? specialRule(word);
}
