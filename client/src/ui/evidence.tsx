/** Evidence sentences: the matched term marked, the plan named, a link that opens the reader there. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Evidence, PlanSummary } from '../../../server/contract.ts';
import { readerHref } from '../app/links.ts';
import { evidenceSentence } from '../format.ts';
import { Marked } from './marked.tsx';
import { Empty } from './states.tsx';

export function EvidenceItem({ evidence, plans, extra }: { evidence: Evidence; plans: Map<string, PlanSummary>; extra?: ComponentChildren }) {
  const sentence = evidenceSentence(evidence);
  const plan = plans.get(evidence.plan);
  return (
    <li class="evidence">
      <blockquote class="evidence-quote">
        <Marked text={sentence} term={evidence.term} />
      </blockquote>
      <div class="evidence-meta">
        {extra}
        <span class="evidence-plan" title={evidence.plan}>
          {plan ? `《${plan.title}》` : evidence.plan}
        </span>
        <a href={readerHref(evidence)} class="evidence-link" aria-label={`在原文中查看：${sentence.slice(0, 30)}`}>
          查看原文 →
        </a>
      </div>
    </li>
  );
}

/** The first `limit` sentences, the rest behind “显示全部”. */
export function EvidenceList<E extends Evidence>({ evidence, plans, limit = 6, extra }: { evidence: E[]; plans: Map<string, PlanSummary>; limit?: number; extra?: (e: E) => ComponentChildren }) {
  const [all, setAll] = useState(false);
  if (evidence.length === 0) return <Empty>暂无原文证据</Empty>;
  const shown = all ? evidence : evidence.slice(0, limit);
  return (
    <ul class="evidence-list">
      {shown.map((e, i) => (
        <EvidenceItem key={`${e.plan}:${e.start}:${i}`} evidence={e} plans={plans} extra={extra?.(e)} />
      ))}
      {!all && evidence.length > limit ? (
        <li class="more">
          <button type="button" class="btn btn-small btn-ghost" onClick={() => setAll(true)}>
            显示全部 {evidence.length} 条
          </button>
        </li>
      ) : null}
    </ul>
  );
}
