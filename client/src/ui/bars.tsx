/** Bars: a value against a maximum, and a department's tasks split by role. */
import type { ComponentChildren } from 'preact';
import type { DepartmentSummary } from '../../../server/contract.ts';
import { formatNumber, ROLE_NAMES, ROLE_ORDER, type Role } from '../format.ts';

export type RoleCounts = DepartmentSummary['tasks'];

export function roleValues(counts: RoleCounts): Record<Role, number> {
  return { lead: counts.led, responsible: counts.responsible, cooperating: counts.cooperating, joint: counts.joint, implicit: counts.implicit };
}

export const totalTasks = (counts: RoleCounts) => counts.led + counts.responsible + counts.cooperating + counts.joint + counts.implicit;

export function Bar({ value, max, color, text, label }: { value: number; max: number; color?: string; text?: string; label?: string }) {
  const width = max > 0 ? Math.max(2, (value / max) * 100) : 0;
  return (
    <div class="bar" {...(label ? { 'aria-label': label, role: 'img' } : {})}>
      <span class="bar-fill" style={{ width: `${width}%`, ...(color ? { backgroundColor: color } : {}) }} />
      <span class="bar-value">{text ?? formatNumber(value)}</span>
    </div>
  );
}

/** A stacked bar of role counts (牵头 / 负责 / 共同 / 承接). */
export function RoleBar({ counts, max }: { counts: RoleCounts; max: number }) {
  const values = roleValues(counts);
  const label = ROLE_ORDER.map((r) => `${ROLE_NAMES[r]} ${values[r]}`).join('，');
  return (
    <div class="role-bar" role="img" aria-label={label} title={label}>
      {ROLE_ORDER.filter((r) => values[r] > 0).map((r) => (
        <span key={r} class={`seg role-${r}`} style={{ width: `${(values[r] / Math.max(1, max)) * 100}%` }} />
      ))}
      {totalTasks(counts) === 0 ? <span class="role-bar-empty">无</span> : null}
    </div>
  );
}

export function RoleLegend() {
  return (
    <div class="legend-inline" aria-label="角色图例">
      {ROLE_ORDER.map((r) => (
        <span key={r} class="legend-item">
          <span class={`swatch role-${r}`} />
          {ROLE_NAMES[r]}
        </span>
      ))}
    </div>
  );
}

export function RoleBadge({ role }: { role: Role }) {
  return <span class={`role role-${role}`}>{ROLE_NAMES[role]}</span>;
}

export interface RoleBarRow {
  key: string;
  label: ComponentChildren;
  counts: RoleCounts;
}

/** Rows of name, role bar and total, the bars against the largest total. */
export function RoleBarChart({ rows }: { rows: RoleBarRow[] }) {
  const max = Math.max(1, ...rows.map((r) => totalTasks(r.counts)));
  return (
    <div class="hbar-chart">
      {rows.map((row) => (
        <div key={row.key} class="hbar-row">
          {row.label}
          <RoleBar counts={row.counts} max={max} />
          <span class="small muted num">{formatNumber(totalTasks(row.counts))} 项</span>
        </div>
      ))}
    </div>
  );
}
