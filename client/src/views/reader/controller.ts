/**
 * 原文's controller: the plans, one plan's text with its highlights and tables, the evidence in
 * focus — or why it could not be placed (offsets past the end of the file), or that the plan is unknown.
 */
import type { DocumentDetail, PlanSummary } from '../../../../server/contract.ts';
import { isNotFound } from '../../api/errors.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import type { ReaderState } from './route.ts';

export interface ReaderModel {
  state: ReaderState | null;
  documents: Loadable<PlanSummary[]>;
  document: Loadable<DocumentDetail>;
}

export class ReaderController extends Controller<ReaderModel> implements ViewController<ReaderState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, documents: idle, document: idle });
  }

  async show(state: ReaderState): Promise<void> {
    this.update({ state });
    if (this.model.documents.status !== 'ready') void this.loadDocuments();
    if (!state.plan) {
      this.update({ document: idle });
      return;
    }
    const plan = state.plan;
    const signal = this.freshSignal();
    const detail = await this.track('document', () => this.deps.api.document(plan, state.focus, signal), signal);
    if (detail) this.deps.announce(detail.focus ? '已定位到引用的句子' : `已打开《${detail.plan.title}》`);
  }

  async loadDocuments(refresh = false): Promise<void> {
    if (refresh) this.deps.catalogues.refresh();
    await this.track('documents', () => this.deps.catalogues.documents(), this.lifetime);
  }

  get planMissing(): boolean {
    return this.model.document.status === 'failed' && isNotFound(this.model.document.error);
  }

  /** Why the evidence asked for is not shown, or null when it is (or none was asked). */
  get focusProblem(): string | null {
    const focus = this.model.state?.focus;
    const document = this.model.document;
    if (!focus || document.status !== 'ready' || document.value.focus) return null;
    const length = document.value.plan.characters;
    return focus.end > length
      ? `引用位置（第 ${focus.start}–${focus.end} 字）超出了原文长度（${length} 字），无法定位；可能是文件已更新。`
      : `未能在原文中定位到引用位置（第 ${focus.start}–${focus.end} 字）。`;
  }
}
