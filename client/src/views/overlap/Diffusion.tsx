/**
 * 产业重叠's 时间先后: who planned for the concept first and who followed — each city a row on one year
 * axis, its first plan a filled dot and later plans hollow ones, each dot and each listed plan opening
 * the sentence that names the concept; years after the first city in words.
 */
import type { ConceptTimeline } from '../../../../server/contract.ts';
import { hrefTo, readerHref } from '../../app/links.ts';
import { formatNumber } from '../../format.ts';
import { lagText, planDateText } from '../../format-time.ts';
import { Empty } from '../../ui/states.tsx';
import { diffusionOf, type Diffusion, type DiffusionRow } from './diffusion.ts';

const pct = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

function Grid({ diffusion }: { diffusion: Diffusion }) {
  return (
    <>
      {diffusion.ticks.map((year) => {
        const x = pct((year - diffusion.from) / (diffusion.to - diffusion.from));
        return <line key={year} x1={x} x2={x} y1="0" y2="100%" class="chart-grid" />;
      })}
    </>
  );
}

function Track({ row, diffusion }: { row: DiffusionRow; diffusion: Diffusion }) {
  const xs = row.marks.map((m) => m.x);
  return (
    <svg class="diffusion-track" width="100%" height="22" aria-hidden="true">
      <Grid diffusion={diffusion} />
      {xs.length > 1 ? <line x1={pct(Math.min(...xs))} x2={pct(Math.max(...xs))} y1="11" y2="11" class="diffusion-span" /> : null}
      {row.marks.map((m) => (
        <a key={m.mention.plan.id} href={readerHref(m.mention.evidence)} tabIndex={-1}>
          <circle cx={pct(m.x)} cy="11" r={m.first ? 6 : 5} class={m.first ? 'diffusion-dot diffusion-first' : 'diffusion-dot'}>
            <title>{`${planDateText(m.mention.plan)}《${m.mention.plan.title}》`}</title>
          </circle>
        </a>
      ))}
    </svg>
  );
}

function Mentions({ row }: { row: DiffusionRow }) {
  const mentions = [...row.marks.map((m) => ({ mention: m.mention, first: m.first })), ...row.undated.map((mention) => ({ mention, first: false }))];
  return (
    <ul class="diffusion-mentions">
      {mentions.map(({ mention, first }) => (
        <li key={mention.plan.id} data-plan={mention.plan.id} class={first ? 'first' : undefined}>
          <span class="diffusion-date">{planDateText(mention.plan)}</span>
          <a href={hrefTo('reader', { plan: mention.plan.id })} class="diffusion-plan">
            《{mention.plan.title}》
          </a>
          <span class="muted small">
            {mention.plan.status ? `${mention.plan.status} · ` : ''}
            {formatNumber(mention.count)} 处 · {mention.terms.join('、')}
          </span>
          <a href={readerHref(mention.evidence)} class="evidence-link" aria-label={`${row.city}${first ? '首次' : ''}提及的原文：《${mention.plan.title}》`}>
            {first ? '首次提及原文 →' : '原文 →'}
          </a>
        </li>
      ))}
    </ul>
  );
}

function summaryOf(timeline: ConceptTimeline, diffusion: Diffusion): string {
  const [leader, ...followers] = diffusion.rows.filter((r) => r.marks.length > 0);
  if (!leader) return `各市提及“${timeline.concept.name}”的规划均无日期，无法排序。`;
  const first = leader.marks[0]?.mention.plan;
  const lead = `${leader.city}最早（${first ? planDateText(first) : ''}）`;
  if (followers.length === 0) return `${lead}；其他城市的规划未提及或日期不详。`;
  return `${lead}，${followers.map((r) => `${r.city}${lagText(r.yearsAfterFirst)}`).join('，')}。`;
}

export function DiffusionPanel({ timeline }: { timeline: ConceptTimeline }) {
  const diffusion = diffusionOf(timeline);
  const span = diffusion.to - diffusion.from;
  return (
    <section class="side-section diffusion" aria-labelledby="diffusion-heading">
      <h2 id="diffusion-heading" class="heading">
        时间先后：谁先规划，谁跟进
      </h2>
      {diffusion.rows.length === 0 ? (
        <Empty>暂无城市提及该概念</Empty>
      ) : (
        <>
          <p class="small diffusion-summary">{summaryOf(timeline, diffusion)}</p>
          <ol class="diffusion-rows" aria-label="各市首次与后续提及，按时间先后">
            {diffusion.rows.map((row) => (
              <li key={row.city} class="diffusion-row" data-city={row.city} data-rank={row.rank}>
                <div class="diffusion-head">
                  <span class="diffusion-rank" aria-label={`第 ${row.rank} 位`}>
                    {row.rank}
                  </span>
                  <strong>{row.city}</strong>
                  <span class="diffusion-lag muted small">{row.rank === 1 && row.marks.length > 0 ? '最早规划' : lagText(row.yearsAfterFirst)}</span>
                </div>
                <Track row={row} diffusion={diffusion} />
                <Mentions row={row} />
              </li>
            ))}
          </ol>
          <div class="diffusion-axis" aria-hidden="true">
            {diffusion.ticks.map((year) => (
              <span key={year} style={{ left: pct((year - diffusion.from) / span) }}>
                {year}
              </span>
            ))}
          </div>
          <p class="muted small">日期为规划的印发日期；未注明印发日期的，取规划期首年。实心点为各市首次提及，空心点为其后的规划。</p>
        </>
      )}
    </section>
  );
}
