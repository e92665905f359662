/**
 * The numbering and labels Chinese government documents put at the start of a line. Shared by
 * normalise (a marked line never continues the previous one) and structure (the heading tree).
 */

export type MarkerKind = 'chapter' | 'cn-number' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'column' | 'annex' | 'table' | 'note' | 'dash';

export interface LineMarker {
  kind: MarkerKind;
  /** The marker as printed, e.g. `一、`, `（一）`, `1．`, `专栏 1：`. */
  raw: string;
  /** The number as printed without its punctuation where the document's convention allows (`1`, `（一）`). */
  number: string;
}

const PATTERNS: { kind: MarkerKind; pattern: RegExp; number: (m: RegExpExecArray) => string }[] = [
  { kind: 'chapter', pattern: /^第([一二三四五六七八九十百]+)([章节篇]|部分)/, number: (m) => m[0] },
  { kind: 'cn-number', pattern: /^([一二三四五六七八九十]{1,3})、/, number: (m) => `${m[1]}、` },
  { kind: 'cn-paren', pattern: /^[（(]([一二三四五六七八九十]{1,3})[）)]/, number: (m) => `（${m[1]}）` },
  { kind: 'arabic-paren', pattern: /^[（(](\d{1,3})[）)]/, number: (m) => `（${m[1]}）` },
  { kind: 'arabic', pattern: /^(\d{1,3})\s*[．.、](?![\d.．])\s*/, number: (m) => m[1] as string },
  { kind: 'circled', pattern: /^([①-⑳])/, number: (m) => m[1] as string },
  { kind: 'column', pattern: /^专栏\s*(\d{0,3})\s*[：:]?\s*/, number: (m) => `专栏${m[1] ?? ''}` },
  { kind: 'annex', pattern: /^附\s*(?:件|表)\s*(\d{0,3})\s*[：:]?\s*/, number: (m) => `附件${m[1] ?? ''}` },
  { kind: 'table', pattern: /^表\s*(\d{1,3})\s*[：:]\s*/, number: (m) => `表${m[1]}` },
  { kind: 'note', pattern: /^(?:备注|注)\s*[：:]\s*/, number: () => '备注' },
  { kind: 'dash', pattern: /^——(?!—)/, number: () => '——' },
];

export function lineMarker(text: string): LineMarker | null {
  for (const { kind, pattern, number } of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return { kind, raw: match[0], number: number(match) };
  }
  return null;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23. */
export function chineseNumeralValue(text: string): number | null {
  if (/^[一二三四五六七八九]$/.test(text)) return CN_DIGITS[text] as number;
  const match = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (match) return (match[1] ? (CN_DIGITS[match[1]] as number) : 1) * 10 + (match[2] ? (CN_DIGITS[match[2]] as number) : 0);
  return null;
}
