/** What is selected on the explorer's canvas: a node with its actions, a group's members, an edge with its sentences. */
import type { EdgeDetail, PlanSummary } from '../../../../server/contract.ts';
import type { Loadable } from '../../app/controller.ts';
import type { EdgeData, NodeData } from '../../graph/elements.ts';
import { edgeTypeName, formatNumber, kindName, roleName } from '../../format.ts';
import { entityHref, LabelTag } from '../../ui/entities.tsx';
import { EvidenceList } from '../../ui/evidence.tsx';
import { Async, Empty } from '../../ui/states.tsx';
import type { ExploreController, Selection } from './controller.ts';

const DOMAIN_VIEW: Partial<Record<NodeData['label'], string>> = { Department: '部门职责 →', Industry: '产业重叠 →', Plan: '阅读原文 →' };

function NodeDetail({ node, degree, controller, pinned }: { node: NodeData; degree: number; controller: ExploreController; pinned: boolean }) {
  const group = node.id.startsWith('group|');
  const members = controller.model.groups.get(node.id) ?? [];
  const names = new Map(controller.model.canvas?.elements.nodes.map((n) => [n.data.id, n.data.name]) ?? []);
  return (
    <div class="side-section node-detail">
      <LabelTag label={node.label}>{group ? '分组' : node.city}</LabelTag>
      <h2>{node.name}</h2>
      {group ? (
        <>
          <ul class="member-list small">{members.slice(0, 30).map((id) => <li key={id}>{names.get(id) ?? id}</li>)}</ul>
          {members.length > 30 ? <p class="muted small">… 共 {formatNumber(members.length)} 个</p> : null}
          <div class="actions">
            <button type="button" class="btn btn-small btn-primary" onClick={() => controller.openGroup(node.id)}>展开此组</button>
          </div>
        </>
      ) : (
        <>
          <dl class="kv">
            <dt>编号</dt>
            <dd class="small">{node.id}</dd>
            {node.kind ? [<dt key="k">类别</dt>, <dd key="kv">{kindName(node.label, node.kind)}</dd>] : null}
            <dt>来源文件</dt>
            <dd>{formatNumber(node.plans)} 份</dd>
            <dt>图中关系</dt>
            <dd>{formatNumber(degree)} 条</dd>
          </dl>
          <div class="actions">
            <button type="button" class="btn btn-small btn-primary" onClick={() => controller.expand(node.id)}>展开邻居</button>
            <button type="button" class="btn btn-small" onClick={() => controller.centre(node.id)}>设为中心</button>
            <button type="button" class="btn btn-small" aria-pressed={pinned ? 'true' : 'false'} onClick={() => controller.togglePin(node.id)}>{pinned ? '取消固定' : '固定'}</button>
            <button type="button" class="btn btn-small" onClick={() => controller.remove([node.id])}>移除</button>
            {DOMAIN_VIEW[node.label] ? <a href={entityHref(node)} class="btn btn-small btn-ghost">{DOMAIN_VIEW[node.label]}</a> : null}
          </div>
        </>
      )}
    </div>
  );
}

function EdgeDetailPanel({ edge, names, detail, plans }: { edge: EdgeData; names: (id: string) => string; detail: Loadable<EdgeDetail>; plans: Map<string, PlanSummary> }) {
  return (
    <div class="side-section">
      <div class="tag">关系：{edgeTypeName(edge.type)}{edge.role ? ` · ${roleName(edge.role)}` : ''}</div>
      <h2 class="edge-title">
        {names(edge.source)} <span class="muted">→</span> {names(edge.target)}
      </h2>
      <h3 class="heading">原文证据<span class="count">{formatNumber(edge.evidence)}</span></h3>
      {edge.id.startsWith('group|') ? <Empty>分组之间的 {edge.caption.slice(1)} 条关系：展开分组可逐条查看</Empty> : edge.evidence === 0 ? <Empty>结构性关系（来自词表或地名库），没有原文证据</Empty> : <Async value={detail}>{(d) => <EvidenceList evidence={d.edge.evidence ?? []} plans={plans} limit={8} />}</Async>}
    </div>
  );
}

export function SelectionPanel({ controller, selection, plans }: { controller: ExploreController; selection: Selection; plans: Map<string, PlanSummary> }) {
  const display = controller.model.display;
  if (!selection) return null;
  if (selection.kind === 'node') {
    const node = display.nodes.find((n) => n.data.id === selection.id)?.data;
    if (!node) return null;
    const degree = display.edges.filter((e) => e.data.source === node.id || e.data.target === node.id).length;
    return <NodeDetail node={node} degree={degree} controller={controller} pinned={controller.model.state?.pinned.includes(node.id) ?? false} />;
  }
  const edge = controller.edgeOnCanvas(selection.id);
  if (!edge) return null;
  const names = (id: string) => controller.model.canvas?.elements.nodes.find((n) => n.data.id === id)?.data.name ?? id;
  return <EdgeDetailPanel edge={edge} names={names} detail={controller.model.edge} plans={plans} />;
}

export function SelectedActions({ controller, names }: { controller: ExploreController; names: (id: string) => string }) {
  const selected = controller.model.selected;
  if (selected.length < 2) return null;
  return (
    <div class="side-section">
      <p class="small">已选择 {selected.length} 个节点：{selected.slice(0, 4).map(names).join('、')}{selected.length > 4 ? ' …' : ''}</p>
      <div class="actions">
        <button type="button" class="btn btn-small" onClick={() => controller.remove(selected)}>移除所选</button>
        <button type="button" class="btn btn-small" onClick={() => controller.keep(selected)}>只保留所选</button>
      </div>
    </div>
  );
}

export function Help() {
  return (
    <div class="side-section">
      <h2 class="heading">操作提示</h2>
      <ul class="small help-list">
        <li>上方搜索：把实体加入画布；单击节点看详情，单击连线看原文证据。</li>
        <li>双击节点：展开它的邻居；“撤销”收回上一步。</li>
        <li>Shift 单击或框选多个节点：移除所选、只保留所选；选两个节点可查路径。</li>
        <li>图例可按类别隐藏/显示；键盘 +/− 缩放，F 适应窗口，Delete 移除所选。</li>
      </ul>
    </div>
  );
}
