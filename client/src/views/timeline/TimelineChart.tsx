/**
 * One scope of an indicator over time, drawn in SVG: target years across, values up, a line per city
 * and plan (the latest plan solid, earlier ones dashed), an arrow where a later plan raised or cut the
 * value for the same year; every point opens its sentence. Coordinates are percentages, so the chart
 * fits any width; years, values and cities stay HTML text around it. Every point is in the table below.
 */
import type { PlanSummary } from '../../../../server/contract.ts';
import { hrefTo, readerHref } from '../../app/links.ts';
import { formatAmount, formatNumber } from '../../format.ts';
import { scopeText } from '../../format-targets.ts';
import { formatDate } from '../../format-time.ts';
import { GroupHeading } from '../../ui/targets.tsx';
import type { TimelineLine, TimelinePanel, TimelinePoint, TimelineRevision } from './chart.ts';

/** Tableau 10: a city keeps its colour in every chart of the indicator. */
export const CITY_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const colourOf = (index: number) => CITY_COLOURS[index % CITY_COLOURS.length] as string;

const pct = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;
/** The plot inside the SVG: a margin above and below, so points on the axis ends are whole. */
const down = (y: number) => pct(0.06 + y * 0.88);
const CHANGE_NAMES = { raised: '上调', lowered: '下调' } as const;

/** A plan with its date: 《…》（2021年9月28日印发）, or （2024年起） when only its period is known. */
function planText(id: string, plans: Map<string, PlanSummary>, planDate: string | null = null): string {
  const plan = plans.get(id);
  const when = plan?.issued ? `（${formatDate(plan.issued)}印发）` : (plan?.period?.[0] ?? planDate) ? `（${plan?.period?.[0] ?? planDate?.slice(0, 4)}年起）` : '';
  return `《${plan?.title ?? id}》${when}`;
}

function Segments({ line }: { line: TimelineLine }) {
  return (
    <>
      {line.points.slice(1).map((point, i) => {
        const from = line.points[i] as TimelinePoint;
        return <line key={point.key} x1={pct(from.x)} y1={down(from.y)} x2={pct(point.x)} y2={down(point.y)} stroke={colourOf(line.colour)} class={line.latest ? 'timeline-line' : 'timeline-line timeline-earlier'} />;
      })}
    </>
  );
}

function Revision({ revision, marker }: { revision: TimelineRevision; marker: string }) {
  // Beside the two points, not under them: the arrow runs from the earlier value to the later one.
  return <line x1={pct(revision.x)} y1={down(revision.yBefore)} x2={pct(revision.x)} y2={down(revision.yAfter)} transform="translate(14 0)" class={`timeline-revision ${revision.change}`} marker-end={`url(#${marker}-${revision.change})`} />;
}

function Point({ point, line, plans }: { point: TimelinePoint; line: TimelineLine; plans: Map<string, PlanSummary> }) {
  const words = `${point.city} ${point.year}年：${point.display}${point.change ? `（${CHANGE_NAMES[point.change]}）` : ''}，${planText(point.plan.id, plans, point.planDate)}`;
  const circle = (
    <circle cx={pct(point.x)} cy={down(point.y)} r={point.change ? 6 : 5} stroke={colourOf(line.colour)} fill={line.latest ? colourOf(line.colour) : '#fff'} class="timeline-point" data-change={point.change ?? undefined}>
      <title>{words}</title>
    </circle>
  );
  return point.evidence ? (
    <a href={readerHref(point.evidence)} aria-label={`${words}。查看原文`}>
      {circle}
    </a>
  ) : (
    circle
  );
}

function Legend({ panel }: { panel: TimelinePanel }) {
  const colours = new Map(panel.lines.map((l) => [l.city, l.colour]));
  return (
    <figcaption class="timeline-legend small">
      {panel.cities.map((city) => (
        <span key={city} class="timeline-city">
          <i style={{ background: colourOf(colours.get(city) ?? 0) }} aria-hidden="true" />
          {city}
        </span>
      ))}
      <span class="muted">实线：该市最新规划 · 虚线：较早规划{panel.revisions.length > 0 ? ' · 箭头：后续规划上调 / 下调同一年的目标' : ''}</span>
      {panel.min > 0 ? <span class="muted">纵轴自 {formatNumber(panel.min)} 起</span> : null}
    </figcaption>
  );
}

