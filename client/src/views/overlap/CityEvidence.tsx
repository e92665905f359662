/** The side panel of 产业重叠: the concept, the cities that do not name it, and each city's wordings, bodies, organisations, targets and sentences. */
import type { Overlap, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { formatNumber, MATCH_DESCRIPTIONS, MATCH_NAMES, MATCH_ORDER, matchName, RELATION_NAMES, type Relation } from '../../format.ts';
import { targetYearText } from '../../format-targets.ts';
import { EntityLink, LabelDot } from '../../ui/entities.tsx';
import { EvidenceList } from '../../ui/evidence.tsx';
import { TargetLink } from '../../ui/targets.tsx';
import { Empty } from '../../ui/states.tsx';

type CityEntry = Overlap['cities'][number];

function Departments({ entry }: { entry: CityEntry }) {
  if (entry.departments.length === 0) return null;
  return (
    <>
      <div class="mini-title">责任部门</div>
      <div>
        {entry.departments.slice(0, 8).map((d) => (
          <div key={d.department.id} class="dept-row">
            <EntityLink entity={d.department} />
            <span class="muted small">{d.led > 0 ? `牵头 ${d.led} · 参与 ${d.assigned}` : d.assigned > 0 ? `参与 ${d.assigned}` : '承接'}</span>
          </div>
        ))}
      </div>
    </>
  );
}

function Targets({ entry, plans }: { entry: CityEntry; plans: Map<string, PlanSummary> }) {
  if (entry.targets.length === 0) return null;
  return (
    <>
      <div class="mini-title">量化目标</div>
      <ul>
        {entry.targets.slice(0, 6).map((t) => (
          <li key={t.id} class="target-row">
            <span>{t.subject.includes(t.metric) ? t.subject : `${t.subject}${t.metric}`}</span>
            <TargetLink target={t} plans={plans} />
            <span class="muted small">{targetYearText(t)}</span>
            {t.indicator ? (
              <a href={hrefTo('indicators', { indicator: t.indicator })} class="small" title="在指标对标中与各市比较">
                对标
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function CityBlock({ entry, plans, focused }: { entry: CityEntry; plans: Map<string, PlanSummary>; focused: boolean }) {
  const organisations = [...entry.enterprises, ...entry.platforms];
  // A sentence names its industry; a related one's relation is its match's.
  const relations = new Map<string, Relation>(entry.matches.flatMap((m) => (m.relation ? [[m.industry.name, m.relation] as const] : [])));
  return (
    <section class={`city-block${focused ? ' pulse' : ''}`} data-city={entry.city} aria-label={`${entry.city}的证据`}>
      <div class="city-block-head">
        <h3>
          <LabelDot label="City" />
          {entry.city}
        </h3>
        <span class="muted small">
          {entry.plans.length} 份文件 · {entry.evidence.length} 句 · {entry.tasks.length} 项任务
        </span>
      </div>
      <div class="mini-title">匹配用语</div>
      <div class="chips">
        {entry.matches.map((m) => (
          <span key={`${m.term}|${m.match}`} class={`chip match-${m.match}`} data-match={m.match} title={`${matchName(m.match, m.relation)} · ${m.industry.name}：${MATCH_DESCRIPTIONS[m.match]}`}>
            {m.term}
            <span class="muted">·{matchName(m.match, m.relation)}</span>
            <span class="count">{formatNumber(m.count)}</span>
          </span>
        ))}
      </div>
      <Departments entry={entry} />
      {organisations.length > 0 ? (
        <>
          <div class="mini-title">企业与平台</div>
          <div class="chips">
            {organisations.map((o) => (
              <EntityLink key={o.id} entity={o} />
            ))}
          </div>
        </>
      ) : null}
      <Targets entry={entry} plans={plans} />
      <div class="mini-title">原文证据</div>
      <EvidenceList evidence={entry.evidence} plans={plans} limit={5} extra={(e) => <span class={`chip match-${e.match}`}>{matchName(e.match, relations.get(e.industry))}</span>} />
    </section>
  );
}

/** What exact, synonym, narrower and related mean, with the chip each is shown as. */
function MatchKinds() {
  return (
    <dl class="match-kinds" aria-label="匹配方式说明">
      {MATCH_ORDER.map((kind) => [
        <dt key={`${kind}:t`}>
          <span class={`chip match-${kind}`}>{MATCH_NAMES[kind]}</span>
        </dt>,
        <dd key={`${kind}:d`}>{MATCH_DESCRIPTIONS[kind]}</dd>,
      ])}
    </dl>
  );
}

export function ConceptSummary({ overlap, onAllCities }: { overlap: Overlap; onAllCities(): void }) {
  const c = overlap.concept;
  const sentences = overlap.cities.reduce((s, x) => s + x.evidence.length, 0);
  const related = (entities: { id: string; name: string }[], className: string) =>
    entities.map((b) => (
      <a key={b.id} href={hrefTo('overlap', { concept: b.name, related: overlap.related })} class={`chip ${className}`}>
        {b.name}
      </a>
    ));
  return (
    <>
      <div class="side-section">
        <h2 class="heading">
          <LabelDot label="Industry" />
          {c.name}
        </h2>
        <p class="muted small">
          {formatNumber(overlap.citiesTotal)} 个城市提及{overlap.related ? '（含下位与相关产业）' : ''}
        </p>
        {overlap.citiesTotal > overlap.cities.length ? (
          <p class="muted small" role="note">
            显示原文最多的 {formatNumber(overlap.cities.length)} 个城市（{formatNumber(sentences)} 句原文）。
            <button type="button" class="btn btn-small btn-ghost" onClick={onAllCities}>
              显示全部 {formatNumber(overlap.citiesTotal)} 个城市
            </button>
          </p>
        ) : (
          <p class="muted small">共 {formatNumber(sentences)} 句原文</p>
        )}
        {c.aliases.length > 0 ? <div class="small"><span class="muted">别名：</span>{c.aliases.join('、')}</div> : null}
        {c.broader.length > 0 ? <div class="chips"><span class="muted small">上位：</span>{related(c.broader, '')}</div> : null}
        {c.narrower.length > 0 ? <div class="chips"><span class="muted small">下位：</span>{related(c.narrower, 'match-narrower')}</div> : null}
        {c.related && c.related.length > 0 ? (
          <div class="chips related-concepts">
            <span class="muted small">相关：</span>
            {c.related.map((r) => (
              <a key={r.id} href={hrefTo('overlap', { concept: r.name, related: overlap.related })} class="chip match-related" title={RELATION_NAMES[r.relation]}>
                {r.name}
                <span class="muted">·{RELATION_NAMES[r.relation]}</span>
              </a>
            ))}
          </div>
        ) : null}
        {!overlap.related ? <p class="muted small">提示：勾选“含下位与相关产业”可一并查看细分产业和相关概念的表述。</p> : null}
        <MatchKinds />
      </div>
      <div class="absent" role="note">
        {overlap.absent.length > 0 ? (
          <>
            <strong>未提及“{c.name}”的城市：</strong>
            {overlap.absent.join('、')}
          </>
        ) : (
          `所有城市均提及“${c.name}”。`
        )}
      </div>
      {overlap.cities.length === 0 ? <Empty>暂无城市提及该概念</Empty> : null}
    </>
  );
}
