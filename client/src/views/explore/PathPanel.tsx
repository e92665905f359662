/**
 * 路径: two entities chosen by search (or the two selected on the canvas), the shortest path or the k
 * shortest, optionally around hubs; each path read in the direction of its edges, each step a link to
 * its evidence.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Paths } from '../../../../server/contract.ts';
import type { ElementSet } from '../../graph/elements.ts';
import { edgeTypeName, formatNumber } from '../../format.ts';
import { Heading } from '../../ui/controls.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { Empty } from '../../ui/states.tsx';
import { pathSteps } from './path-steps.ts';
import type { PathQuery } from './route.ts';

type End = { id: string; name: string } | null;

export interface PathPanelProps {
  query: PathQuery | null;
  answer: Paths | null;
  canvas: ElementSet;
  /** Two nodes selected on the canvas, offered as the ends. */
  selected: { id: string; name: string }[];
  onFind(from: string, to: string, options: { k: number; avoidHubs: boolean }): void;
  onClear(): void;
  onStep(edgeId: string): void;
}

function PathList({ answer, canvas, onStep }: { answer: Paths; canvas: ElementSet; onStep(edgeId: string): void }) {
  const nodes = new Map([...answer.elements.nodes.map((n) => [n.data.id, n.data.name] as const), ...canvas.nodes.map((n) => [n.data.id, n.data.name] as const)]);
  const edges = new Map(answer.elements.edges.map((e) => [e.data.id, e.data] as const));
  if (answer.paths.length === 0) return <Empty>两者之间在 6 步内没有{answer.avoided ? '避开枢纽的' : ''}路径</Empty>;
  return (
    <ol class="path-list">
      {answer.paths.map((path, i) => {
        const read = pathSteps(path, edges);
        return (
          <li key={i} class="small">
            <strong>{nodes.get(read.nodes[0] as string)}</strong>
            {read.steps.map((step) => (
              <span key={step.edge}>
                <button type="button" class="step" data-edge={step.edge} data-from={step.from} data-to={step.to} data-forward={step.forward ? '1' : '0'} title="查看这一步的原文证据" onClick={() => onStep(step.edge)}>
                  {step.forward ? ` —${edgeTypeName(step.type)}→ ` : ` ←${edgeTypeName(step.type)}— `}
                </button>
                <strong>{nodes.get(step.to)}</strong>
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}

export function PathPanel({ query, answer, canvas, selected, onFind, onClear, onStep }: PathPanelProps) {
  const nameOf = (id: string) => canvas.nodes.find((n) => n.data.id === id)?.data.name ?? id;
  const [from, setFrom] = useState<End>(query ? { id: query.from, name: nameOf(query.from) } : null);
  const [to, setTo] = useState<End>(query ? { id: query.to, name: nameOf(query.to) } : null);
  const [k, setK] = useState(query?.k ?? 3);
  const [avoidHubs, setAvoidHubs] = useState(query?.avoidHubs ?? false);
  useEffect(() => {
    if (!query) return;
    setFrom({ id: query.from, name: nameOf(query.from) });
    setTo({ id: query.to, name: nameOf(query.to) });
  }, [query?.from, query?.to, answer]);
  const pair = selected.length === 2 ? selected : null;
  useEffect(() => {
    if (pair) [setFrom, setTo].forEach((set, i) => set(pair[i] ?? null));
  }, [pair?.[0]?.id, pair?.[1]?.id]);
  return (
    <div class="side-section path-panel">
      <Heading text="路径" count={answer?.paths.length} />
      <SearchBox placeholder="起点：搜索任意实体" ariaLabel="路径起点" value={from?.name} onPick={(hit) => setFrom(hit)} />
      <SearchBox placeholder="终点：搜索任意实体" ariaLabel="路径终点" value={to?.name} onPick={(hit) => setTo(hit)} />
      <div class="actions">
        <select class="input" aria-label="路径条数" value={String(k)} onChange={(e) => setK(Number((e.target as HTMLSelectElement).value))}>
          <option value="1">最短路径</option>
          <option value="3">最短 3 条</option>
          <option value="5">最短 5 条</option>
        </select>
        <label class="check">
          <input type="checkbox" checked={avoidHubs} onChange={(e) => setAvoidHubs((e.target as HTMLInputElement).checked)} />
          避开枢纽节点
        </label>
        <button type="button" class="btn btn-primary btn-small" disabled={!from || !to || from.id === to.id} onClick={() => from && to && onFind(from.id, to.id, { k, avoidHubs })}>
          查找路径
        </button>
        {query ? (
          <button type="button" class="btn btn-small" onClick={onClear}>
            清除路径
          </button>
        ) : null}
      </div>
      {answer?.avoided && answer.avoided.length > 0 ? <p class="muted small">已避开 {formatNumber(answer.avoided.length)} 个枢纽节点（规划文件、城市等关系很多的节点）。</p> : null}
      {answer ? <PathList answer={answer} canvas={canvas} onStep={onStep} /> : null}
    </div>
  );
}
