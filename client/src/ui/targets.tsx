/**
 * A target as a planner reads it — the value as printed, linked to its sentence in the reader, its year
 * and its flags in words — and a benchmark group's flags as sentences. Shared by 指标对标 and 城市对比.
 */
import type { BenchmarkGroup, PlanSummary, TargetRef } from '../../../server/contract.ts';
import { readerHref } from '../app/links.ts';
import { basisText, GROUP_FLAG_NAMES, groupFlagNotes, scopeText, TARGET_FLAG_HINTS, TARGET_FLAG_NAMES, targetSentence, targetYearText, type TargetFlag } from '../format-targets.ts';

/** The heading of a group of comparable targets (指标对标's groups, 目标演进's panels): its scope, unit basis and size. */
export function GroupHeading({ group, size }: { group: Pick<BenchmarkGroup, 'scope' | 'basis' | 'unit'>; size: string }) {
  return (
    <h3 class="heading">
      {scopeText(group.scope)}
      <span class="muted small">
        {' '}
        · {basisText(group)} · {size}
      </span>
    </h3>
  );
}

export function FlagChips({ flags }: { flags: readonly TargetFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((flag) => (
        <span key={flag} class={`flag flag-${flag}`} title={TARGET_FLAG_HINTS[flag]}>
          {TARGET_FLAG_NAMES[flag]}
        </span>
      ))}
    </>
  );
}

/**
 * The value as the plan prints it (or `text`, the same value converted), opening its sentence in 原文;
 * a title names the plan and quotes the sentence.
 */
export function TargetLink({ target, plans, text }: { target: Pick<TargetRef, 'display' | 'evidence' | 'plan'>; plans: Map<string, PlanSummary>; text?: string }) {
  const cited = target.evidence[0];
  if (!cited) return <span class="target-value" title="无原文出处">{text ?? target.display}</span>;
  const plan = plans.get(target.plan)?.title ?? target.plan;
  return (
    <a href={readerHref(cited)} class="target-value target-link" title={`《${plan}》：${targetSentence(target)}`}>
      {text ?? target.display}
    </a>
  );
}

/** Value, year and flags of one target, for a table cell. */
export function TargetLine({ target, plans }: { target: TargetRef; plans: Map<string, PlanSummary> }) {
  return (
    <div class="target-line" data-target={target.id}>
      <TargetLink target={target} plans={plans} />
      <span class="muted small"> {targetYearText(target)}</span> <FlagChips flags={target.flags ?? []} />
    </div>
  );
}

/** A group's flags as sentences; a group without flags says its targets agree in year and period. */
export function GroupFlagNotes({ group }: { group: Pick<BenchmarkGroup, 'flags' | 'years'> }) {
  const notes = groupFlagNotes(group);
  if (notes.length === 0) return <p class="flag-notes muted small">年份与期间口径一致。</p>;
  return (
    <ul class="flag-notes" aria-label="比较提示">
      {notes.map((note) => (
        <li key={note.flag} class={`flag-note flag-note-${note.flag}`}>
          {note.text}
        </li>
      ))}
    </ul>
  );
}

/** A group's flags as short words, each with its sentence as a title (table cells). */
export function GroupFlagChips({ group }: { group: Pick<BenchmarkGroup, 'flags' | 'years'> }) {
  const notes = groupFlagNotes(group);
  if (notes.length === 0) return <span class="muted small">口径一致</span>;
  return (
    <>
      {notes.map((note) => (
        <span key={note.flag} class={`flag flag-group-${note.flag}`} title={note.text}>
          {GROUP_FLAG_NAMES[note.flag]}
        </span>
      ))}
    </>
  );
}
