/**
 * A plan's text with its highlights: mentions coloured by label (a click tells what the entity is and
 * where to look further), responsibility clauses, targets; tables as tables; the evidence in focus
 * marked, scrolled to and flashed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentDetail } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { LABEL_NAMES } from '../../format.ts';
import { entityHref, LabelTag } from '../../ui/entities.tsx';
import { documentBlocks, type Block } from './blocks.ts';
import { isPlain, type Segment } from './segments.ts';

type Popover = { segment: Segment; left: number; top: number } | null;

function classesOf(segment: Segment): { className: string; title: string } {
  const classes = ['hl'];
  const titles: string[] = [];
  const mention = segment.mentions[0];
  if (mention?.entity) {
    classes.push('hl-mention', `lbl-${mention.entity.label}`);
    titles.push(`${LABEL_NAMES[mention.entity.label]}：${mention.entity.name}`);
  }
  if (segment.responsibility) {
    classes.push('hl-resp');
    titles.push(`责任条款${segment.responsibility.entity ? `：${segment.responsibility.entity.name}` : ''}`);
  }
  if (segment.target) {
    classes.push('hl-target');
    titles.push('量化目标');
  }
  return { className: classes.join(' '), title: titles.join('；') };
}

function Segments({ segments, onMention }: { segments: Segment[]; onMention(segment: Segment, target: HTMLElement): void }) {
  const pieces = segments.map((segment) => {
    if (isPlain(segment) || (segment.mentions.length === 0 && !segment.responsibility && !segment.target)) return segment.text;
    const { className, title } = classesOf(segment);
    return (
      <span key={segment.start} class={className} title={title} onClick={segment.mentions[0]?.entity ? (e) => onMention(segment, e.currentTarget as HTMLElement) : undefined}>
        {segment.text}
      </span>
    );
  });
  // Consecutive pieces of the evidence in focus are wrapped together, to scroll to and flash.
  const first = segments.findIndex((s) => s.focus);
  if (first < 0) return <>{pieces}</>;
  const last = segments.length - 1 - [...segments].reverse().findIndex((s) => s.focus);
  return (
    <>
      {pieces.slice(0, first)}
      <span class="focus-span" id="reader-focus" tabIndex={-1} aria-label="引用的句子">
        {pieces.slice(first, last + 1)}
      </span>
      {pieces.slice(last + 1)}
    </>
  );
}

function TableBlock({ block, onMention }: { block: Extract<Block, { kind: 'table' }>; onMention(segment: Segment, target: HTMLElement): void }) {
  return (
    <div class="doc-table-wrap">
      <table class="doc-table">
        {block.title ? <caption>{block.title}</caption> : null}
        <thead>
          <tr>{block.header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => [
            row.group && block.rows[r - 1]?.group !== row.group ? <tr key={`g${r}`} class="group-row"><th colSpan={block.header.length} scope="rowgroup">{row.group}</th></tr> : null,
            <tr key={r} class={row.focus ? 'focus-row' : undefined} id={row.focus && !block.rows.slice(0, r).some((x) => x.focus) ? 'reader-focus-row' : undefined} tabIndex={row.focus ? -1 : undefined}>
              {row.cells.map((cell, c) => <td key={c} data-label={block.header[c] ?? ''}><Segments segments={cell} onMention={onMention} /></td>)}
            </tr>,
          ])}
        </tbody>
      </table>
    </div>
  );
}

function MentionPopover({ popover, onClose }: { popover: NonNullable<Popover>; onClose(): void }) {
  const mention = popover.segment.mentions[0];
  const entity = mention?.entity;
  if (!entity) return null;
  return (
    <div class="popover" role="dialog" aria-label="实体信息" style={{ left: `${popover.left}px`, top: `${popover.top}px` }}>
      <LabelTag label={entity.label}>{entity.city}</LabelTag>
      <strong>{entity.name}</strong>
      {mention.term && mention.term !== entity.name ? <span class="small muted">文中用语：{mention.term}</span> : null}
      {popover.segment.responsibility?.entity ? <span class="small muted">所在责任条款：{popover.segment.responsibility.entity.name}</span> : null}
      <div class="actions">
        <a href={hrefTo('explore', { root: entity.id })} class="btn btn-small">在探索中查看</a>
        {entity.label === 'Industry' || entity.label === 'Department' ? <a href={entityHref(entity)} class="btn btn-small btn-ghost">{entity.label === 'Industry' ? '产业重叠' : '部门职责'}</a> : null}
        <button type="button" class="btn btn-small btn-ghost" aria-label="关闭" onClick={onClose}>×</button>
      </div>
    </div>
  );
}

export function DocumentText({ detail, hidden }: { detail: DocumentDetail; hidden: ReadonlySet<string> }) {
  const blocks = useMemo(() => documentBlocks(detail), [detail]);
  const [popover, setPopover] = useState<Popover>(null);
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    setPopover(null);
    const target = article.current?.querySelector<HTMLElement>('#reader-focus, #reader-focus-row');
    if (!target) return;
    requestAnimationFrame(() => {
      target.scrollIntoView({ block: 'center', behavior: 'instant' });
      target.classList.add('flash');
      target.focus({ preventScroll: true });
    });
  }, [detail]);
  const onMention = (segment: Segment, span: HTMLElement) => {
    if (hidden.has('hide-mentions')) return;
    const rect = span.getBoundingClientRect();
    setPopover({ segment, left: Math.max(8, Math.min(window.innerWidth - 300, rect.left)), top: Math.min(window.innerHeight - 160, rect.bottom + 6) });
  };
  return (
    <>
      <article class={`doc-text ${[...hidden].join(' ')}`} aria-label="规划原文" lang="zh-CN" ref={article}>
        {blocks.map((block) => (block.kind === 'text' ? <Segments key={block.start} segments={block.segments} onMention={onMention} /> : <TableBlock key={block.start} block={block} onMention={onMention} />))}
      </article>
      {popover ? <MentionPopover popover={popover} onClose={() => setPopover(null)} /> : null}
    </>
  );
}
