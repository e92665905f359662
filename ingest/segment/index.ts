/**
 * Stage 4 — segment: StructuredDocument → SegmentedDocument. Every sentence is cut into words with
 * part-of-speech tags by nodejieba, whose dictionary is extended with the lexicon (without it 海工装备
 * comes out as 海/工/装备 and 市工信局 as 市/工/信/局).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { z } from 'zod';
import type { Lexicon } from '../../lexicon/index.ts';
import { StructuredDocumentSchema, type StructuredDocument } from '../structure/schema.ts';
import { createTagLookup, weightedUserDictionary, type TagLookup } from './pos-tags.ts';

export const TokenSchema = z.object({
  word: z.string(),
  tag: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Token = z.infer<typeof TokenSchema>;

export const SegmentedDocumentSchema = z.object({
  structured: StructuredDocumentSchema,
  /** tokens[i] are the words of sentences[i], with normalised offsets. */
  tokens: z.array(z.array(TokenSchema)),
});
export type SegmentedDocument = z.infer<typeof SegmentedDocumentSchema>;

export interface Segmenter {
  /** Words (with HMM for unknown words), in order, covering the text. */
  cut(text: string): string[];
  /** The part-of-speech tag of a word. */
  tagOf(word: string): string;
  /** Words with part-of-speech tags. */
  tag(text: string): { word: string; tag: string }[];
}

let loadedDictionary: string | null = null;
let tagLookup: TagLookup | null = null;

/**
 * The segmenter for this lexicon. nodejieba holds one dictionary per process, so the user
 * dictionary is written to a file named by its content hash and loaded only when it changes.
 */
export function createSegmenter(lexicon: Lexicon): Segmenter {
  const lines = weightedUserDictionary(lexicon.userDictionary()).join('\n');
  const hash = createHash('sha256').update(lines).digest('hex').slice(0, 16);
  if (loadedDictionary !== hash) {
    const file = path.join(os.tmpdir(), `policy-kg-user-dict-${hash}.utf8`);
    if (!fs.existsSync(file)) {
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, `${lines}\n`);
      fs.renameSync(temporary, file);
    }
    nodejieba.load({ userDict: file });
    loadedDictionary = hash;
    tagLookup = createTagLookup(lexicon.userDictionary());
  }
  const lookup = tagLookup as TagLookup;
  // cut with HMM gives exactly nodejieba.tag's words; the tags come from the same dictionaries.
  return { cut: (text) => nodejieba.cut(text, true), tagOf: lookup, tag: (text) => nodejieba.cut(text, true).map((word) => ({ word, tag: lookup(word) })) };
}

/** Words of `text` located at `offset`; words that do not reassemble the text are re-found by search. */
export function locateWords(words: { word: string; tag: string }[], text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    let at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) at = cursor;
    tokens.push({ word, tag, start: offset + at, end: offset + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/** Tagged words of `text` at `offset`. The words normally cover the text exactly, so offsets are running sums. */
export function tokenize(segmenter: Segmenter, text: string, offset: number): Token[] {
  const words = segmenter.cut(text);
  const tokens: Token[] = new Array(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    if (text.startsWith(word, at) === false) return locateWords(words.map((w) => ({ word: w, tag: segmenter.tagOf(w) })), text, offset);
    tokens[i] = { word, tag: segmenter.tagOf(word), start: offset + at, end: offset + at + word.length };
    at += word.length;
  }
  return tokens;
}

export function segment(document: StructuredDocument, segmenter: Segmenter): SegmentedDocument {
  return { structured: document, tokens: document.sentences.map((sentence) => tokenize(segmenter, sentence.text, sentence.start)) };
}
