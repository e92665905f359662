/**
 * Escaping for the formats policy-kg writes for other tools — XML (GraphML) and CSV — shared by the
 * server's whole-graph export and the web client's export of what a view shows.
 */

/** Text as XML character data or attribute value: characters XML 1.0 cannot carry are dropped, the rest escaped. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with a BOM, so Excel reads the UTF-8 (Chinese) correctly. */
export function csvTable(rows: readonly (readonly unknown[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface GraphMlKeys {
  node: readonly string[];
  edge: readonly string[];
}

/** A directed GraphML document of string attributes (Gephi, Cytoscape desktop, yEd). */
export function graphMl(
  keys: GraphMlKeys,
  nodes: Iterable<{ id: string; values: Record<string, string> }>,
  edges: Iterable<{ id: string; source: string; target: string; values: Record<string, string> }>,
  graphId = 'policy-kg',
): string {
  const data = (prefix: string, names: readonly string[], values: Record<string, string>) => names.map((k) => `<data key="${prefix}_${k}">${xmlText(values[k] ?? '')}</data>`).join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.node.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...keys.edge.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    `  <graph id="${xmlText(graphId)}" edgedefault="directed">`,
  ];
  for (const node of nodes) lines.push(`    <node id="${xmlText(node.id)}">${data('n', keys.node, node.values)}</node>`);
  for (const edge of edges) lines.push(`    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">${data('e', keys.edge, edge.values)}</edge>`);
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
