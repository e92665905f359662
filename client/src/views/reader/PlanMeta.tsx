/**
 * A plan's metadata where it is read: city (and what decided it), issuer, issue date, 文号, period (and
 * how it was read), status, when it is in force, the plans it succeeds and that succeed it — each value
 * linked to where the text says it; a value corrected by hand marked, with what the text says; and the
 * form that corrects the dates and status.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { DocumentDetail, PlanEditBody, PlanInTime, PlanSummary, Succession as SuccessionLink } from '../../../../server/contract.ts';
import { failureText } from '../../api/errors.ts';
import { hrefTo, readerHref } from '../../app/links.ts';
import { formatPeriod } from '../../format.ts';
import { CITY_CUE_NAMES, formatDate, PERIOD_BASIS_NAMES, SUCCESSION_BASIS_NAMES } from '../../format-time.ts';
import type { EditStatus } from './controller.ts';
import { editBodyOf, formOf, type PlanEditForm } from './plan-edit.ts';

type Field = DocumentDetail['metadata'][number]['field'];
type Editable = 'issued' | 'period' | 'status';
const FIELD_NAMES: Record<Editable, string> = { issued: '印发日期', period: '规划期', status: '状态' };

export interface PlanMetaProps {
  plan: PlanSummary;
  sources: DocumentDetail['metadata'];
  time: PlanInTime | null;
  timeOf(id: string): PlanInTime | null;
  /** Every succession link, with its basis and reason. */
  succession: SuccessionLink[];
  edit: EditStatus;
  onEdit(body: PlanEditBody): void;
}

function Source({ plan, sources, field }: { plan: string; sources: DocumentDetail['metadata']; field: Field }) {
  const source = sources.find((s) => s.field === field);
  if (!source) return null;
  return (
    <a href={readerHref({ plan, start: source.originalStart, end: source.originalEnd })} class="meta-source" title={`原文：${source.text}`} aria-label={`在原文中查看出处：${source.text}`}>
      出处
    </a>
  );
}

