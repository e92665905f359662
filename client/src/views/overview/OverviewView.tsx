/**
 * 概览: where to begin (from the data), the cities side by side, and the concept × city heatmap whose
 * cells open the overlap (industries) or the sentences (platforms, enterprises).
 */
import type { Overview } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { formatNumber, LABEL_NAMES } from '../../format.ts';
import { Segmented } from '../../ui/controls.tsx';
import { EntityLink, LabelDot } from '../../ui/entities.tsx';
import { EvidenceList } from '../../ui/evidence.tsx';
import { Async } from '../../ui/states.tsx';
import { formatDate } from '../../format-time.ts';
import { AsOfControl } from './AsOfControl.tsx';
import { CityCards } from './CityCards.tsx';
import { OverviewController, type CellEvidence, type StartingPoints as Starting } from './controller.ts';
import { Heatmap } from './Heatmap.tsx';
import { MATRIX_LABELS, type OverviewState } from './route.ts';

const NUMERALS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

function PageHead({ overview, asOf }: { overview: Overview | null; asOf: string | null }) {
  const cities = overview?.cities ?? [];
  const plans = cities.reduce((sum, c) => sum + c.plans.length, 0);
  return (
    <div class="page-head">
      <h1 id="overview-title">{cities.length > 1 ? `${NUMERALS[cities.length] ?? formatNumber(cities.length)}市产业政策概览` : '各市产业政策概览'}</h1>
      <p class="lead">
        {overview ? `${asOf ? `截至${formatDate(asOf)}，` : ''}${cities.map((c) => c.city).join('、')}共 ${plans} 份${asOf ? '在施' : ''}规划文件的产业、任务、部门与目标` : '正在加载…'}
      </p>
    </div>
  );
}

function StartingPoints({ starting }: { starting: Starting }) {
  return (
    <section class="card starting" aria-labelledby="starting-heading">
      <h2 id="starting-heading">从这里开始</h2>
      <div class="starting-row">
        <span class="muted small">各市共同规划的产业：</span>
        <div class="chips">
          {starting.concepts.map((c) => (
            <a key={c.id} href={hrefTo('overlap', { concept: c.name, related: true })} class="chip" data-start="concept">
              <LabelDot label="Industry" />
              {c.name}
            </a>
          ))}
        </div>
      </div>
      {starting.indicators.length > 0 ? (
        <div class="starting-row">
          <span class="muted small">各市可对标的指标：</span>
          <div class="chips">
            {starting.indicators.map((i) => (
              <a key={i.id} href={hrefTo('indicators', { indicator: i.id })} class="chip" data-start="indicator" title={i.definition}>
                {i.name}
                <span class="count">{formatNumber(i.cities.length)} 市</span>
              </a>
            ))}
          </div>
        </div>
      ) : null}
      <div class="starting-row">
        <span class="muted small">任务最多的部门：</span>
        <div class="chips">
          {starting.departments.map((d) => (
            <span key={d.department.id} class="chip" data-start="department">
              <EntityLink entity={d.department} />
            </span>
          ))}
        </div>
      </div>
    </section>
  );
}

function CellDrawer({ cell, onClose, plans }: { cell: CellEvidence; onClose(): void; plans: Parameters<typeof EvidenceList>[0]['plans'] }) {
  return (
    <aside class="drawer" aria-label="单元格证据" tabIndex={-1}>
      <div class="drawer-head">
        <h2>
          {cell.entity.name} · {cell.city}
        </h2>
        <button type="button" class="btn btn-small btn-ghost" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="muted small">
        {LABEL_NAMES[cell.entity.label]} · 提及 {formatNumber(cell.count)} 次 ·{' '}
        <a href={hrefTo('explore', { root: cell.entity.id })} class="btn btn-small btn-ghost">
          在探索中查看
        </a>
      </p>
      <Async value={cell.evidence}>{(evidence) => <EvidenceList evidence={evidence} plans={plans} limit={10} />}</Async>
    </aside>
  );
}

export default function OverviewView({ state }: ViewProps<OverviewState>) {
  const controller = useViewController((deps) => new OverviewController(deps), state);
  const model = controller.model;
  const overview = model.overview.status === 'ready' ? model.overview.value : null;
  return (
    <div class="page">
      <PageHead overview={overview} asOf={state.asOf} />
      {model.starting ? <StartingPoints starting={model.starting} /> : null}
      <AsOfControl asOf={state.asOf} steps={model.steps} standings={model.standings} onByDate={(on) => controller.byDate(on)} onDay={(day) => controller.setAsOf(day)} />
      <section aria-label="各市规划">
        <Async value={model.overview} retry={() => controller.retryCities()}>
          {(value) => <CityCards overview={value} plans={model.plans} />}
        </Async>
      </section>
      <section class="card matrix-card" aria-labelledby="matrix-heading">
        <div class="card-head">
          <h2 id="matrix-heading">概念 × 城市 热力图</h2>
          <div class="toolbar-inline">
            <Segmented options={MATRIX_LABELS.map((l) => ({ value: l, label: LABEL_NAMES[l] }))} value={state.label} onChange={(label) => controller.setLabel(label)} label="热力图类别" />
            <input type="search" class="input input-small" placeholder="筛选概念…" aria-label="按名称筛选概念" value={model.choice.filter} onInput={(e) => controller.choose({ filter: (e.target as HTMLInputElement).value.trim() })} />
          </div>
        </div>
        <p class="muted small">颜色越深，该市规划提及次数越多；点击单元格查看该市的原文证据。{state.asOf ? `只计${formatDate(state.asOf)}在施的规划。` : ''}</p>
        <Async value={model.matrix} retry={() => controller.retryMatrix()}>
          {(matrix) => <Heatmap matrix={matrix} choice={model.choice} onChoose={(patch) => controller.choose(patch)} onCell={(entity, city, count) => void controller.openCell(entity, city, count)} />}
        </Async>
      </section>
      {model.cell ? <CellDrawer cell={model.cell} onClose={() => controller.closeCell()} plans={model.plans} /> : null}
    </div>
  );
}
