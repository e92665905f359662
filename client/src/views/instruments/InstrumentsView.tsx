/**
 * 政策工具: the supply, demand and environment instruments (Rothwell & Zegveld) each city or plan uses —
 * the structure of its instruments as shares of its codes, per subtype and per side — and, for any cell,
 * the sentences coded so: plan, section, task, the cue that decided it, the sentence opening the reader
 * at its place. The coding sheet exports as CSV, for a cell or for everything.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CodedSentence, CodedSentences, InstrumentMatrix, InstrumentScheme } from '../../../../server/contract.ts';
import { hrefTo, readerHref } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { evidenceSentence, formatNumber, formatPercent } from '../../format.ts';
import { Pager, Segmented } from '../../ui/controls.tsx';
import { Marked } from '../../ui/marked.tsx';
import { Async, Empty } from '../../ui/states.tsx';
import { InstrumentsController, SENTENCE_PAGE } from './controller.ts';
import { columnCaption, matrixRows, maxShare, shareColour, sideShares, type CellChoice, type MatrixRow } from './matrix.ts';
import { MATRIX_BYS, type InstrumentsState } from './route.ts';

const BY_NAMES: Record<InstrumentsState['by'], string> = { city: '按城市', plan: '按规划' };
const SIDE_COLOURS: Record<string, string> = { supply: '#4e79a7', demand: '#f28e2b', environment: '#59a14f' };

function definitions(scheme: InstrumentScheme | null): Map<string, string> {
  return new Map((scheme?.sides ?? []).flatMap((s) => s.instruments.map((i) => [i.code, i.definition] as const)));
}

function Structure({ matrix }: { matrix: InstrumentMatrix }) {
  return (
    <div class="structure" aria-label="各列三类政策工具占比">
      {matrix.columns.map((column) => (
        <div key={column.id} class="structure-row" data-column={column.id}>
          <span class="structure-name" title={column.name}>
            {columnCaption(column)}
          </span>
          <span class="structure-bar" aria-hidden="true">
            {sideShares(matrix, column.id).map((s) => (
              <span key={s.side} style={{ width: formatPercent(s.share, 2), background: SIDE_COLOURS[s.side] }} title={`${s.name} ${formatPercent(s.share)}`} />
            ))}
          </span>
          <span class="structure-text small">
            {sideShares(matrix, column.id)
              .map((s) => `${s.name.replace('型', '')} ${formatPercent(s.share)}`)
              .join(' · ')}
          </span>
        </div>
      ))}
    </div>
  );
}

function MatrixCell({ row, column, max, onOpen, open }: { row: MatrixRow; column: string; max: number; onOpen(cell: CellChoice): void; open: boolean }) {
  const cell = row.cells[column];
  if (!cell) return <td class="instrument-cell empty" aria-label={`${row.name} · ${column}：无`}>·</td>;
  const colour = row.kind === 'instrument' ? shareColour(cell.share, max) : { background: 'transparent', text: 'inherit' };
  const label = `${row.name} · ${column}：占 ${formatPercent(cell.share)}，${cell.sentences} 句，${cell.tasks} 项任务`;
  const choice: CellChoice = { instrument: row.code, side: row.kind === 'side' ? row.side : null, column };
  return (
    <td class="instrument-cell" style={{ backgroundColor: colour.background, color: colour.text }}>
      <button type="button" class="cell-button" aria-label={label} title={label} aria-pressed={open ? 'true' : 'false'} data-instrument={row.code ?? row.side} data-column={column} onClick={() => onOpen(choice)}>
        <strong>{formatPercent(cell.share)}</strong>
        <span class="cell-count">{formatNumber(cell.sentences)} 句</span>
      </button>
    </td>
  );
}

function Matrix({ matrix, scheme, state, onOpen }: { matrix: InstrumentMatrix; scheme: InstrumentScheme | null; state: InstrumentsState; onOpen(cell: CellChoice): void }) {
  const max = maxShare(matrix);
  const defined = definitions(scheme);
  const isOpen = (row: MatrixRow, column: string | null) => state.column === column && (row.kind === 'side' ? state.side === row.side && !state.instrument : state.instrument === row.code);
  if (matrix.columns.length === 0) return <Empty>尚无编码的句子</Empty>;
  return (
    <div class="instrument-scroll">
      <table class="instrument-matrix">
        <caption class="visually-hidden">政策工具 × {matrix.by === 'city' ? '城市' : '规划'}：各列编码的占比与句数</caption>
        <thead>
          <tr>
            <th scope="col" class="instrument-name">政策工具</th>
            {matrix.columns.map((c) => (
              <th key={c.id} scope="col" title={c.plan ? `${c.name}（${c.city ?? '城市未知'}）` : c.name}>
                {c.plan ? (
                  <a href={hrefTo('reader', { plan: c.id })} class="column-plan">
                    {columnCaption(c)}
                  </a>
                ) : (
                  columnCaption(c)
                )}
                <span class="muted small column-count">{formatNumber(c.sentences)} 句</span>
              </th>
            ))}
            <th scope="col" class="num">合计</th>
          </tr>
        </thead>
        <tbody>
          {matrixRows(matrix).map((row) => (
            <tr key={row.key} class={row.kind === 'side' ? `side-row side-${row.side}` : 'instrument-row'} data-row={row.code ?? row.side}>
              <th scope="row" class="instrument-name" title={row.code ? defined.get(row.code) : undefined}>
                {row.kind === 'side' ? <i class="side-swatch" style={{ background: SIDE_COLOURS[row.side] }} aria-hidden="true" /> : null}
                {row.name}
              </th>
              {matrix.columns.map((c) => (
                <MatrixCell key={c.id} row={row} column={c.id} max={max} onOpen={onOpen} open={isOpen(row, c.id)} />
              ))}
              <td class="num">
                {row.total > 0 ? (
                  <button type="button" class="link-button" aria-pressed={isOpen(row, null) ? 'true' : 'false'} onClick={() => onOpen({ instrument: row.code, side: row.kind === 'side' ? row.side : null, column: null })}>
                    {formatNumber(row.total)}
                  </button>
                ) : (
                  0
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SentenceItem({ row, plans }: { row: CodedSentence; plans: Map<string, { title: string }> }) {
  const sentence = evidenceSentence(row.evidence);
  return (
    <li class="coded" data-plan={row.plan.id}>
      <div class="coded-where small">
        <a href={hrefTo('reader', { plan: row.plan.id })}>《{plans.get(row.plan.id)?.title ?? row.plan.title}》</a>
        {row.plan.city ? <span class="muted">{row.plan.city}</span> : null}
        {row.section ? <span class="muted">{`${row.section.number}${row.section.title}`}</span> : null}
        {row.task ? <span class="coded-task">任务：{row.task.name}</span> : null}
      </div>
      <blockquote class="evidence-quote">
        <Marked text={sentence} term={row.cue} />
      </blockquote>
      <div class="evidence-meta">
        <span class={`chip side-chip side-${row.instrument.side}`}>{row.instrument.name}</span>
        <span class="muted small">线索词：{row.cue}</span>
        <a href={readerHref(row.evidence)} class="evidence-link" aria-label={`在原文中查看：${sentence.slice(0, 30)}`}>
          查看原文 →
        </a>
      </div>
    </li>
  );
}

function Sentences({ title, page, state, sheet, onClose, onTurn, plans }: { title: string; page: CodedSentences; state: InstrumentsState; sheet: string; onClose(): void; onTurn(step: number): void; plans: Map<string, { title: string }> }) {
  const ref = useRef<HTMLElement>(null);
  // Beside the matrix on a wide screen, below it on a narrow one: brought into view only when out of it.
  useEffect(() => ref.current?.scrollIntoView({ block: 'nearest' }), [title]);
  return (
    <section class="card coded-sentences" ref={ref} aria-labelledby="coded-heading" tabIndex={-1}>
      <div class="card-head">
        <h2 id="coded-heading">
          {title}
          <span class="count">{formatNumber(page.total)} 句</span>
        </h2>
        <div class="toolbar-inline">
          <a href={sheet} class="btn btn-small" download>
            导出本格编码表 CSV
          </a>
          <button type="button" class="btn btn-small btn-ghost" aria-label="关闭" onClick={onClose}>
            ×
          </button>
        </div>
      </div>
      {page.sentences.length === 0 ? (
        <Empty>没有编码为此类工具的句子</Empty>
      ) : (
        <ol class="coded-list" start={state.offset + 1}>
          {page.sentences.map((row) => (
            <SentenceItem key={`${row.evidence.plan}:${row.evidence.start}:${row.instrument.code}`} row={row} plans={plans} />
          ))}
        </ol>
      )}
      <Pager offset={state.offset} shown={page.sentences.length} total={page.total} size={SENTENCE_PAGE} onTurn={onTurn} />
    </section>
  );
}

export default function InstrumentsView({ state }: ViewProps<InstrumentsState>) {
  const controller = useViewController((deps) => new InstrumentsController(deps), state);
  const model = controller.model;
  const scheme = model.scheme.status === 'ready' ? model.scheme.value : null;
  const title = controller.cellTitle;
  return (
    <div class="page instruments-page">
      <div class="page-head">
        <h1>政策工具</h1>
        <p class="lead">
          按 Rothwell 与 Zegveld 的分类，把规划中承诺政府行动的句子编码为供给型、需求型、环境型三类 {scheme ? formatNumber(scheme.sides.reduce((n, s) => n + s.instruments.length, 0)) : ''} 种工具；每格是该列全部编码中的占比与句数，点击查看原文句子。
        </p>
      </div>
      <div class="toolbar-inline instruments-toolbar">
        <Segmented options={MATRIX_BYS.map((by) => ({ value: by, label: BY_NAMES[by] }))} value={state.by} onChange={(by) => controller.setBy(by)} label="矩阵的列" />
        <a href={controller.sheetHref(true)} class="btn btn-small" download>
          导出完整编码表 CSV
        </a>
      </div>
      <div class={`instruments-body${title ? ' with-cell' : ''}`}>
        <div class="instruments-main">
          <Async value={model.matrix} retry={() => void controller.show({ ...state })}>
            {(matrix) => (
              <>
                <section class="card" aria-labelledby="structure-heading">
                  <h2 id="structure-heading">工具结构</h2>
                  <Structure matrix={matrix} />
                  <div class="structure-legend small muted">
                    {matrix.sides.map((s) => (
                      <span key={s.side}>
                        <i class="side-swatch" style={{ background: SIDE_COLOURS[s.side] }} aria-hidden="true" />
                        {s.name}
                      </span>
                    ))}
                  </div>
                </section>
                <section class="card" aria-labelledby="matrix-heading">
                  <h2 id="matrix-heading">政策工具 × {state.by === 'city' ? '城市' : '规划'}</h2>
                  <p class="muted small">一句可编码为多种工具；占比 = 该格编码数 ÷ 该列全部编码数。颜色越深占比越高。鼠标悬停工具名称可见其定义。</p>
                  <Matrix matrix={matrix} scheme={scheme} state={state} onOpen={(cell) => controller.open(cell)} />
                </section>
              </>
            )}
          </Async>
        </div>
        {title ? (
          <Async value={model.sentences}>
            {(page) => <Sentences title={title} page={page} state={state} sheet={controller.sheetHref()} onClose={() => controller.close()} onTurn={(step) => controller.page(state.offset + step * SENTENCE_PAGE)} plans={model.plans} />}
          </Async>
        ) : null}
      </div>
    </div>
  );
}
