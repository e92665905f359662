/** The explorer's tools: add by search, depth, layout, filters, summary, captions, undo, export. */
import type { ComponentChildren } from 'preact';
import { LAYOUT_NAMES, LAYOUTS, type Layout } from '../../graph/layout-names.ts';
import { Segmented } from '../../ui/controls.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import type { ExploreController } from './controller.ts';
import { AGGREGATIONS, type Aggregation, type ExploreState } from './route.ts';

const LIMITS = [['', '邻居上限：默认'], ['400', '最多 400 个'], ['1000', '最多 1,000 个'], ['2000', '最多 2,000 个']] as const;
const AGGREGATION_NAMES: Record<Aggregation, string> = { auto: '大图自动分组', none: '不分组', label: '按类别分组', city: '按城市分组', concept: '按产业概念分组' };

function Select<T extends string>({ label, value, options, names, onChange }: { label: string; value: T; options: readonly T[]; names: Record<T, string>; onChange(value: T): void }) {
  return (
    <select class="input" aria-label={label} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as T)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {names[o]}
        </option>
      ))}
    </select>
  );
}

export function ExploreToolbar({ controller, state, exports }: { controller: ExploreController; state: ExploreState; exports: ComponentChildren }) {
  const cities = controller.model.cities;
  return (
    <div class="toolbar" role="toolbar" aria-label="探索工具栏">
      <SearchBox placeholder="加入画布：搜索部门、产业、企业、城市…" ariaLabel="搜索实体并加入画布" onPick={(hit) => controller.add(hit.id)} />
      <Segmented options={[{ value: '1', label: '1 跳' }, { value: '2', label: '2 跳' }]} value={String(state.depth) as '1' | '2'} onChange={(v) => controller.setView({ depth: v === '2' ? 2 : 1 })} label="起点的邻居深度" />
      <select class="input" aria-label="邻居上限" value={String(state.limit ?? '')} onChange={(e) => controller.setView({ limit: Number((e.target as HTMLSelectElement).value) || null })}>
        {LIMITS.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
      <button type="button" class="btn" disabled={state.ops.length === 0} onClick={() => controller.undo()} title="收回上一次展开、加入或移除">
        撤销
      </button>
      <span class="sep" aria-hidden="true" />
      <Select<Layout> label="布局" value={state.layout} options={LAYOUTS} names={LAYOUT_NAMES} onChange={(layout) => controller.setView({ layout })} />
      <button type="button" class="btn" onClick={() => controller.relayout()}>
        重新布局
      </button>
      <select class="input" aria-label="按城市筛选" value={state.city ?? ''} onChange={(e) => controller.setView({ city: (e.target as HTMLSelectElement).value || null })}>
        <option value="">全部城市</option>
        {cities.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <Select<Aggregation> label="大图分组" value={state.aggregate} options={AGGREGATIONS} names={AGGREGATION_NAMES} onChange={(aggregate) => controller.setView({ aggregate })} />
      <Segmented options={[{ value: 'auto', label: '标签避让' }, { value: 'all', label: '全部标签' }]} value={state.labels} onChange={(labels) => controller.setView({ labels })} label="标签密度" />
      <span class="spacer" />
      {exports}
    </div>
  );
}
