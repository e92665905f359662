/**
 * 产业重叠's controller: one concept across the cities — the answer, its graph, the selected node or
 * edge with the sentences behind it, who planned for it first and who followed, the concepts to start
 * from when none is chosen — of every plan, or as of a day (from 概览 that day) of the plans in force then.
 */
import type { ConceptTimeline, EntityRef, Evidence, Overlap, PlanSummary } from '../../../../server/contract.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import { richestConcepts } from '../../app/starting-points.ts';
import type { EdgeData } from '../../graph/elements.ts';
import { fromOverlap, type OverlapElements } from '../../graph/overlap-elements.ts';
import type { OverlapState } from './route.ts';

/** The API's own maximum: every city, on request. */
export const ALL_CITIES = 1000;

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface OverlapModel {
  state: OverlapState | null;
  overlap: Loadable<{ overlap: Overlap; elements: OverlapElements; receivedAt: number }>;
  plans: Map<string, PlanSummary>;
  /** Every city asked for, not only those with most sentences. */
  allCities: boolean;
  selection: Selection;
  /** Concepts to offer when none is chosen, from the data. */
  concepts: EntityRef[];
  /** Each city's plans naming the concept in date order (of every city, not only those shown). */
  timeline: Loadable<ConceptTimeline>;
}

/**
 * The sentences behind one wording edge of the overlap graph: its plan, industry and kind of match —
 * or, for the link of a narrower or related industry to the concept, all of that industry's sentences.
 */
export function wordingEvidence(overlap: Overlap, edge: Pick<EdgeData, 'source' | 'target' | 'match'>): Evidence[] {
  const industryName = (id: string) => (id === overlap.concept.id ? overlap.concept.name : overlap.cities.flatMap((c) => c.matches).find((m) => m.industry.id === id)?.industry.name);
  const name = industryName(edge.source);
  const toConcept = edge.target === overlap.concept.id;
  return overlap.cities
    .flatMap((c) => c.evidence)
    .filter((e) => (toConcept || e.plan === edge.target) && e.match === edge.match && (edge.source === overlap.concept.id || e.industry === name));
}

export class OverlapController extends Controller<OverlapModel> implements ViewController<OverlapState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, overlap: idle, plans: new Map(), allCities: false, selection: null, concepts: [], timeline: idle });
  }

  async show(state: OverlapState): Promise<void> {
    const previous = this.model.state;
    this.update({ state });
    const concepts = previous ? Promise.resolve() : this.loadConcepts();
    if (!state.concept) {
      this.freshSignalFor('timeline');
      this.update({ overlap: idle, selection: null, timeline: idle });
      await concepts;
      return;
    }
    if (previous?.concept !== state.concept || previous.related !== state.related || previous.asOf !== state.asOf) {
      this.update({ allCities: false });
      await Promise.all([this.load(), this.loadTimeline(state.concept, state.related, state.asOf)]);
    } else if (state.city !== previous.city && state.city) this.update({ selection: { kind: 'node', id: `city:${state.city}` } });
  }

  private async loadConcepts(): Promise<void> {
    try {
      this.update({ concepts: richestConcepts(await this.deps.catalogues.industries(), 8) });
    } catch {
      // The search box still works without suggestions.
    }
  }

  async load(): Promise<void> {
    const state = this.model.state;
    if (!state?.concept) return;
    const signal = this.freshSignal();
    const concept = state.concept;
    this.update({ selection: state.city ? { kind: 'node', id: `city:${state.city}` } : null });
    const answer = await this.track(
      'overlap',
      async () => {
        const options = { ...(this.model.allCities ? { limit: ALL_CITIES } : {}), asOf: state.asOf };
        const [overlap, plans] = await Promise.all([this.deps.api.overlap(concept, state.related, options, signal), this.deps.catalogues.planTitles()]);
        this.update({ plans });
        return { overlap, elements: fromOverlap(overlap), receivedAt: performance.now() };
      },
      signal,
    );
    if (!answer) return;
    // A city linked to (from the heatmap) but left out of the richest cities: ask for all of them.
    const leftOut = state.city !== null && !answer.overlap.cities.some((c) => c.city === state.city) && answer.overlap.citiesTotal > answer.overlap.cities.length;
    if (leftOut && !this.model.allCities) return this.showAllCities();
    this.deps.announce(`已加载“${answer.overlap.concept.name}”：${answer.overlap.cities.length} 个城市${state.asOf ? `（截至 ${state.asOf} 在施的规划）` : ''}`);
  }

  async loadTimeline(concept: string, related: boolean, asOf: string | null = null): Promise<void> {
    const signal = this.freshSignalFor('timeline');
    await this.track('timeline', () => this.deps.api.conceptTimeline(concept, related, signal, asOf), signal);
  }

  showAllCities(): Promise<void> {
    this.update({ allCities: true });
    return this.load();
  }

  choose(concept: string): void {
    const state = this.model.state;
    this.deps.navigate(hrefTo('overlap', { concept, related: state?.related ?? false, asOf: state?.asOf ?? null }));
  }

  /** Every plan of every time again, instead of those in force on the day. */
  clearAsOf(): void {
    if (this.model.state) this.deps.navigate(hrefTo('overlap', { ...this.model.state, asOf: null }));
  }

  setRelated(related: boolean): void {
    this.deps.navigate(hrefTo('overlap', { ...this.model.state, related }), { replace: true });
  }

  select(selection: Selection): void {
    this.update({ selection });
  }
}
