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

export function createTagLookup(userDictionary: string[]): TagLookup {
  const tags = new Map<string, string>();
  for (const line of fs.readFileSync((nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT, 'utf8').split('\n')) {
    const parts = line.split(' ');
    if (parts.length >= 3 && parts[2]) tags.set(parts[0] as string, (parts[2] as string).trim());
  }
  for (const line of userDictionary) {
    const parts = line.split(' ');
    const tag = parts[parts.length - 1];
    if (parts.length >= 2 && tag) tags.set(parts[0] as string, tag);
  }
  return (word) => tags.get(word) ?? specialRule(word);
}
