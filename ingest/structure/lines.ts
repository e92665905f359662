/** The normalised text as lines with their offsets; blank lines are kept as separators. */

export interface TextLine {
  index: number;
  text: string;
  start: number;
  end: number;
}

export function splitTextLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ index: lines.length, text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

export function isTableLine(line: TextLine): boolean {
  return line.text.includes('\t');
}
