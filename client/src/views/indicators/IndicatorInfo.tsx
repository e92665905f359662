/** What an indicator measures — definition, scope, unit, numerator and denominator, the wordings plans use — and the look-alikes it must not be compared with. */
import type { IndicatorSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { INDICATOR_KIND_NAMES } from '../../format-targets.ts';

export function IndicatorInfo({ indicator, nameOf }: { indicator: IndicatorSummary; nameOf(id: string): string | null }) {
  const rows: [string, string][] = [
    ['统计范围', indicator.scope],
    ['单位', indicator.unit || '（无单位）'],
    ...(indicator.numerator ? ([['分子', indicator.numerator]] as [string, string][]) : []),
    ...(indicator.denominator ? ([['分母', indicator.denominator]] as [string, string][]) : []),
    ['原文用语', indicator.wordings.join('、')],
    ['设定的城市', indicator.cities.length > 0 ? indicator.cities.join('、') : '暂无'],
  ];
  return (
    <section class="card indicator-info" aria-label="指标说明">
      <div class="tag">{INDICATOR_KIND_NAMES[indicator.kind]}指标{indicator.perIndustry ? ' · 按产业分别比较' : ''}</div>
      <h2>{indicator.name}</h2>
      <p class="definition">{indicator.definition}</p>
      <dl class="kv">
        {rows.map(([name, value]) => [<dt key={`${name}:t`}>{name}</dt>, <dd key={`${name}:d`}>{value}</dd>])}
      </dl>
      {indicator.differsFrom.length > 0 ? (
        <div class="differs" role="note">
          <div class="mini-title">易混指标：不与本指标比较</div>
          <ul>
            {indicator.differsFrom.map((d) => (
              <li key={d.id}>
                <a href={hrefTo('indicators', { indicator: d.id })}>{nameOf(d.id) ?? d.id}</a>：{d.note}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
