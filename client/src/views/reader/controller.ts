/**
 * 原文's controller: the plans, one plan's text with its highlights and tables, the evidence in
 * focus — or why it could not be placed (offsets past the end of the file), or that the plan is unknown;
 * the plans in time (dates, status, succession, hand edits), and the hand edit of the open plan.
 */
import type { DocumentDetail, PlanEditBody, PlanInTime, PlanSummary, PlanTimes } from '../../../../server/contract.ts';
import { isNotFound } from '../../api/errors.ts';
import { Controller, idle, ready, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import type { ReaderState } from './route.ts';

export type EditStatus = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: unknown };

export interface ReaderModel {
  state: ReaderState | null;
  documents: Loadable<PlanSummary[]>;
  document: Loadable<DocumentDetail>;
  /** Every plan's dates, status and succession, hand edits applied. */
  times: Loadable<PlanTimes>;
  edit: EditStatus;
}

export class ReaderController extends Controller<ReaderModel> implements ViewController<ReaderState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, documents: idle, document: idle, times: idle, edit: { phase: 'idle' } });
  }

  async show(state: ReaderState): Promise<void> {
    if (this.model.state?.plan !== state.plan) this.update({ edit: { phase: 'idle' } });
    this.update({ state });
    if (this.model.documents.status !== 'ready') void this.loadDocuments();
    if (this.model.times.status !== 'ready') void this.loadTimes();
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

  async loadTimes(): Promise<void> {
    await this.track('times', () => this.deps.catalogues.planTimes(), this.lifetime);
  }

  /** A plan in time (the open one, or one it succeeds or is succeeded by). */
  timeOf(planId: string): PlanInTime | null {
    return this.model.times.status === 'ready' ? (this.model.times.value.plans.find((p) => p.id === planId) ?? null) : null;
  }

  /** Corrects the open plan's dates or status (or reverts fields to the text), then reads the plans again. */
  async editPlan(body: PlanEditBody, token: string | null = null): Promise<boolean> {
    const plan = this.model.state?.plan;
    if (!plan) return false;
    this.update({ edit: { phase: 'saving' } });
    try {
      await this.deps.api.editPlan(plan, body, { token, signal: this.lifetime });
    } catch (error) {
      if (!this.lifetime.aborted) this.update({ edit: { phase: 'failed', error } });
      return false;
    }
    this.deps.catalogues.refresh();
    // The plans' times are replaced when the new ones arrive, not shown as loading: the form stays open.
    const [times] = await Promise.all([this.deps.catalogues.planTimes().catch(() => null), this.loadDocuments()]);
    this.update({ edit: { phase: 'saved' }, ...(times ? { times: ready(times) } : {}) });
    this.deps.announce('已保存更正');
    return true;
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