function Table({ panel, plans }: { panel: TimelinePanel; plans: Map<string, PlanSummary> }) {
  const points = panel.lines.flatMap((line) => line.points).sort((a, b) => a.city.localeCompare(b.city, 'zh-CN') || a.year - b.year || (a.planDate ?? '').localeCompare(b.planDate ?? ''));
  return (
    <div class="table-scroll">
      <table class="data-table stack-table timeline-table">
        <thead>
          <tr>
            <th>城市</th>
            <th>目标年份</th>
            <th>目标值</th>
            <th>出自</th>
            <th>变化</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => {
            const revision = panel.revisions.find((r) => r.city === p.city && r.year === p.year && r.to === p.plan.id && r.after === p.value);
            return (
              <tr key={p.key} data-city={p.city} data-year={p.year} data-change={p.change ?? undefined}>
                <td data-label="城市">{p.city}</td>
                <td data-label="目标年份">{p.year}年</td>
                <td data-label="目标值" class="num">
                  {p.evidence ? <a href={readerHref(p.evidence)} class="target-link" title="查看原文">{p.display}</a> : p.display}
                  {p.targets > 1 ? <span class="muted small"> ×{p.targets}</span> : null}
                </td>
                <td data-label="出自" class="small">
                  <a href={hrefTo('reader', { plan: p.plan.id })}>{planText(p.plan.id, plans, p.planDate)}</a>
                </td>
                <td data-label="变化">
                  {revision ? (
                    <span class={`change-chip ${revision.change}`}>
                      {CHANGE_NAMES[revision.change]}：{formatAmount(revision.before, panel.unit)} → {formatAmount(revision.after, panel.unit)}
                    </span>
                  ) : (
                    <span class="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function TimelineChart({ panel, plans, index }: { panel: TimelinePanel; plans: Map<string, PlanSummary>; index: number }) {
  const marker = `timeline-arrow-${index}`;
  const span = panel.max - panel.min || 1;
  const lineOf = new Map(panel.lines.flatMap((line) => line.points.map((p) => [p.key, line] as const)));
  return (
    <section class="card timeline-card" data-panel={panel.key} aria-label={`${scopeText(panel.scope)}：各市历年目标`}>
      <GroupHeading group={panel} size={`${panel.cities.length} 个城市 · ${panel.lines.length} 份规划`} />
      {panel.revisions.length > 0 ? (
        <ul class="revision-notes">
          {panel.revisions.map((r) => (
            <li key={`${r.city}|${r.year}|${r.to}`} class={r.change}>
              {r.city} {r.year}年目标{CHANGE_NAMES[r.change]}：{formatAmount(r.before, panel.unit)} → <strong>{formatAmount(r.after, panel.unit)}</strong>
              <span class="muted small">
                （{planText(r.to, plans)}较{planText(r.from, plans)}）
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <figure class="timeline-chart">
        <div class="timeline-plot">
          <div class="timeline-yaxis" aria-hidden="true">
            {panel.ticks.map((tick) => (
              <span key={tick} style={{ top: down(1 - (tick - panel.min) / span) }}>
                {formatNumber(tick)}
              </span>
            ))}
          </div>
          <svg class="timeline-svg" width="100%" height="220" role="img" aria-label={`${scopeText(panel.scope)}：${panel.cities.join('、')}历年目标，单位${panel.unit}`}>
            <defs>
              {(['raised', 'lowered'] as const).map((change) => (
                <marker key={change} id={`${marker}-${change}`} viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse" class={`timeline-marker ${change}`}>
                  <path d="M 0 0 L 10 5 L 0 10 z" />
                </marker>
              ))}
            </defs>
            {panel.ticks.map((tick) => (
              <line key={tick} x1="0" x2="100%" y1={down(1 - (tick - panel.min) / span)} y2={down(1 - (tick - panel.min) / span)} class="chart-grid" />
            ))}
            {panel.years.map((year, i) => (
              <line key={year} x1={pct((i + 0.5) / panel.years.length)} x2={pct((i + 0.5) / panel.years.length)} y1="0" y2="100%" class="chart-grid timeline-year" />
            ))}
            {panel.lines.map((line) => (
              <Segments key={line.key} line={line} />
            ))}
            {panel.revisions.map((r) => (
              <Revision key={`${r.city}|${r.year}|${r.to}`} revision={r} marker={marker} />
            ))}
            {panel.lines.flatMap((line) => line.points).map((point) => (
              <Point key={point.key} point={point} line={lineOf.get(point.key) as TimelineLine} plans={plans} />
            ))}
          </svg>
        </div>
        <div class="timeline-xaxis" aria-hidden="true">
          {panel.years.map((year, i) => (
            <span key={year} style={{ left: pct((i + 0.5) / panel.years.length) }}>
              {year}
            </span>
          ))}
        </div>
        <Legend panel={panel} />
      </figure>
      <Table panel={panel} plans={plans} />
      {panel.unplaced.length > 0 ? <p class="muted small">另有 {panel.unplaced.length} 个目标未注明年份或数值（如“每年”），未画入图中，见目标台账。</p> : null}
    </section>
  );
}
