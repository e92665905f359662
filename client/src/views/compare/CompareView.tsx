/** 城市对比: two cities — similarity, peers, shared and unique concepts, comparable targets. */
import { useViewController } from '../../app/use-controller.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { Async, Empty } from '../../ui/states.tsx';
import { Comparison } from './Comparison.tsx';
import { CompareController } from './controller.ts';
import type { CompareState } from './route.ts';

function Pickers({ state, cities, onChoose }: { state: CompareState; cities: string[]; onChoose(a: string | null, b: string | null): void }) {
  const options = (chosen: string | null, other: string | null) => [
    ...(chosen && !cities.includes(chosen) ? [<option key="?" value={chosen}>{chosen}（无数据）</option>] : []),
    ...cities.map((c) => (
      <option key={c} value={c} disabled={c === other}>
        {c}
      </option>
    )),
  ];
  return (
    <div class="card compare-pickers">
      <label for="compare-a" class="small muted">城市 A</label>
      <select class="input" id="compare-a" aria-label="城市 A" value={state.a ?? ''} onChange={(e) => onChoose((e.target as HTMLSelectElement).value, state.b)}>
        {options(state.a, state.b)}
      </select>
      <button type="button" class="btn" aria-label="交换两个城市" title="交换" onClick={() => onChoose(state.b, state.a)}>
        ⇄ 交换
      </button>
      <label for="compare-b" class="small muted">城市 B</label>
      <select class="input" id="compare-b" aria-label="城市 B" value={state.b ?? ''} onChange={(e) => onChoose(state.a, (e.target as HTMLSelectElement).value)}>
        {options(state.b, state.a)}
      </select>
    </div>
  );
}

export default function CompareView({ state }: ViewProps<CompareState>) {
  const controller = useViewController((deps) => new CompareController(deps), state);
  const model = controller.model;
  return (
    <div class="page">
      <div class="page-head">
        <h1>城市对比</h1>
        <p class="lead">比较两市规划涉及的产业概念、相似度与可比的量化目标。</p>
      </div>
      <Async value={model.cities} retry={() => controller.retry()}>
        {(cities) =>
          cities.length < 2 ? (
            <Empty>至少需要两个城市的规划文件才能对比</Empty>
          ) : (
            <>
              <Pickers state={state} cities={cities} onChoose={(a, b) => controller.choose(a, b)} />
              {model.unknown.length > 0 ? (
                <div class="state state-error unknown-city" role="alert">
                  没有城市“{model.unknown.join('”“')}”的规划数据。现有城市：{cities.join('、')}。
                </div>
              ) : (
                <div class="compare-body">
                  <Async value={model.comparison} retry={() => controller.retry()}>
                    {(answer) => <Comparison answer={answer} cities={cities} plans={model.plans} />}
                  </Async>
                </div>
              )}
            </>
          )
        }
      </Async>
    </div>
  );
}
