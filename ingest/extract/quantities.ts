/**
 * Quantities in a sentence: a number (or 千亿/万亿), an optional range, a unit from the lexicon, and
 * the qualifier words around it (超6000亿元, 达2.85%左右, 不少于30项, 过万亿).
 */

export interface Quantity {
  value: number;
  /** Upper bound of a range (15-20家). */
  upper: number | null;
  unit: string;
  /** Qualifier printed right before the number (超, 达到, 不少于), if any. */
  before: string | null;
  /** Qualifier printed right after the unit (以上, 左右). */
  after: string | null;
  /** Offsets within the scanned text: the number (with its qualifiers) and where the unit ends. */
  start: number;
  end: number;
  numberStart: number;
}

const MAGNITUDE: Record<string, number> = { 百亿: 100, 千亿: 1000, 万亿: 10000 };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface QuantityVocabulary {
  units: string[];
  before: string[];
  after: string[];
}

export function quantityPattern(vocabulary: QuantityVocabulary): RegExp {
  const units = [...vocabulary.units].sort((a, b) => b.length - a.length).map(escape).join('|');
  const after = [...vocabulary.after].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(
    `(\\d+(?:\\.\\d+)?)(?:\\s*[-~—－～至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${units})?(${after})?|(百亿|千亿|万亿)(元)?`,
    'gu',
  );
}

/** Whether a number is part of an identifier or date rather than a quantity (2028年, 5G, “3410”, 第3). */
function isIdentifier(text: string, start: number, end: number, unit: string | undefined): boolean {
  const next = text[end] ?? '';
  const previous = text[start - 1] ?? '';
  if (unit) return previous === '第' || /[A-Za-z]/.test(previous);
  if (/[年月日号时期届次级批GgKkMmnN+:：.％]/.test(next) || /[A-Za-z+第]/.test(previous)) return true;
  return false;
}

function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open >= 0 && text.lastIndexOf('”', at) < open;
}

export function findQuantities(text: string, pattern: RegExp, vocabulary: QuantityVocabulary): Quantity[] {
  if (!/[0-9百千万]/.test(text)) return [];
  const before = [...vocabulary.before].sort((a, b) => b.length - a.length);
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(pattern)) {
    const at = match.index as number;
    const end = at + match[0].length;
    let value: number;
    let unit: string;
    const preceding = text.slice(Math.max(0, at - 6), at);
    const qualifier = before.find((q) => preceding.endsWith(q)) ?? null;
    if (match[5]) {
      // 过万亿 / 超千亿元 state an amount; a bare 百亿、千亿企业 only grades the enterprises.
      if (!qualifier) continue;
      value = MAGNITUDE[match[5]] as number;
      unit = '亿元';
    } else {
      if (isIdentifier(text, at, end, match[3]) || insideQuotes(text, at)) continue;
      value = Number(match[1]);
      unit = match[3] ?? '';
    }
    quantities.push({
      value,
      upper: match[2] ? Number(match[2]) : null,
      unit,
      before: qualifier,
      after: match[4] ?? null,
      start: qualifier ? at - qualifier.length : at,
      end,
      numberStart: at,
    });
  }
  return quantities;
}
