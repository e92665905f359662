/** 目标台账: one city's targets, filtered by indicator (or none fits), year and plan, a page at a time, and as CSV. */
import type { PlanSummary } from '../../../../server/contract.ts';
import { useViewController } from '../../app/use-controller.ts';
import { formatNumber } from '../../format.ts';
import { Pager } from '../../ui/controls.tsx';
import { Async, Empty } from '../../ui/states.tsx';
import type { LedgerFacets } from './ledger.ts';
import { LEDGER_PAGE } from './ledger.ts';
import { LedgerController } from './ledger-controller.ts';
import { LedgerTable } from './LedgerTable.tsx';
import type { LedgerState } from './route.ts';

const NONE = 'none';

function Select({ label, value, options, onChange }: { label: string; value: string; options: { value: string; text: string }[]; onChange(value: string | null): void }) {
  return (
    <label class="field">
      <span class="small muted">{label}</span>
      <select class="input" aria-label={label} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Filters({ state, cities, facets, names, plans, onChange }: { state: LedgerState; cities: string[]; facets: LedgerFacets | null; names: Map<string, string>; plans: Map<string, PlanSummary>; onChange(patch: Partial<LedgerState>): void }) {
  const all = { value: '', text: '全部' };
  const indicators = [all, ...(facets?.indicators ?? []).map((f) => ({ value: f.value, text: `${names.get(f.value) ?? f.value}（${f.count}）` })), { value: NONE, text: `未匹配指标（${facets?.unmatched ?? 0}）` }];
  const years = [all, ...(facets?.years ?? []).map((f) => ({ value: String(f.value), text: `${f.value}年（${f.count}）` }))];
  const planOptions = [all, ...(facets?.plans ?? []).map((f) => ({ value: f.value, text: `《${plans.get(f.value)?.title ?? f.value}》（${f.count}）` }))];
  return (
    <div class="card ledger-filters">
      <Select label="城市" value={state.city ?? ''} options={cities.map((c) => ({ value: c, text: c }))} onChange={(city) => onChange({ city })} />
      <Select label="指标" value={state.filter ?? ''} options={indicators} onChange={(filter) => onChange({ filter })} />
      <Select label="目标年份" value={state.year === null ? '' : String(state.year)} options={years} onChange={(year) => onChange({ year: year ? Number(year) : null })} />
      <Select label="文件" value={state.plan ?? ''} options={planOptions} onChange={(plan) => onChange({ plan })} />
    </div>
  );
}

export function LedgerPanel({ state }: { state: LedgerState }) {
  const controller = useViewController((deps) => new LedgerController(deps), state);
  const model = controller.model;
  const csv = controller.csvHref();
  return (
    <Async value={model.cities} retry={() => controller.retry()}>
      {(cities) =>
        model.unknownCity ? (
          <div class="state state-error unknown-city" role="alert">没有城市“{state.city}”的规划数据。现有城市：{cities.join('、')}。</div>
        ) : (
          <>
            <Filters state={state} cities={cities} facets={model.facets.status === 'ready' ? model.facets.value : null} names={model.indicatorNames} plans={model.plans} onChange={(patch) => controller.setFilter(patch)} />
            <Async value={model.page} retry={() => controller.retry()}>
              {(page) => (
                <section class="card ledger">
                  <div class="ledger-head">
                    <strong class="ledger-total">共 {formatNumber(page.total)} 个目标</strong>
                    {csv ? (
                      <a href={csv} class="btn btn-small" download>
                        下载 CSV
                      </a>
                    ) : null}
                  </div>
                  {page.targets.length === 0 ? <Empty>没有符合条件的目标</Empty> : <LedgerTable targets={page.targets} names={model.indicatorNames} plans={model.plans} />}
                  <Pager offset={state.offset} shown={page.targets.length} total={page.total} size={LEDGER_PAGE} onTurn={(step) => controller.turn(step)} />
                </section>
              )}
            </Async>
          </>
        )
      }
    </Async>
  );
}
