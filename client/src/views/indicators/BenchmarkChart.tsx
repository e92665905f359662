/**
 * A group's values as bars, drawn in SVG: one row per city and value, each row a link to the sentence
 * that sets it. A bar whose year differs from the group's is drawn hatched-light with a dashed edge and
 * says so in words; an implied year is marked. Widths are percentages, so the chart fits any screen.
 */
import type { BenchmarkGroup } from '../../../../server/contract.ts';
import { readerHref } from '../../app/links.ts';
import { formatNumber, shortCity } from '../../format.ts';
import { TARGET_FLAG_NAMES, targetYearText } from '../../format-targets.ts';
import { FlagChips } from '../../ui/targets.tsx';
import { chartOf, type Chart, type ChartBar } from './chart.ts';

const pct = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

function Grid({ chart }: { chart: Chart }) {
  return (
    <>
      {chart.ticks.map((tick) => (
        <line key={tick} x1={pct((tick - chart.min) / (chart.max - chart.min || 1))} x2={pct((tick - chart.min) / (chart.max - chart.min || 1))} y1="0" y2="100%" class="chart-grid" />
      ))}
    </>
  );
}

function BarRow({ bar, chart, first }: { bar: ChartBar; chart: Chart; first: boolean }) {
  const differs = bar.flags.includes('year-differs');
  const words = [bar.display, targetYearText(bar), ...bar.flags.map((f) => TARGET_FLAG_NAMES[f])].join('，');
  const body = (
    <>
      <span class="chart-city" title={bar.city}>{first ? shortCity(bar.city) : ''}</span>
      <svg class="chart-track" width="100%" height="20" aria-hidden="true">
        <Grid chart={chart} />
        <rect x={pct(bar.from)} width={pct(Math.max(bar.to - bar.from, 0.004))} y="3" height="14" rx="2" class={differs ? 'chart-bar chart-bar-differs' : 'chart-bar'} />
      </svg>
      <span class="chart-label">
        <strong>{bar.display}</strong>
        <span class="muted"> {targetYearText(bar)}</span>
        {bar.targets > 1 ? <span class="muted small"> ×{bar.targets}</span> : null} <FlagChips flags={bar.flags} />
      </span>
    </>
  );
  return (
    <li>
      {bar.evidence ? (
        <a class="chart-row" data-city={bar.city} href={readerHref(bar.evidence)} aria-label={`${bar.city}：${words}。查看原文`} title="查看原文">
          {body}
        </a>
      ) : (
        <div class="chart-row" data-city={bar.city} aria-label={`${bar.city}：${words}`}>
          {body}
        </div>
      )}
    </li>
  );
}

function Axis({ chart, unit }: { chart: Chart; unit: string }) {
  const last = chart.ticks.length - 1;
  return (
    <div class="chart-axis">
      <span class="chart-city small muted">{unit ? `单位：${unit}` : ''}</span>
      <svg class="chart-track" width="100%" height="16" aria-hidden="true">
        {chart.ticks.map((tick, i) => (
          <text key={tick} x={pct((tick - chart.min) / (chart.max - chart.min || 1))} y="12" text-anchor={i === 0 ? 'start' : i === last ? 'end' : 'middle'} class="chart-tick">
            {formatNumber(tick)}
          </text>
        ))}
      </svg>
      <span />
    </div>
  );
}

export function BenchmarkChart({ group }: { group: BenchmarkGroup }) {
  const chart = chartOf(group);
  if (chart.bars.length === 0) return <p class="muted small">没有可绘制的数值。</p>;
  return (
    <figure class="benchmark-chart">
      <ul class="chart-rows" aria-label={`${group.metric}：各市目标值`}>
        {chart.bars.map((bar, i) => (
          <BarRow key={bar.key} bar={bar} chart={chart} first={i === 0 || chart.bars[i - 1]?.city !== bar.city} />
        ))}
      </ul>
      <Axis chart={chart} unit={group.unit} />
      {chart.undrawn > 0 ? <figcaption class="muted small">另有 {chart.undrawn} 个目标原文未给出数值，见下表。</figcaption> : null}
    </figure>
  );
}
