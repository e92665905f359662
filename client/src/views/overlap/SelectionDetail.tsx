/** What was tapped in the overlap graph, with the sentences behind it where the graph has them. */
import type { Overlap, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import type { EdgeData, ElementSet, NodeData } from '../../graph/elements.ts';
import { edgeTypeName } from '../../format.ts';
import { entityHref, LabelTag } from '../../ui/entities.tsx';
import { EvidenceList } from '../../ui/evidence.tsx';
import { wordingEvidence, type Selection } from './controller.ts';

function NodeDetail({ node, overlap, plans }: { node: NodeData; overlap: Overlap; plans: Map<string, PlanSummary> }) {
  const target = node.label === 'Target' ? overlap.cities.flatMap((c) => c.targets).find((t) => t.id === node.id) : undefined;
  return (
    <>
      <LabelTag label={node.label}>{node.city}</LabelTag>
      <strong>{node.name}</strong>
      <div class="actions">
        <a href={hrefTo('explore', { root: node.id })} class="btn btn-small">
          在探索中展开
        </a>
        {node.label !== 'City' ? (
          <a href={entityHref(node)} class="btn btn-small btn-ghost">
            {node.label === 'Plan' ? '阅读原文' : '查看详情'}
          </a>
        ) : null}
      </div>
      {target ? <EvidenceList evidence={target.evidence} plans={plans} limit={3} /> : null}
    </>
  );
}

function EdgeDetail({ edge, elements, overlap, plans }: { edge: EdgeData; elements: ElementSet; overlap: Overlap; plans: Map<string, PlanSummary> }) {
  const name = (id: string) => elements.nodes.find((n) => n.data.id === id)?.data.name ?? id;
  return (
    <>
      <div class="tag">关系：{edgeTypeName(edge.type)}</div>
      <strong>
        {name(edge.source)} <span class="muted">→</span> {name(edge.target)}
      </strong>
      <span class="small muted">{edge.caption}</span>
      {edge.match ? <EvidenceList evidence={wordingEvidence(overlap, edge)} plans={plans} limit={4} /> : null}
    </>
  );
}

export function SelectionDetail({ selection, elements, overlap, plans, onClose }: { selection: Selection; elements: ElementSet; overlap: Overlap; plans: Map<string, PlanSummary>; onClose(): void }) {
  if (!selection) return null;
  const node = selection.kind === 'node' ? elements.nodes.find((n) => n.data.id === selection.id)?.data : undefined;
  const edge = selection.kind === 'edge' ? elements.edges.find((e) => e.data.id === selection.id)?.data : undefined;
  if (!node && !edge) return null;
  return (
    <div class="side-section selection-detail" aria-live="polite">
      <div class="selection-head">
        <span class="mini-title">所选</span>
        <button type="button" class="btn btn-small btn-ghost" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </div>
      {node ? <NodeDetail node={node} overlap={overlap} plans={plans} /> : null}
      {edge ? <EdgeDetail edge={edge} elements={elements} overlap={overlap} plans={plans} /> : null}
    </div>
  );
}
