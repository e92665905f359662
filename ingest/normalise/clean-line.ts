/**
 * Cleaning inside one line: Word debris and markdown bold removed, stray spaces between Chinese
 * characters dropped, full/half-width forms unified for matching. Every kept character remembers its
 * original position.
 */

export interface CleanLine {
  text: string;
  /** Original index of each character of `text`; null when the line is kept exactly as it was. */
  origins: number[] | null;
  /** Original index of the line's first character and of its terminating line break. */
  start: number;
  end: number;
}

// [bookmark: OLE_LINK1] and friends from Word → text converters; **bold** from Markdown exports.
const DEBRIS = [/\[bookmark:[^\]\n]*\]/gi, /\*\*/g, /\{\s*(?:PAGE|NUMPAGES)[^}]*\}/gi, /[\u200b-\u200f\ufeff]/g];

const SPACE = /[ \u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’—…·]/;
const ASCII_WORD = /[A-Za-z0-9%.+\-/_]/;

const TO_WIDE: Record<string, string> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

function isWide(ch: string | undefined): boolean {
  return ch !== undefined && WIDE.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Full-width digits and letters become ASCII (２０２５ → 2025); other characters pass through. */
function narrow(ch: string): string {
  const code = ch.charCodeAt(0);
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || code === 0xff05) {
    return String.fromCharCode(code - 0xfee0);
  }
  return ch;
}

// Anything cleaning may touch: debris openers, spaces, ASCII punctuation, full-width forms, zero-width marks.
const NEEDS_CLEANING = /[[*{\u200b-\u200f\ufeff \u00a0\u2000-\u200a\u202f\u205f\u3000(),;:?!．\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

export function cleanLine(original: string, start: number, end: number): CleanLine {
  const line = original.slice(start, end);
  if (!NEEDS_CLEANING.test(line)) return { text: line, origins: null, start, end };
  const deleted = new Uint8Array(line.length);
  for (const pattern of DEBRIS) {
    for (const match of line.matchAll(pattern)) deleted.fill(1, match.index, match.index + match[0].length);
  }
  const chars: string[] = [];
  const origins: number[] = [];
  for (let i = 0; i < line.length; i += 1) {
    if (deleted[i]) continue;
    chars.push(narrow(line[i] as string));
    origins.push(start + i);
  }

  const keptChars: string[] = [];
  const keptOrigins: number[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    if (SPACE.test(ch)) {
      let j = i;
      while (j < chars.length && SPACE.test(chars[j] as string)) j += 1;
      const before = keptChars[keptChars.length - 1];
      const after = chars[j];
      // Keep one space only between two Latin words or numbers (“IV 测试仪” loses it, “5G A” keeps it).
      if (before !== undefined && after !== undefined && after !== '\t' && ASCII_WORD.test(before) && ASCII_WORD.test(after)) {
        keptChars.push(' ');
        keptOrigins.push(origins[i] as number);
      }
      i = j - 1;
      continue;
    }
    keptChars.push(ch);
    keptOrigins.push(origins[i] as number);
  }

  for (let i = 0; i < keptChars.length; i += 1) {
    const ch = keptChars[i] as string;
    const before = keptChars[i - 1];
    const after = keptChars[i + 1];
    const wide = TO_WIDE[ch];
    if (wide && (isWide(before) || isWide(after)) && !(isDigit(before) && isDigit(after))) keptChars[i] = wide;
    else if (ch === '．' && isDigit(before) && isDigit(after)) keptChars[i] = '.';
  }
  return { text: keptChars.join(''), origins: keptOrigins, start, end };
}

const PAGE_NUMBER = [
  /^[-—–－─]{1,3}\s*\d{1,4}\s*[-—–－─]{1,3}$/,
  /^第\d{1,4}页(共\d{1,4}页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(PAGE|NUMPAGES)(\s.*)?$/i,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/** A table-of-contents entry: a heading followed by dot leaders and a page number. */
export function isTableOfContentsEntry(text: string): boolean {
  return /(\.{3,}|…{2,}|·{3,}|．{3,})\s*\d{1,4}$/.test(text);
}

export function isTableOfContentsHeading(text: string): boolean {
  return /^目\s*录$/.test(text);
}
