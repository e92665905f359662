/**
 * 原文: a plan's normalised text with every cited span highlighted (mentions coloured by label,
 * responsibility clauses, targets). An evidence link lands here scrolled to its sentence, which flashes.
 * Also: the document picker and the upload form.
 */
import { api, failureText, isAbort, writeToken } from '../api.ts';
import { announce, documentCatalog, navigate, overviewCatalog, type View } from '../app.ts';
import { empty, entityHref, failure, heading, labelDot, link, loading } from '../components.ts';
import { el, setChildren } from '../dom.ts';
import { formatNumber, formatPeriod, LABEL_NAMES, LABELS } from '../format.ts';
import { isPlain, segmentText, type Segment } from '../segments.ts';
import { hrefTo, type StateOf, type ViewState } from '../state.ts';
import type { DocumentDetail, PlanSummary } from '../types.ts';

const ACCEPT = ['.txt', '.docx', '.pdf'];
const MENTION_LABELS = LABELS.filter((l) => !['Plan', 'Section', 'Task', 'Target'].includes(l));

export function mount(root: HTMLElement, initial: StateOf<'reader'>): View {
  let state = initial;
  let controller = new AbortController();
  let documents: PlanSummary[] = [];
  let segments: Segment[] = [];
  let loadedPlan: string | null = null;

  const docList = el('nav', { class: 'doc-list', 'aria-label': '规划文件列表' }, loading());
  const head = el('div', { class: 'doc-head' });
  const article = el('article', { class: 'doc-text', 'aria-label': '规划原文', lang: 'zh-CN' });
  const mainPane = el('div', { class: 'reader-main', tabindex: '-1' }, head, article);
  const popover = el('div', { class: 'popover', hidden: true, role: 'dialog', 'aria-label': '实体信息' });

  // Upload form.
  const fileInput = el('input', { type: 'file', class: 'file-input', accept: ACCEPT.join(','), 'aria-label': '选择要上传的文件（.txt、.docx、.pdf）', id: 'upload-file' });
  const fileName = el('span', { class: 'file-name' }, '未选择文件');
  const uploadButton = el('button', { type: 'submit', class: 'btn btn-primary btn-small', disabled: true }, '上传并解析');
  // The server's write token, when it has one; kept for this tab only (sessionStorage).
  const tokenInput = el('input', { type: 'password', class: 'token-input', autocomplete: 'off', placeholder: '写入令牌（服务器要求时填写）', 'aria-label': '写入令牌', value: writeToken.get() });
  tokenInput.addEventListener('change', () => writeToken.set(tokenInput.value.trim()));
  const progress = el('progress', { max: '1', value: '0', hidden: true, 'aria-label': '上传进度' });
  const uploadResult = el('div', { class: 'upload-result', role: 'status', 'aria-live': 'polite' });
  fileInput.addEventListener('change', () => {
    uploadButton.disabled = !fileInput.files?.length;
    fileName.textContent = fileInput.files?.[0]?.name ?? '未选择文件';
    setChildren(uploadResult);
  });
  const form = el(
    'form',
    { class: 'upload', 'aria-label': '上传规划文件' },
    el('div', { class: 'small' }, el('strong', null, '上传文件'), el('span', { class: 'muted' }, '（.txt、.docx、.pdf）')),
    el('div', { class: 'file-pick' }, fileInput, el('label', { for: 'upload-file', class: 'btn btn-small' }, '选择文件…'), fileName),
    tokenInput,
    el('div', { class: 'actions' }, uploadButton),
    progress,
    uploadResult,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void upload();
  });

  // Highlight toggles.
  const toggle = (cls: string, text: string) => {
    const input = el('input', { type: 'checkbox', checked: true });
    input.addEventListener('change', () => article.classList.toggle(cls, !input.checked));
    return el('label', { class: 'check' }, input, text);
  };

  root.append(
    el(
      'div',
      { class: 'reader-layout' },
      el(
        'aside',
        { class: 'reader-side', 'aria-label': '文件与上传' },
        el('div', { class: 'side-section' }, heading('h2', '规划文件'), docList),
        form,
        el(
          'div',
          { class: 'side-section' },
          heading('h2', '高亮'),
          el('div', { class: 'toggle-list' }, toggle('hide-mentions', '提及的实体'), toggle('hide-resp', '责任条款'), toggle('hide-targets', '量化目标')),
          el(
            'div',
            { class: 'legend-grid', 'aria-label': '高亮颜色说明' },
            MENTION_LABELS.map((l) => el('span', { class: `lbl-${l}` }, el('i', { 'aria-hidden': 'true' }), LABEL_NAMES[l])),
            el('span', null, el('i', { 'aria-hidden': 'true', style: { '--c': '#3f7d3a', background: 'rgba(89,161,79,.22)', 'border-bottom-color': 'rgba(63,125,58,.5)' } }), '责任条款'),
            el('span', null, el('i', { 'aria-hidden': 'true', style: { background: 'rgba(237,201,72,.4)', 'border-bottom-color': 'transparent' } }), '量化目标'),
          ),
        ),
      ),
      mainPane,
      popover,
    ),
  );

  function closePopover(): void {
    popover.hidden = true;
  }
  const onDocumentClick = (event: MouseEvent) => {
    if (!popover.hidden && !popover.contains(event.target as Node) && !(event.target as Element).closest?.('.hl-mention')) closePopover();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closePopover();
  };
  document.addEventListener('click', onDocumentClick);
  document.addEventListener('keydown', onKey);
  mainPane.addEventListener('scroll', closePopover, { passive: true });

  article.addEventListener('click', (event) => {
    const span = (event.target as Element).closest<HTMLElement>('[data-seg]');
    if (!span || article.classList.contains('hide-mentions')) return;
    const segment = segments[Number(span.dataset.seg)];
    const mention = segment?.mentions[0];
    if (!segment || !mention?.entity) return;
    const entity = mention.entity;
    const rect = span.getBoundingClientRect();
    setChildren(
      popover,
      el('div', { class: 'tag' }, labelDot(entity.label), LABEL_NAMES[entity.label], entity.city ? ` · ${entity.city}` : ''),
      el('strong', null, entity.name),
      mention.term && mention.term !== entity.name ? el('span', { class: 'small muted' }, `文中用语：${mention.term}`) : null,
      segment.responsibility?.entity ? el('span', { class: 'small muted' }, `所在责任条款：${segment.responsibility.entity.name}`) : null,
      el(
        'div',
        { class: 'actions' },
        link(hrefTo('explore', { id: entity.id }), '在探索中查看', { class: 'btn btn-small' }),
        entity.label === 'Industry' || entity.label === 'Department' ? link(entityHref(entity), entity.label === 'Industry' ? '产业重叠' : '部门职责', { class: 'btn btn-small btn-ghost' }) : null,
      ),
    );
    popover.hidden = false;
    popover.style.left = `${Math.min(window.innerWidth - 300, Math.max(8, rect.left))}px`;
    popover.style.top = `${Math.min(window.innerHeight - 160, rect.bottom + 6)}px`;
  });

  function renderDocList(): void {
    if (documents.length === 0) {
      setChildren(docList, empty('暂无文件，请上传'));
      return;
    }
    const groups = new Map<string, PlanSummary[]>();
    for (const d of documents) {
      const key = d.city ?? '未识别城市';
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    setChildren(
      docList,
      [...groups].map(([city, docs]) => [
        el('div', { class: 'doc-group-title' }, city),
        docs.map((d) => link(hrefTo('reader', { plan: d.id }), d.title, { class: 'doc-item', title: d.file, ...(d.id === state.plan ? { 'aria-current': 'true' } : {}) })),
      ]),
    );
  }

  function renderHead(detail: DocumentDetail, focusMissing: boolean): void {
    const p = detail.plan;
    setChildren(
      head,
      el('h1', { style: { 'font-size': '19px' } }, p.title),
      el(
        'div',
        { class: 'doc-meta' },
        el('span', null, `城市：${p.city ?? '未识别'}`),
        p.genre ? el('span', null, `类型：${p.genre}`) : null,
        p.status ? el('span', null, `状态：${p.status}`) : null,
        p.period ? el('span', null, `期限：${formatPeriod(p.period)}`) : null,
        p.issuers.length > 0 ? el('span', null, `发布：${p.issuers.join('、')}`) : null,
        el('span', null, `字数：${formatNumber(p.characters)}`),
        el('span', null, `高亮：${formatNumber(detail.highlights.length)} 处`),
        el('span', { title: p.id }, `文件：${p.file}`),
      ),
      focusMissing ? el('div', { class: 'state-error small', role: 'alert' }, '未能在原文中定位到该引用。') : null,
    );
  }

  function renderText(detail: DocumentDetail): HTMLElement | null {
    segments = segmentText(detail.text, detail.highlights, detail.focus);
    const fragment = document.createDocumentFragment();
    let focusWrapper: HTMLElement | null = null;
    segments.forEach((segment, index) => {
      let node: Node;
      if (isPlain(segment)) node = document.createTextNode(segment.text);
      else {
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
        node = segment.mentions.length + (segment.responsibility ? 1 : 0) + (segment.target ? 1 : 0) > 0
          ? el('span', { class: classes.join(' '), dataset: { seg: String(index) }, ...(titles.length ? { title: titles.join('；') } : {}) }, segment.text)
          : document.createTextNode(segment.text);
      }
      if (segment.focus) {
        if (!focusWrapper) {
          focusWrapper = el('span', { class: 'focus-span', id: 'reader-focus', tabindex: '-1', 'aria-label': '引用的句子' });
          fragment.appendChild(focusWrapper);
        }
        focusWrapper.appendChild(node);
      } else fragment.appendChild(node);
    });
    article.replaceChildren(fragment);
    return focusWrapper;
  }

  function flash(target: HTMLElement): void {
    requestAnimationFrame(() => {
      target.scrollIntoView({ block: 'center', behavior: 'instant' });
      target.classList.remove('flash');
      void target.offsetWidth;
      target.classList.add('flash');
      target.focus({ preventScroll: true });
    });
  }

  async function loadDocument(): Promise<void> {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    closePopover();
    renderDocList();
    if (!state.plan) {
      loadedPlan = null;
      setChildren(head, el('h1', { style: { 'font-size': '19px' } }, '原文阅读'), el('p', { class: 'muted small' }, '选择左侧的规划文件，或从任意“查看原文”链接进入并定位到引用句。'));
      setChildren(
        article,
        documents.length === 0
          ? empty('暂无文件')
          : el('div', { style: { 'white-space': 'normal', display: 'flex', 'flex-direction': 'column', gap: '10px' } }, documents.map((d) => el('div', null, link(hrefTo('reader', { plan: d.id }), `《${d.title}》`), el('span', { class: 'muted small' }, ` ${d.city ?? '未识别城市'} · ${d.genre ?? '文件'} · ${formatNumber(d.characters)} 字`)))),
      );
      return;
    }
    const focus = state.start !== null && state.end !== null ? { start: state.start, end: state.end } : null;
    setChildren(article, loading('正在加载原文…'));
    if (loadedPlan !== state.plan) setChildren(head, el('div', { class: 'muted' }, '正在加载…'));
    try {
      const detail = await api.document(state.plan, focus, signal);
      if (signal.aborted) return;
      loadedPlan = state.plan;
      renderHead(detail, focus !== null && detail.focus === null);
      const target = renderText(detail);
      if (target) {
        flash(target);
        announce('已定位到引用的句子');
      } else {
        mainPane.scrollTop = 0;
        announce(`已打开《${detail.plan.title}》`);
      }
    } catch (error) {
      if (isAbort(error)) return;
      loadedPlan = null;
      setChildren(head, el('h1', { style: { 'font-size': '19px' } }, '原文阅读'));
      setChildren(article, failure(error, () => void loadDocument()));
    }
  }

  async function upload(): Promise<void> {
    const file = fileInput.files?.[0];
    if (!file) return;
    const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
    if (!ACCEPT.includes(extension)) {
      uploadResult.className = 'upload-result error';
      setChildren(uploadResult, `不支持的文件类型“${extension || '（无扩展名）'}”，仅支持 .txt、.docx、.pdf`);
      return;
    }
    uploadButton.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    uploadResult.className = 'upload-result';
    setChildren(uploadResult, '正在上传并解析…');
    try {
      const result = await api.upload(file, (fraction) => {
        progress.value = fraction;
      });
      progress.value = 1;
      documents = await documentCatalog(true);
      void overviewCatalog(true).catch(() => undefined);
      renderDocList();
      setChildren(
        uploadResult,
        el('span', null, '已导入：', el('strong', { class: 'upload-title' }, `《${result.plan.title}》`)),
        el('span', { class: 'muted small' }, `${result.plan.city ?? '未识别城市'} · ${formatNumber(result.nodes)} 个节点 · ${formatNumber(result.edges)} 条关系`),
        link(hrefTo('reader', { plan: result.plan.id }), '打开该文件 →', { class: 'small' }),
        result.warnings.length > 0
          ? el('details', { class: 'small' }, el('summary', null, `解析提示 ${result.warnings.length} 条（服务器原文）`), el('ul', { style: { 'list-style': 'disc', 'padding-left': '16px' } }, result.warnings.map((w) => el('li', null, w))))
          : null,
      );
      announce(`已导入《${result.plan.title}》`);
      fileInput.value = '';
      fileName.textContent = '未选择文件';
    } catch (error) {
      uploadResult.className = 'upload-result error';
      setChildren(uploadResult, failureText(error, '上传失败'));
      uploadButton.disabled = false;
    } finally {
      setTimeout(() => {
        progress.hidden = true;
      }, 800);
    }
  }

  async function init(): Promise<void> {
    try {
      documents = await documentCatalog();
    } catch (error) {
      setChildren(docList, failure(error, () => void init()));
    }
    await loadDocument();
  }

  void init();

  return {
    update(next: ViewState) {
      if (next.view !== 'reader') return false;
      state = next;
      void loadDocument();
      return true;
    },
    destroy() {
      controller.abort();
      document.removeEventListener('click', onDocumentClick);
      document.removeEventListener('keydown', onKey);
    },
  };
}

export function openEvidence(evidence: { plan: string; start: number; end: number }): void {
  navigate(hrefTo('reader', { plan: evidence.plan, start: evidence.start, end: evidence.end }));
}
