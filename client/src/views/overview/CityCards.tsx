/** The cities side by side: plans, counts with bars against the largest, links to compare and to departments. */
import type { Overview, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { formatNumber, formatPeriod } from '../../format.ts';
import { Empty } from '../../ui/states.tsx';

type City = Overview['cities'][number];
type MetricKey = keyof City['counts'] | 'plans';

const METRICS: { key: MetricKey; name: string; unit: string }[] = [
  { key: 'plans', name: '规划文件', unit: '份' },
  { key: 'tasks', name: '重点任务', unit: '项' },
  { key: 'targets', name: '量化目标', unit: '个' },
  { key: 'departments', name: '责任部门', unit: '个' },
  { key: 'industries', name: '产业', unit: '个' },
  { key: 'enterprises', name: '企业', unit: '家' },
  { key: 'platforms', name: '平台', unit: '个' },
];

const valueOf = (city: City, key: MetricKey) => (key === 'plans' ? city.plans.length : city.counts[key]);

export function CityCards({ overview, plans }: { overview: Overview; plans: Map<string, PlanSummary> }) {
  if (overview.cities.length === 0) return <Empty>暂无城市数据：请先导入规划文件</Empty>;
  const max = Object.fromEntries(METRICS.map((m) => [m.key, Math.max(1, ...overview.cities.map((c) => valueOf(c, m.key)))]));
  return (
    <div class="city-cards">
      {overview.cities.map((city) => (
        <article key={city.city} class="card city-card" aria-label={city.city} data-city={city.city}>
          <div class="city-card-head">
            <h3>{city.city}</h3>
            <div class="city-actions">
              <a href={hrefTo('compare', { a: city.city })} class="btn btn-small btn-ghost" title={`与${city.city}最相近的城市，及两市对比`}>
                对比
              </a>
              <a href={hrefTo('departments', { city: city.city })} class="btn btn-small btn-ghost">
                部门
              </a>
            </div>
          </div>
          <dl class="metrics">
            {METRICS.map((m) => (
              <div key={m.key} class="metric">
                <dt>{m.name}</dt>
                <dd>
                  <strong>{formatNumber(valueOf(city, m.key))}</strong>
                  <span class="unit">{m.unit}</span>
                  <span class="metric-bar" aria-hidden="true">
                    <span style={{ width: `${(valueOf(city, m.key) / (max[m.key] ?? 1)) * 100}%` }} />
                  </span>
                </dd>
              </div>
            ))}
          </dl>
          <ul class="plan-list">
            {city.plans.map((p) => (
              <li key={p.id}>
                <a href={hrefTo('reader', { plan: p.id })} class="plan-link">
                  {p.title}
                </a>
                {plans.get(p.id)?.period ? <span class="muted small"> {formatPeriod(plans.get(p.id)?.period)}</span> : null}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}
