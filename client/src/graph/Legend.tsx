/**
 * The legend: shape, name and count per label — with `onToggle`, each entry is a filter button — and
 * the line styles a view uses. It sits below the canvas, never over a node.
 */
import type { Label } from '../../../server/contract.ts';
import { formatNumber } from '../format.ts';
import { dashOf, shapePath, type LineStyle } from './shapes.ts';
import { LABEL_STYLES } from './style.ts';

export interface LegendEntry {
  label: Label;
  name: string;
  count: number;
}

export interface LineEntry {
  style: LineStyle;
  color: string;
  name: string;
  /** Not in the current picture: shown greyed. */
  absent?: boolean;
}

export function ShapeIcon({ label }: { label: Label }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" class="shape-icon">
      <path d={shapePath(label)} fill={LABEL_STYLES[label].color} stroke="#ffffff" stroke-width="0.8" />
    </svg>
  );
}

export function LineIcon({ style, color }: { style: LineStyle; color: string }) {
  const dash = dashOf(style);
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" class="line-icon">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} stroke-width="2.4" stroke-linecap="round" {...(dash ? { 'stroke-dasharray': dash } : {})} />
    </svg>
  );
}

export function Legend({ entries, lines = [], hidden, onToggle, title = '图例' }: { entries: LegendEntry[]; lines?: LineEntry[]; hidden?: ReadonlySet<Label>; onToggle?: (label: Label) => void; title?: string }) {
  return (
    <div class="graph-legend" role="group" aria-label={title}>
      <div class="legend">
        {entries.map((entry) => {
          const content = [<ShapeIcon key="i" label={entry.label} />, <span key="n" class="legend-name">{entry.name}</span>, <span key="c" class="legend-count">{formatNumber(entry.count)}</span>];
          if (!onToggle) return <span key={entry.label} class="legend-item">{content}</span>;
          const off = hidden?.has(entry.label) ?? false;
          return (
            <button key={entry.label} type="button" class={`legend-item${off ? ' off' : ''}`} aria-pressed={off ? 'false' : 'true'} title={off ? `显示${entry.name}` : `隐藏${entry.name}`} data-label={entry.label} onClick={() => onToggle(entry.label)}>
              {content}
            </button>
          );
        })}
      </div>
      {lines.length > 0 ? (
        <div class="line-legend" aria-label="连线样式">
          {lines.map((line) => (
            <span key={line.name} class={line.absent ? 'muted' : ''}>
              <LineIcon style={line.style} color={line.color} />
              {line.name}
            </span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
