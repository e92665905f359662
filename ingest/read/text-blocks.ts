/**
 * The text shape every reader produces, the same as the .txt seeds: blocks separated by a blank line;
 * a table is rows of tab-indented cells, one per line, with a blank line between rows.
 */

/**
 * Joins pieces of one paragraph or cell: Chinese needs no space, two Latin words do. Digits meeting
 * digits are one number that a narrow cell wrapped (20|24), so they join without one.
 */
export function joinPieces(pieces: string[]): string {
  let out = '';
  for (const piece of pieces) {
    const latinBefore = /[A-Za-z0-9]$/.test(out);
    const latinAfter = /^[A-Za-z0-9]/.test(piece);
    if (latinBefore && latinAfter && !(/\d$/.test(out) && /^\d/.test(piece))) out += ' ';
    out += piece;
  }
  return out;
}

/** Cell text may not contain a line break or tab: either would split the cell in two. */
function cellText(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ').trim();
}

export function renderTable(rows: string[][]): string {
  return rows
    .filter((row) => row.length > 0)
    .map((row) => row.map((cell) => `\t${cellText(cell)}`).join('\n'))
    .join('\n\n');
}

export function renderBlocks(blocks: string[]): string {
  const kept = blocks.filter((b) => b.length > 0);
  return kept.length > 0 ? `${kept.join('\n\n')}\n` : '';
}
