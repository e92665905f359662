/**
 * 产业重叠: one concept (氢能, 海工装备 …) across the cities — the graph of the concept, the cities, their
 * plans, tasks, bodies and organisations (exact wording solid, synonyms dashed, narrower industries
 * dotted, related concepts dash-dot in another colour), and each city's sentences beside it. Opened from
 * 概览 as of a day, it is as of that day (the day shown, with a way back to every plan).
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { EntityRef, Overlap } from '../../../../server/contract.ts';
import { isNotFound } from '../../api/errors.ts';
import { hrefTo } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { labelCounts } from '../../graph/elements.ts';
import { GraphExports } from '../../graph/GraphExports.tsx';
import { GraphPane, type GraphHandle } from '../../graph/GraphPane.tsx';
import { Legend, type LineEntry } from '../../graph/Legend.tsx';
import type { OverlapElements } from '../../graph/overlap-elements.ts';
import { MATCH_COLOUR, MATCH_LINE } from '../../graph/style.ts';
import { formatNumber, MATCH_NAMES, MATCH_ORDER } from '../../format.ts';
import { formatDate } from '../../format-time.ts';
import { Failure, Loading } from '../../ui/states.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { CityBlock, ConceptSummary } from './CityEvidence.tsx';
import { OverlapController } from './controller.ts';
import { DiffusionPanel } from './Diffusion.tsx';
import type { OverlapState } from './route.ts';
import { SelectionDetail } from './SelectionDetail.tsx';

function lineEntries(overlap: Overlap): LineEntry[] {
  const present = new Set(overlap.cities.flatMap((c) => c.evidence.map((e) => e.match)));
  return MATCH_ORDER.map((k) => ({ style: MATCH_LINE[k], color: MATCH_COLOUR[k], name: k === 'exact' ? '精确用语' : MATCH_NAMES[k], absent: !present.has(k) }));
}

function Prompt({ concepts, related }: { concepts: EntityRef[]; related: boolean }) {
  return (
    <div class="prompt">
      <h2>选择一个产业概念</h2>
      <p class="muted">在上方搜索框输入产业名称，或从下面各市共同规划的产业开始，查看它在各市规划中的表述、任务、部门和企业。</p>
      <div class="chips centred">
        {concepts.map((c) => (
          <a key={c.id} href={hrefTo('overlap', { concept: c.name, related: related || true })} class="chip">
            {c.name}
          </a>
        ))}
      </div>
    </div>
  );
}

function Info({ elements }: { elements: OverlapElements }) {
  return (
    <>
      <span class="badge">
        {formatNumber(elements.nodes.length)} 个节点 · {formatNumber(elements.edges.length)} 条关系
      </span>
      {elements.omitted > 0 ? (
        <span class="badge truncated" title="图中每类最多显示 12 项，完整列表见右侧">
          已精简 {formatNumber(elements.omitted)} 项
        </span>
      ) : null}
    </>
  );
}

/** The day the view is read as of, and the way back to every plan of every time. */
function AsOfBadge({ asOf, onClear }: { asOf: string; onClear(): void }) {
  return (
    <span class="badge as-of-badge" data-as-of={asOf}>
      截至{formatDate(asOf)}在施的规划
      <button type="button" class="btn btn-small" onClick={onClear}>
        查看全部规划
      </button>
    </span>
  );
}

function overlayOf(state: OverlapState, controller: OverlapController) {
  const model = controller.model;
  if (!state.concept) return <Prompt concepts={model.concepts} related={state.related} />;
  if (model.overlap.status === 'loading') return <Loading />;
  if (model.overlap.status === 'failed' && isNotFound(model.overlap.error)) {
    return (
      <div class="prompt not-found">
        <h2>没有找到产业概念“{state.concept}”</h2>
        <p class="muted">请从搜索建议中选择一个产业概念。</p>
      </div>
    );
  }
  if (model.overlap.status === 'failed') return <Failure error={model.overlap.error} retry={() => void controller.load()} />;
  return null;
}

