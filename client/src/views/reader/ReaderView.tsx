/**
 * 原文: a plan's text with every cited span highlighted, tables as tables; an evidence link lands on
 * its sentence (or says why it cannot); the plans, the upload form and the highlight toggles beside it.
 */
import { useState } from 'preact/hooks';
import type { DocumentDetail, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { formatNumber, formatPeriod, LABEL_NAMES, LABELS } from '../../format.ts';
import { formatDate } from '../../format-time.ts';
import { Heading } from '../../ui/controls.tsx';
import { Async, Empty } from '../../ui/states.tsx';
import { ReaderController } from './controller.ts';
import { DocumentText } from './DocumentText.tsx';
import { PlanMeta } from './PlanMeta.tsx';
import { TOKEN_KEY } from './upload-controller.ts';
import type { ReaderState } from './route.ts';
import { UploadForm } from './UploadForm.tsx';

const MENTION_LABELS = LABELS.filter((l) => !['Plan', 'Section', 'Task', 'Target', 'Instrument'].includes(l));
const TOGGLES = [
  { cls: 'hide-mentions', name: '提及的实体' },
  { cls: 'hide-resp', name: '责任条款' },
  { cls: 'hide-targets', name: '量化目标' },
];

function DocumentList({ documents, current }: { documents: PlanSummary[]; current: string | null }) {
  if (documents.length === 0) return <Empty>暂无文件，请上传</Empty>;
  const groups = new Map<string, PlanSummary[]>();
  for (const d of documents) groups.set(d.city ?? '未识别城市', [...(groups.get(d.city ?? '未识别城市') ?? []), d]);
  return (
    <>
      {[...groups].map(([city, docs]) => [
        <div key={city} class="doc-group-title">{city}</div>,
        ...docs.map((d) => <a key={d.id} href={hrefTo('reader', { plan: d.id })} class="doc-item" title={d.file} aria-current={d.id === current ? 'true' : undefined}>{d.title}<span class="doc-item-when">{[d.issued ? formatDate(d.issued) : d.period ? formatPeriod(d.period) : null, d.status].filter(Boolean).join(' · ')}</span></a>),
      ])}
    </>
  );
}

function Highlights({ hidden, onToggle }: { hidden: ReadonlySet<string>; onToggle(cls: string): void }) {
  return (
    <div class="side-section">
      <Heading text="高亮" />
      <div class="toggle-list">
        {TOGGLES.map((t) => <label key={t.cls} class="check"><input type="checkbox" checked={!hidden.has(t.cls)} onChange={() => onToggle(t.cls)} />{t.name}</label>)}
      </div>
      <div class="legend-grid" aria-label="高亮颜色说明">
        {MENTION_LABELS.map((l) => <span key={l} class={`lbl-${l}`}><i aria-hidden="true" />{LABEL_NAMES[l]}</span>)}
        <span class="swatch-resp"><i aria-hidden="true" />责任条款</span>
        <span class="swatch-target"><i aria-hidden="true" />量化目标</span>
      </div>
    </div>
  );
}

function DocumentHead({ detail, controller }: { detail: DocumentDetail; controller: ReaderController }) {
  const { plan } = detail;
  const problem = controller.focusProblem;
  const times = controller.model.times.status === 'ready' ? controller.model.times.value : null;
  return (
    <div class="doc-head">
      <h1 class="doc-title">{plan.title}</h1>
      <PlanMeta
        plan={plan}
        sources={detail.metadata}
        time={controller.timeOf(plan.id)}
        timeOf={(id) => controller.timeOf(id)}
        succession={times?.succession ?? []}
        edit={controller.model.edit}
        onEdit={(body) => void controller.editPlan(body, sessionStorage.getItem(TOKEN_KEY))}
      />
      <div class="doc-meta">
        {plan.genre ? <span>类型：{plan.genre}</span> : null}
        <span>字数：{formatNumber(plan.characters)}</span>
        <span>高亮：{formatNumber(detail.highlights.length)} 处</span>
        <span title={plan.id}>文件：{plan.file}</span>
      </div>
      {problem ? <div class="state-error small focus-problem" role="alert">{problem}</div> : null}
    </div>
  );
}

function Catalogue({ documents }: { documents: PlanSummary[] }) {
  return (
    <div class="doc-head"><h1 class="doc-title">原文阅读</h1><p class="muted small">选择规划文件，或从任意“查看原文”链接进入并定位到引用句。</p>
      <div class="doc-catalogue">
        {documents.map((d) => <div key={d.id}><a href={hrefTo('reader', { plan: d.id })}>《{d.title}》</a><span class="muted small"> {d.city ?? '未识别城市'} · {d.genre ?? '文件'} · {formatNumber(d.characters)} 字</span></div>)}
      </div>
    </div>
  );
}

export default function ReaderView({ state }: ViewProps<ReaderState>) {
  const controller = useViewController((deps) => new ReaderController(deps), state);
  const model = controller.model;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (cls: string) => setHidden((h) => (h.has(cls) ? new Set([...h].filter((c) => c !== cls)) : new Set([...h, cls])));
  const documents = model.documents.status === 'ready' ? model.documents.value : [];
  let main;
  if (!state.plan) main = <Catalogue documents={documents} />;
  else if (controller.planMissing) main = <div class="doc-head"><h1 class="doc-title">原文阅读</h1><div class="state state-error" role="alert">没有找到规划文件“{state.plan}”。</div></div>;
  else main = <Async value={model.document} loadingText="正在加载原文…" retry={() => void controller.show(state)}>{(detail) => <><DocumentHead detail={detail} controller={controller} /><DocumentText detail={detail} hidden={hidden} /></>}</Async>;
  return (
    <div class="reader-layout">
      <aside class="reader-side" aria-label="文件与上传">
        <div class="side-section">
          <Heading text="规划文件" />
          <nav class="doc-list" aria-label="规划文件列表">
            <Async value={model.documents} retry={() => void controller.loadDocuments(true)}>{(list) => <DocumentList documents={list} current={state.plan} />}</Async>
          </nav>
        </div>
        <UploadForm onUploaded={() => void controller.loadDocuments(true)} />
        <Highlights hidden={hidden} onToggle={toggle} />
      </aside>
      <div class="reader-main" tabIndex={-1}>{main}</div>
    </div>
  );
}
