/**
 * 探索: a canvas built by search, expansion and paths, kept in the URL; filters by label (the legend)
 * and city; large canvases summarised by groups; pin, remove, keep, undo; a path panel; evidence for
 * every edge.
 */
import { useMemo, useRef } from 'preact/hooks';
import { hrefTo } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { GraphExports } from '../../graph/GraphExports.tsx';
import { GraphPane, type GraphHandle } from '../../graph/GraphPane.tsx';
import { Legend } from '../../graph/Legend.tsx';
import { formatNumber } from '../../format.ts';
import { EntityLink, LabelDot } from '../../ui/entities.tsx';
import { Failure, Loading } from '../../ui/states.tsx';
import { ExploreController, type Starting } from './controller.ts';
import { ExploreToolbar } from './ExploreToolbar.tsx';
import { PathPanel } from './PathPanel.tsx';
import type { ExploreState } from './route.ts';
import { Help, SelectedActions, SelectionPanel } from './SidePanel.tsx';

function Prompt({ starting }: { starting: Starting | null }) {
  return (
    <div class="prompt">
      <h2>从一个实体开始探索</h2>
      <p class="muted">在上方搜索任意部门、产业、企业、平台或城市，把它加入画布；或从这些入口开始：</p>
      {starting ? (
        <div class="chips centred starting-chips">
          {starting.concepts.map((c) => <a key={c.id} href={hrefTo('explore', { root: c.id })} class="chip"><LabelDot label="Industry" />{c.name}</a>)}
          {starting.cities.map((c) => <a key={c} href={hrefTo('explore', { root: `city:${c}` })} class="chip"><LabelDot label="City" />{c}</a>)}
          {starting.departments.map((d) => <span key={d.id} class="chip"><EntityLink entity={d} /></span>)}
        </div>
      ) : null}
    </div>
  );
}

function Info({ controller }: { controller: ExploreController }) {
  const { canvas, display, truncated } = controller.model;
  if (!canvas) return null;
  const grouped = controller.model.groups.size;
  return (
    <>
      <span class="badge">{formatNumber(canvas.elements.nodes.length)} 个节点 · {formatNumber(canvas.elements.edges.length)} 条关系</span>
      {display.nodes.length !== canvas.elements.nodes.length || grouped > 0 ? <span class="badge">显示 {formatNumber(display.nodes.length)} 个{grouped > 0 ? `（${grouped} 个分组）` : ''}</span> : null}
      {truncated ? <span class="badge truncated" title="邻居数量超过上限，只显示了一部分；可双击节点继续展开">已截断</span> : null}
    </>
  );
}

export default function ExploreView({ state }: ViewProps<ExploreState>) {
  const controller = useViewController((deps) => new ExploreController(deps), state);
  const model = controller.model;
  const handle = useRef<GraphHandle | null>(null);
  const pinned = useMemo(() => new Set(state.pinned), [state.pinned.join('\n')]);
  const hidden = useMemo(() => new Set(state.hiddenLabels), [state.hiddenLabels.join(',')]);
  const names = (id: string) => model.canvas?.elements.nodes.find((n) => n.data.id === id)?.data.name ?? id;
  const rootName = state.root ? names(state.root) : '';
  const title = `探索：${rootName || '画布'}`;
  let overlay = null;
  if (!model.canvas && model.status.status === 'idle') overlay = <Prompt starting={model.starting} />;
  else if (model.status.status === 'loading' && !model.canvas) overlay = <Loading />;
  else if (controller.rootMissing) overlay = <div class="prompt not-found"><h2>没有找到该实体</h2><p class="muted small">{state.root}</p></div>;
  else if (model.status.status === 'failed') overlay = <Failure error={model.status.error} retry={() => void controller.show(state)} />;
  const exports = model.canvas ? <GraphExports handle={handle} name={title} frame={() => ({ title, subtitle: `${model.display.nodes.length} 个节点 · 政策知识图谱`, legend: model.legend, lines: [] })} elements={() => model.display} /> : null;
  return (
    <div class="graph-view">
      <ExploreToolbar controller={controller} state={state} exports={exports} />
      <div class="split">
        <GraphPane
          elements={model.display}
          layout={state.layout}
          layoutRun={model.layoutRun}
          root={state.root}
          highlight={model.canvas && model.canvas.path.size > 0 ? model.canvas.path : null}
          pinned={pinned}
          labels={state.labels}
          startedAt={model.receivedAt}
          selectionType="additive"
          optimiseViewport
          ariaLabel="实体关系图：双击节点展开邻居，点击连线查看证据"
          handle={handle}
          info={<Info controller={controller} />}
          overlay={overlay}
          legend={model.legend.length > 0 ? <Legend entries={model.legend} hidden={hidden} title="按类别筛选（点击隐藏/显示）" onToggle={(label) => controller.setView({ hiddenLabels: hidden.has(label) ? state.hiddenLabels.filter((l) => l !== label) : [...state.hiddenLabels, label] })} /> : null}
          onNodeTap={(id) => void controller.select({ kind: 'node', id })}
          onEdgeTap={(id) => void controller.select({ kind: 'edge', id })}
          onNodeDoubleTap={(id) => controller.expand(id)}
          onBackgroundTap={() => void controller.select(null)}
          onSelectionChange={(ids) => controller.setSelected(ids)}
          onDeleteKey={() => controller.remove(model.selected)}
        />
        <aside class="side" aria-label="详情">
          <SelectionPanel controller={controller} selection={model.selection} plans={model.plans} />
          <SelectedActions controller={controller} names={names} />
          <PathPanel query={state.path} answer={model.path} canvas={model.canvas?.elements ?? model.display} selected={model.selected.length === 2 ? model.selected.map((id) => ({ id, name: names(id) })) : []} onFind={(from, to, options) => controller.findPath(from, to, options)} onClear={() => controller.clearPath()} onStep={(edge) => void controller.select({ kind: 'edge', id: edge })} />
          <Help />
        </aside>
      </div>
    </div>
  );
}
