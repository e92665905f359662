/**
 * Titles as printed in different places of one document compare equal once spacing, 《》, quotes,
 * brackets and dashes are set aside: 《某某行动计划(2023-2025年)》 in the notice is the line
 * 某某行动计划（2023—2025年） that starts the plan.
 */
const DASHES = /[-—–－~～‐]/g;

export function comparableTitle(text: string): string {
  return text
    .replace(/[《》\s“”"]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(DASHES, '-');
}