function Item({ name, field, children }: { name: string; field: string; children: ComponentChildren }) {
  return (
    <div class="meta-item" data-field={field}>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** “人工更正” with what the text says, for a field edited by hand. */
function Edited({ time, field, text }: { time: PlanInTime | null; field: Editable; text: string }) {
  if (!time?.edited.includes(field)) return null;
  return (
    <span class="edited-mark" title={`更正于 ${time.editedAt[field]?.slice(0, 10) ?? ''}`}>
      人工更正 · 原文：{text}
    </span>
  );
}

function Succession({ time, timeOf, succession }: { time: PlanInTime; timeOf(id: string): PlanInTime | null; succession: SuccessionLink[] }) {
  const link = (id: string) => {
    const other = timeOf(id);
    const why = succession.find((l) => (l.successor === time.id && l.predecessor === id) || (l.predecessor === time.id && l.successor === id));
    return (
      <a key={id} href={hrefTo('reader', { plan: id })} data-plan={id} title={why?.reason}>
        《{other?.title ?? id}》
        <span class="muted small">
          {other ? `（${[other.issued ? `${formatDate(other.issued)}印发` : null, other.status].filter(Boolean).join('，')}）` : ''}
        </span>
      </a>
    );
  };
  const basis = succession.find((l) => l.successor === time.id)?.basis ?? succession.find((l) => l.predecessor === time.id)?.basis;
  return (
    <>
      {time.succeeds.length > 0 ? <span class="succession succeeds">接续 {time.succeeds.map(link)}</span> : null}
      {time.succeededBy.length > 0 ? <span class="succession succeeded">被 {time.succeededBy.map(link)} 接续</span> : null}
      {basis ? <span class="muted small">（{SUCCESSION_BASIS_NAMES[basis]}；同一城市、同类发文机关、同一主题）</span> : null}
    </>
  );
}

function EditForm({ time, edit, onEdit }: { time: PlanInTime; edit: EditStatus; onEdit(body: PlanEditBody): void }) {
  const [form, setForm] = useState<PlanEditForm>(() => formOf(time));
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<PlanEditForm>) => setForm({ ...form, ...patch });
  const input = (key: keyof PlanEditForm, label: string, placeholder: string, width = '') => (
    <input class={`input input-small ${width}`} aria-label={label} placeholder={placeholder} value={form[key]} onInput={(e) => set({ [key]: (e.target as HTMLInputElement).value })} />
  );
  const save = (e: Event) => {
    e.preventDefault();
    const result = editBodyOf(form, time);
    if (!result) setProblem('没有改动');
    else if ('problem' in result) setProblem(result.problem);
    else {
      setProblem(null);
      onEdit(result.body);
    }
  };
  return (
    <form class="plan-edit-form" onSubmit={save}>
      <label class="field">
        <span class="muted small">印发日期（空：未注明）</span>
        {input('issued', '印发日期', '2024-02-18 或 2024-02')}
      </label>
      <label class="field">
        <span class="muted small">规划期</span>
        <span class="period-inputs">
          {input('periodFrom', '规划期起始年', '2024', 'year')}—{input('periodTo', '规划期结束年', '2026', 'year')}
        </span>
      </label>
      <label class="field">
        <span class="muted small">状态</span>
        {input('status', '状态', '印发、征求意见稿…')}
      </label>
      <div class="plan-edit-actions">
        <button type="submit" class="btn btn-small" disabled={edit.phase === 'saving'}>
          保存更正
        </button>
        {time.edited.length > 0 ? (
          <button type="button" class="btn btn-small btn-ghost" disabled={edit.phase === 'saving'} onClick={() => onEdit({ revert: time.edited })}>
            恢复原文识别（{time.edited.map((f) => FIELD_NAMES[f]).join('、')}）
          </button>
        ) : null}
      </div>
      {problem ? <p class="state-error small" role="alert">{problem}</p> : null}
      {edit.phase === 'failed' ? <p class="state-error small" role="alert">{failureText(edit.error, '保存失败')}</p> : null}
      {edit.phase === 'saved' ? <p class="small saved" role="status">已保存；重新导入同一文件也会保留更正。</p> : null}
    </form>
  );
}

export function PlanMeta({ plan, sources, time, timeOf, succession, edit, onEdit }: PlanMetaProps) {
  const issued = time ? time.issued : plan.issued;
  const period = time ? time.period : plan.period;
  const status = time ? time.status : plan.status;
  return (
    <>
      <dl class="plan-meta">
        <Item name="城市" field="city">
          {plan.city ?? '未识别'}
          {plan.cityCue ? <span class="muted small">（依据：{CITY_CUE_NAMES[plan.cityCue]}）</span> : null}
          <Source plan={plan.id} sources={sources} field="city" />
        </Item>
        <Item name="发文机关" field="issuer">
          {plan.issuer ?? '未注明'}
          {plan.issuers.length > 1 ? <span class="muted small">（联合：{plan.issuers.slice(1).join('、')}）</span> : null}
          <Source plan={plan.id} sources={sources} field="issuer" />
        </Item>
        <Item name="印发日期" field="issued">
          {formatDate(issued)}
          <Source plan={plan.id} sources={sources} field="issued" />
          <Edited time={time} field="issued" text={formatDate(time?.inferred.issued)} />
        </Item>
        <Item name="文号" field="documentNumber">
          {plan.documentNumber ?? '未注明'}
          <Source plan={plan.id} sources={sources} field="documentNumber" />
        </Item>
        <Item name="规划期" field="period">
          {period ? formatPeriod(period) : '未注明'}
          {period && plan.periodBasis && !time?.edited.includes('period') ? <span class="muted small">（依据：{PERIOD_BASIS_NAMES[plan.periodBasis]}）</span> : null}
          <Source plan={plan.id} sources={sources} field="period" />
          <Edited time={time} field="period" text={time?.inferred.period ? formatPeriod(time.inferred.period) : '未注明'} />
        </Item>
        <Item name="状态" field="status">
          {status ?? '未注明'}
          {time?.draft ? <span class="chip draft-chip">草稿</span> : null}
          <Source plan={plan.id} sources={sources} field="status" />
          <Edited time={time} field="status" text={time?.inferred.status ?? '未注明'} />
        </Item>
        {time ? (
          <Item name="施行" field="in-force">
            {time.start ? `${formatDate(time.start)}起` : '日期不详'}
            {time.end ? `至${formatDate(time.end)}` : ''}
            {time.succeededBy.length > 0 ? <span class="muted small">（或至后续版本印发）</span> : null}
          </Item>
        ) : null}
        {time && (time.succeeds.length > 0 || time.succeededBy.length > 0) ? (
          <Item name="接续" field="succession">
            <Succession time={time} timeOf={timeOf} succession={succession} />
          </Item>
        ) : null}
      </dl>
      {time ? (
        // The form starts again from the plan's values after each save; the details stay open.
        <details class="plan-edit">
          <summary>更正日期与状态</summary>
          <EditForm key={`${time.id}|${time.edited.join()}|${time.issued}|${time.period?.join()}|${time.status}`} time={time} edit={edit} onEdit={onEdit} />
        </details>
      ) : null}
    </>
  );
}