function Side({ state, controller }: { state: OverlapState; controller: OverlapController }) {
  const model = controller.model;
  const answer = model.overlap.status === 'ready' ? model.overlap.value : null;
  if (model.overlap.status === 'failed') return <Failure error={model.overlap.error} />;
  if (!answer) return state.concept ? <Loading /> : null;
  return (
    <>
      <SelectionDetail selection={model.selection} elements={answer.elements} overlap={answer.overlap} plans={model.plans} onClose={() => controller.select(null)} />
      <ConceptSummary overlap={answer.overlap} onAllCities={() => void controller.showAllCities()} />
      {model.timeline.status === 'ready' ? <DiffusionPanel timeline={model.timeline.value} /> : null}
      {model.timeline.status === 'failed' && state.concept ? <Failure error={model.timeline.error} prefix="时间先后加载失败" retry={() => void controller.loadTimeline(state.concept as string, state.related, state.asOf)} /> : null}
      {answer.overlap.cities.map((entry) => (
        <CityBlock key={entry.city} entry={entry} plans={model.plans} focused={state.city === entry.city} />
      ))}
    </>
  );
}

export default function OverlapView({ state }: ViewProps<OverlapState>) {
  const controller = useViewController((deps) => new OverlapController(deps), state);
  const model = controller.model;
  const handle = useRef<GraphHandle | null>(null);
  const side = useRef<HTMLElement>(null);
  const answer = model.overlap.status === 'ready' ? model.overlap.value : null;
  const elements = answer?.elements ?? EMPTY;
  const legend = useMemo(() => (answer ? { entries: labelCounts(answer.elements.nodes), lines: lineEntries(answer.overlap) } : null), [answer]);
  const selectedCity = model.selection?.kind === 'node' && model.selection.id.startsWith('city:') ? model.selection.id.slice(5) : null;
  useEffect(() => {
    if (selectedCity) side.current?.querySelector<HTMLElement>(`[data-city="${CSS.escape(selectedCity)}"]`)?.scrollIntoView({ block: 'start' });
  }, [selectedCity, answer]);
  const title = answer ? `产业重叠：${answer.overlap.concept.name}${answer.overlap.related ? '（含下位与相关产业）' : ''}` : '产业重叠';

  return (
    <div class="graph-view">
      <div class="toolbar" role="toolbar" aria-label="产业重叠工具栏">
        <SearchBox placeholder={model.concepts.length >= 2 ? `搜索产业概念，如 ${model.concepts[0]?.name}、${model.concepts[1]?.name}…` : '搜索产业概念…'} ariaLabel="搜索产业概念" label="Industry" value={state.concept} onPick={(hit) => controller.choose(hit.name)} onSubmit={(text) => controller.choose(text)} />
        <label class="check" for="overlap-related">
          <input type="checkbox" id="overlap-related" checked={state.related} onChange={(e) => controller.setRelated((e.target as HTMLInputElement).checked)} />
          含下位与相关产业
        </label>
        {state.asOf ? <AsOfBadge asOf={state.asOf} onClear={() => controller.clearAsOf()} /> : null}
        <span class="spacer" />
        {answer ? <GraphExports handle={handle} name={title} frame={() => ({ title, subtitle: `${answer.overlap.cities.length} 个城市 · 政策知识图谱`, legend: legend?.entries ?? [], lines: legend?.lines ?? [] })} elements={() => answer.elements} /> : null}
      </div>
      <div class="split">
        <GraphPane
          elements={elements}
          layout="fcose"
          select={model.selection?.kind === 'node' ? model.selection.id : null}
          startedAt={answer?.receivedAt ?? null}
          ariaLabel="产业重叠关系图：点击节点或连线查看详情与原文"
          handle={handle}
          info={answer ? <Info elements={answer.elements} /> : null}
          overlay={overlayOf(state, controller)}
          legend={legend ? <Legend entries={legend.entries} lines={legend.lines} title="节点类别" /> : null}
          onNodeTap={(id) => controller.select({ kind: 'node', id })}
          onEdgeTap={(id) => controller.select({ kind: 'edge', id })}
          onBackgroundTap={() => controller.select(null)}
        />
        <aside class="side" aria-label="各市原文证据" ref={side}>
          <Side state={state} controller={controller} />
        </aside>
      </div>
    </div>
  );
}

const EMPTY: OverlapElements = { nodes: [], edges: [], omitted: 0 };
