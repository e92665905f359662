/** Two cities compared: similarity, the peers of the first, shared and unique concepts, comparable targets. */
import type { ComponentChildren } from 'preact';
import type { EntityRef, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { formatNumber, formatPercent } from '../../format.ts';
import { Bar } from '../../ui/bars.tsx';
import { Heading } from '../../ui/controls.tsx';
import { Empty } from '../../ui/states.tsx';
import { BenchmarkTable } from './Benchmarks.tsx';
import type { Comparison as Answer } from './controller.ts';

const COLOUR_A = '#2563eb';
const COLOUR_B = '#ea580c';

function Gauge({ name, value, note }: { name: string; value: number; note: string }) {
  return (
    <div class="gauge" role="group" aria-label={`${name} ${formatPercent(value)}`}>
      <span class="small muted">{name}</span>
      <span class="gauge-value">{formatPercent(value)}</span>
      <span class="gauge-track" aria-hidden="true">
        <span style={{ width: `${Math.round(value * 100)}%` }} />
      </span>
      <span class="small muted">{note}</span>
    </div>
  );
}

function ConceptColumn({ cls, title, rows }: { cls: string; title: string; rows: { concept: EntityRef; bar: ComponentChildren }[] }) {
  return (
    <section class={`card ${cls}`}>
      <Heading level={3} text={title} count={rows.length} />
      {rows.length > 0 ? (
        <div class="concept-col-list">
          {rows.map(({ concept, bar }) => (
            <div key={concept.id} class="concept-row">
              <a href={hrefTo('overlap', { concept: concept.name, related: true })} title={`查看“${concept.name}”的产业重叠`}>
                {concept.name}
              </a>
              {bar}
            </div>
          ))}
        </div>
      ) : (
        <Empty />
      )}
    </section>
  );
}

function Peers({ answer }: { answer: Answer }) {
  const { compare, peers } = answer;
  const max = Math.max(0.0001, ...peers.peers.map((p) => p.cosine));
  if (peers.peers.length === 0) return <Empty />;
  return (
    <table class="peer-table stack-table">
      <thead>
        <tr>
          <th>排名</th>
          <th>城市</th>
          <th>余弦</th>
          <th>Jaccard</th>
          <th class="num">共有概念</th>
        </tr>
      </thead>
      <tbody>
        {peers.peers.map((p, i) => (
          <tr key={p.city} class={p.city === compare.b ? 'current' : ''}>
            <td data-label="排名">{i + 1}</td>
            <td data-label="城市">
              <a href={hrefTo('compare', { a: compare.a, b: p.city })}>{p.city}</a>
            </td>
            <td data-label="余弦">
              <Bar value={p.cosine} max={max} text={formatPercent(p.cosine)} color={COLOUR_A} label={`余弦 ${formatPercent(p.cosine)}`} />
            </td>
            <td data-label="Jaccard">{formatPercent(p.jaccard)}</td>
            <td data-label="共有概念" class="num">
              {formatNumber(p.shared)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Comparison({ answer, cities, plans }: { answer: Answer; cities: string[]; plans: Map<string, PlanSummary> }) {
  const { compare } = answer;
  const maxShared = Math.max(1, ...compare.shared.flatMap((s) => [s.a, s.b]));
  const maxA = Math.max(1, ...compare.onlyA.map((s) => s.count));
  const maxB = Math.max(1, ...compare.onlyB.map((s) => s.count));
  const all = compare.shared.length + compare.onlyA.length + compare.onlyB.length;
  return (
    <>
      <div class="compare-grid">
        <section class="card">
          <Heading text={`${compare.a} 与 ${compare.b} 的相似度`} />
          <div class="similarity">
            <Gauge name="Jaccard 相似度" value={compare.similarity.jaccard} note={`共有概念 ${compare.shared.length} / 全部 ${all}`} />
            <Gauge name="余弦相似度" value={compare.similarity.cosine} note="按提及次数加权的产业组合" />
          </div>
        </section>
        <section class="card peers-card">
          <Heading text={`与${compare.a}最相近的城市`} />
          <Peers answer={answer} />
        </section>
      </div>
      <div class="columns3">
        <ConceptColumn cls="col-a" title={`仅${compare.a}`} rows={compare.onlyA.map((x) => ({ concept: x.concept, bar: <Bar value={x.count} max={maxA} color={COLOUR_A} label={`${compare.a} 提及 ${x.count} 次`} /> }))} />
        <ConceptColumn
          cls="col-shared"
          title="两市共有"
          rows={compare.shared.map((x) => ({
            concept: x.concept,
            bar: (
              <div class="dual" title={`${compare.a} ${x.a} 次 · ${compare.b} ${x.b} 次`}>
                <Bar value={x.a} max={maxShared} color={COLOUR_A} label={`${compare.a} ${x.a} 次`} />
                <Bar value={x.b} max={maxShared} color={COLOUR_B} label={`${compare.b} ${x.b} 次`} />
              </div>
            ),
          }))}
        />
        <ConceptColumn cls="col-b" title={`仅${compare.b}`} rows={compare.onlyB.map((x) => ({ concept: x.concept, bar: <Bar value={x.count} max={maxB} color={COLOUR_B} label={`${compare.b} 提及 ${x.count} 次`} /> }))} />
      </div>
      <section class="card">
        <Heading text={`${compare.a} 与 ${compare.b} 的可比目标`} count={compare.benchmarks.length} />
        <p class="muted small note">指标、统计范围与单位口径都相同的目标；目标年份不同照样并列并标出。点击数值查看原文。</p>
        <BenchmarkTable groups={compare.benchmarks} cities={[compare.a, compare.b]} plans={plans} />
      </section>
      <section class="card">
        <Heading text="各市可比目标" count={answer.benchmarks.groups.length} />
        <p class="muted small note">至少两个城市设定的同类目标；点击指标名在“指标对标”中查看图表与全部数值。</p>
        <BenchmarkTable groups={answer.benchmarks.groups} cities={cities} plans={plans} />
      </section>
    </>
  );
}
