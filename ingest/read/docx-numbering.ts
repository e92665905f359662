/**
 * Word's automatic numbering. A heading numbered by a list (一、 （二） 3.) has no number in its text;
 * Word draws it from numbering.xml, so without this the pipeline would see 总体要求 instead of
 * 一、总体要求 and lose the plan's structure. Covers the formats Chinese documents use; bullets and
 * formats we do not know produce no label.
 */
import type { NumberingLabeller, ParagraphProps } from './docx-body.ts';
import { xmlTokens } from './xml-tokens.ts';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumDefinition {
  abstractId: string;
  starts: Map<number, number>;
}

interface StyleNumbering {
  basedOn: string | null;
  numId: string | null;
  level: number | null;
}

const DIGITS = '〇一二三四五六七八九';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function chineseNumber(n: number, digits = DIGITS, ten = '十'): string {
  if (n <= 0 || n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tenPart = tens === 0 ? '' : `${tens === 1 ? '' : digits[tens]}${ten}`;
  return `${tenPart}${ones === 0 ? '' : digits[ones]}`;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'chineseCounting': case 'chineseCountingThousand': case 'taiwaneseCounting': case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'chineseLegalSimplified': return chineseNumber(n, LEGAL_DIGITS, '拾');
    case 'ideographDigital': case 'taiwaneseDigital': return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
    case 'ideographTraditional': return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2': return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'upperLetter': return letters(n);
    case 'lowerLetter': return letters(n).toLowerCase();
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    default: return '';
  }
}

interface Definitions {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, NumDefinition>;
}

function parseNumbering(xml: string): Definitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, NumDefinition>();
  let levels: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: NumDefinition | null = null;
  let overrideLevel = 0;
  for (const token of xmlTokens(xml)) {
    if (token.kind !== 'open') continue;
    const { name, attrs } = token;
    const val = attrs['w:val'];
    if (name === 'w:abstractNum') abstracts.set(attrs['w:abstractNumId'] ?? '', (levels = new Map()));
    else if (name === 'w:lvl' && levels && !num) levels.set(Number(attrs['w:ilvl'] ?? 0), (level = { start: 1, format: 'decimal', text: '' }));
    else if (name === 'w:start' && level && !num) level.start = Number(val ?? 1);
    else if (name === 'w:numFmt' && level && !num) level.format = val ?? 'decimal';
    else if (name === 'w:lvlText' && level && !num) level.text = val ?? '';
    else if (name === 'w:num') nums.set(attrs['w:numId'] ?? '', (num = { abstractId: '', starts: new Map() }));
    else if (name === 'w:abstractNumId' && num) num.abstractId = val ?? '';
    else if (name === 'w:lvlOverride') overrideLevel = Number(attrs['w:ilvl'] ?? 0);
    else if (name === 'w:startOverride' && num) num.starts.set(overrideLevel, Number(val ?? 1));
  }
  return { abstracts, nums };
}

function parseStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let style: StyleNumbering | null = null;
  for (const token of xmlTokens(xml)) {
    if (token.kind !== 'open') continue;
    const val = token.attrs['w:val'] ?? null;
    if (token.name === 'w:style') styles.set(token.attrs['w:styleId'] ?? '', (style = { basedOn: null, numId: null, level: null }));
    else if (!style) continue;
    else if (token.name === 'w:basedOn') style.basedOn = val;
    else if (token.name === 'w:numId') style.numId = val;
    else if (token.name === 'w:ilvl') style.level = Number(val ?? 0);
  }
  return styles;
}

/** A paragraph's own numbering, or else the one its style (or the style it is based on) carries. */
function effectiveNumbering(props: ParagraphProps, styles: Map<string, StyleNumbering>): { numId: string; level: number } | null {
  let numId = props.numId;
  let level = props.level;
  const seen = new Set<string>();
  for (let id = props.styleId; id && !seen.has(id) && (numId === null || level === null); ) {
    seen.add(id);
    const style = styles.get(id);
    numId ??= style?.numId ?? null;
    level ??= style?.level ?? null;
    id = style?.basedOn ?? null;
  }
  return numId && numId !== '0' ? { numId, level: level ?? 0 } : null;
}

/** Counts paragraphs through each list the way Word does and returns each paragraph's label. */
export function numberingLabeller(numberingXml: string | null, stylesXml: string | null): NumberingLabeller {
  if (!numberingXml) return () => '';
  const { abstracts, nums } = parseNumbering(numberingXml);
  const styles = stylesXml ? parseStyles(stylesXml) : new Map<string, StyleNumbering>();
  const counters = new Map<string, number[]>();
  return (props) => {
    const numbering = effectiveNumbering(props, styles);
    const num = numbering ? nums.get(numbering.numId) : undefined;
    const levels = num ? abstracts.get(num.abstractId) : undefined;
    if (!numbering || !num || !levels?.get(numbering.level)) return '';
    // Lists sharing an abstract definition continue each other unless one restarts with an override.
    const key = num.starts.size > 0 ? `num:${numbering.numId}` : `abstract:${num.abstractId}`;
    const counts = counters.get(key) ?? [];
    counters.set(key, counts);
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[numbering.level] = (counts[numbering.level] ?? startOf(numbering.level) - 1) + 1;
    counts.length = numbering.level + 1;
    const level = levels.get(numbering.level) as Level;
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      return formatNumber(counts[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
    });
  };
}
