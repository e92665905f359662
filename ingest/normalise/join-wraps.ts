/**
 * Undoing hard line wraps. Text converted from PDF breaks sentences at a fixed width (连云港's plan
 * wraps at ~28 characters, even inside 市发\n\n改委); other exports break a few long paragraphs at
 * page ends. Two lines are one paragraph unless the break is a real paragraph end.
 */
import { lineMarker } from '../text/markers.ts';

/** Display width: Chinese characters count 1, ASCII ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/**
 * The document's wrap width, if its lines were wrapped at a fixed width: most lines then have
 * (nearly) the same width, which ordinary one-paragraph-per-line text never shows.
 */
export function detectWrapWidth(lines: string[]): number | null {
  const widths = lines.filter((l) => l.length > 0 && !l.includes('\t')).map((l) => Math.round(displayWidth(l)));
  if (widths.length < 10) return null;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [mode] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] as [number, number];
  if (mode < 15 || mode > 80) return null;
  const near = widths.filter((w) => w >= mode - 3 && w <= mode + 2).length;
  return near / widths.length >= 0.4 ? mode : null;
}

const TERMINAL = /[。！？；：）)〕」』】!?;]$/;
// 状态行：（征求意见稿） on a line of its own.
const BRACKETED_LINE = /^[（(［【〔][^）)］】〕]{1,12}[）)］】〕]$/;
// A paragraph opening with its own short title: 新能源产业。… / 盐城高新技术产业开发区：…
const INLINE_TITLE = /^[^，。；：、\t]{3,24}[。：]/;

/** A heading on a line of its own (（二）战略定位), as opposed to a numbered paragraph with a body. */
function isBareHeading(text: string): boolean {
  return lineMarker(text) !== null && !text.includes('。');
}

/** Whether line `next` continues the paragraph that line `current` is part of. */
export function continuesParagraph(current: string, next: string, wrapWidth: number | null): boolean {
  if (current.length === 0 || next.length === 0) return false;
  if (current.includes('\t') || next.includes('\t')) return false;
  if (lineMarker(next) || isBareHeading(current)) return false;
  if (BRACKETED_LINE.test(next) || BRACKETED_LINE.test(current)) return false;
  if (TERMINAL.test(current)) {
    // A wrapped line may end on 。 by chance; only a full-width one can continue.
    if (INLINE_TITLE.test(next)) return false;
    return wrapWidth !== null && displayWidth(current) >= wrapWidth - 3;
  }
  if (wrapWidth !== null) return true;
  // Unwrapped documents break only long paragraphs; short unpunctuated lines are titles and labels.
  if (displayWidth(current) < 40) return false;
  return !INLINE_TITLE.test(next);
}
