/** Terminal output for the CLI: a progress bar on stderr and plain-text tables on stdout. */
import type { Counts } from '../../graph/store.ts';
import { EDGE_TYPES, LABELS } from '../../graph/schema.ts';

export class ProgressBar {
  private readonly interactive: boolean;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.interactive = Boolean(stream.isTTY);
  }

  update(done: number, total: number, label: string): void {
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label}`;
    this.drawn = true;
    if (this.interactive) this.stream.write(`\r\x1b[2K${bar}`);
    else this.stream.write(`${bar}\n`);
  }

  finish(): void {
    if (this.interactive && this.drawn) this.stream.write('\n');
  }
}

/** Width of a string in a monospace terminal: Chinese characters take two columns. */
function columns(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - columns(text)));
  return right ? fill + text : text + fill;
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => columns(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i] as number, /^\d+$/.test(c))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function countsTables(counts: Counts): string {
  const nodes = LABELS.filter((l) => counts.nodes[l]).map((l) => [l, counts.nodes[l] as number]);
  const edges = EDGE_TYPES.filter((t) => counts.edges[t]).map((t) => [t, counts.edges[t] as number]);
  const total = (rows: (string | number)[][]) => rows.reduce((s, r) => s + (r[1] as number), 0);
  return [
    table(['label', 'nodes'], [...nodes, ['total', total(nodes)]]),
    '',
    table(['type', 'edges'], [...edges, ['total', total(edges)]]),
  ].join('\n');
}
