/**
 * The overview's time control: every plan of every time, or only those in force on a day — chosen on a
 * slider over the span of the plans (the days plans take effect or end marked on it) or as a date —
 * and where each plan stands that day.
 */
import { useState } from 'preact/hooks';
import type { PlanTimes } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import type { Loadable } from '../../app/controller.ts';
import { formatNumber, formatPeriod } from '../../format.ts';
import { formatDate, STANDING_NAMES } from '../../format-time.ts';
import { Segmented } from '../../ui/controls.tsx';
import { Async } from '../../ui/states.tsx';
import { byStanding, dayNumber, dayOfNumber, trackPosition, yearTicks, type AsOfStep } from './as-of.ts';

export interface AsOfControlProps {
  asOf: string | null;
  steps: AsOfStep[];
  standings: Loadable<PlanTimes>;
  onByDate(on: boolean): void;
  onDay(day: string): void;
}

const pct = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

function stepText(step: AsOfStep): string {
  const starts = step.starts.map((p) => `${p.city ?? ''}《${p.title}》生效`);
  const ends = step.ends.map((p) => `${p.city ?? ''}《${p.title}》到期`);
  return `${formatDate(step.day)}：${[...starts, ...ends].join('；')}`;
}

function Slider({ asOf, steps, onDay }: { asOf: string; steps: AsOfStep[]; onDay(day: string): void }) {
  const [dragging, setDragging] = useState<string | null>(null);
  if (steps.length < 2) return null;
  const first = steps[0] as AsOfStep;
  const last = steps[steps.length - 1] as AsOfStep;
  const shown = dragging ?? asOf;
  return (
    <div class="as-of-slider">
      <input
        type="range"
        min={dayNumber(first.day)}
        max={dayNumber(last.day)}
        step={1}
        value={dayNumber(shown < first.day ? first.day : shown > last.day ? last.day : shown)}
        aria-label="时间滑块：拖动选择日期"
        aria-valuetext={formatDate(shown)}
        onInput={(e) => setDragging(dayOfNumber(Number((e.target as HTMLInputElement).value)))}
        onChange={(e) => {
          setDragging(null);
          onDay(dayOfNumber(Number((e.target as HTMLInputElement).value)));
        }}
      />
      <div class="as-of-scale" aria-hidden="true">
        {steps.map((step) => (
          <span key={step.day} class={`as-of-event${step.starts.length > 0 ? ' as-of-start' : ''}`} style={{ left: pct(trackPosition(steps, step.day)) }} title={stepText(step)} />
        ))}
        {yearTicks(steps).map((tick) => (
          <span key={tick} class="as-of-year" style={{ left: pct(trackPosition(steps, tick)) }}>
            {tick.slice(0, 4)}
          </span>
        ))}
      </div>
      {dragging ? <div class="as-of-preview muted small">松开以查看 {formatDate(dragging)} 在施的规划</div> : null}
    </div>
  );
}

function Standings({ times }: { times: PlanTimes }) {
  const groups = byStanding(times.plans);
  return (
    <>
      <p class="as-of-summary">
        截至 <strong>{formatDate(times.asOf)}</strong>：{groups.map((g) => `${STANDING_NAMES[g.standing]} ${formatNumber(g.plans.length)} 份`).join(' · ')}
      </p>
      <ul class="standing-list">
        {groups.flatMap((g) =>
          g.plans.map((p) => (
            <li key={p.id} data-standing={g.standing} data-plan={p.id}>
              <span class={`chip standing standing-${g.standing}`}>{STANDING_NAMES[g.standing]}</span>
              <a href={hrefTo('reader', { plan: p.id })}>
                {p.city ? `${p.city} · ` : ''}《{p.title}》
              </a>
              <span class="muted small">
                {p.issued ? `${formatDate(p.issued)}印发` : '印发日期未注明'}
                {p.period ? ` · ${formatPeriod(p.period)}` : ''}
                {p.status ? ` · ${p.status}` : ''}
              </span>
            </li>
          )),
        )}
      </ul>
    </>
  );
}

export function AsOfControl({ asOf, steps, standings, onByDate, onDay }: AsOfControlProps) {
  return (
    <section class="card as-of-card" aria-labelledby="as-of-heading">
      <div class="card-head">
        <h2 id="as-of-heading">按时间查看</h2>
        <div class="toolbar-inline">
          <Segmented
            options={[
              { value: 'all', label: '全部时期' },
              { value: 'day', label: '某日在施' },
            ]}
            value={asOf ? 'day' : 'all'}
            onChange={(v) => onByDate(v === 'day')}
            label="时间范围"
          />
          {asOf ? (
            <input type="date" class="input input-small" aria-label="截至日期" value={asOf} onChange={(e) => (e.target as HTMLInputElement).value && onDay((e.target as HTMLInputElement).value)} />
          ) : null}
        </div>
      </div>
      {asOf ? (
        <>
          <Slider asOf={asOf} steps={steps} onDay={onDay} />
          <Async value={standings}>{(times) => <Standings times={times} />}</Async>
        </>
      ) : (
        <p class="muted small">
          显示全部时期的规划。选择“某日在施”，城市卡片与热力图只计当天在施的规划：已印发（无印发日期的自规划期首日起）、未过规划期、未被新版本接续；征求意见稿在正式稿印发前视为该市的规划。
        </p>
      )}
    </section>
  );
}
