/**
 * Which plan succeeds which (SUCCEEDS, docs/time.md): a plan succeeds the latest earlier plan of the
 * same city and genre whose issuer is of the same kind (a draft's drafting body aside) and whose
 * subject is the same — the 2024 工作要点 the 2023 one, the 十四五 规划 the 十三五 one, an issued 行动方案
 * its 征求意见稿. Derived from the
 * Plan nodes alone, so every store gives the same answer; computed when the graph is read.
 */
import { edgeId, type EdgeOfType, type Evidence, type NodeOfLabel } from '../../graph/schema.ts';
import type { SuccessionVocabulary } from '../../lexicon/index.ts';
import type { PlanTime } from './plan-time.ts';

export interface SuccessionLink {
  successor: string;
  predecessor: string;
  basis: EdgeOfType<'SUCCEEDS'>['basis'];
  subject: string;
}

/** City names in a title: the full name and, for 盐城市, 盐城. */
function cityForms(city: string | null): string[] {
  if (!city) return [];
  const short = city.replace(/(市|县|区|自治州|地区|盟)$/u, '');
  return short.length >= 2 && short !== city ? [city, short] : [city];
}

/**
 * What a plan is about, from its title: without the city, years and periods (2026年, 2026-2028年,
 * “十四五”), brackets (（征求意见稿）), quotation marks, the genre it ends with and words naming no subject.
 */
export function subjectOf(plan: Pick<PlanTime, 'title' | 'city' | 'genre'>, vocabulary: SuccessionVocabulary): string {
  let text = plan.title.replace(/[（(][^（()）]*[）)]/gu, '').replace(/[“”"‘’'「」《》〈〉\s]/gu, '');
  for (const form of cityForms(plan.city)) text = text.replaceAll(form, '');
  text = text
    .replace(/\d{4}\s*[-—–－~～至到]\s*\d{4}\s*年?/gu, '')
    .replace(/\d{4}\s*年度?/gu, '')
    .replace(/十[一二三四五六七八九]五/gu, '')
    .replace(/^中共/u, '');
  for (const word of [...vocabulary.titleNoise].sort((a, b) => b.length - a.length)) text = text.replaceAll(word, '');
  return plan.genre && text.endsWith(plan.genre) ? text.slice(0, -plan.genre.length) : text;
}

/** The kind of body that issued a plan: 市政府办公室 issues as 市政府, 盐城市人民政府 is 政府. */
export function issuerKindOf(plan: Pick<PlanTime, 'issuer' | 'city'>, vocabulary: SuccessionVocabulary): string | null {
  if (!plan.issuer) return null;
  let kind = plan.issuer.replace(/^中共/u, '');
  for (const form of cityForms(plan.city)) kind = kind.replaceAll(form, '');
  kind = kind.replace(/^[市县区]/u, '').replace('人民政府', '政府');
  for (const office of vocabulary.issuerOffices) if (kind.endsWith(office) && kind.length > office.length) kind = kind.slice(0, -office.length);
  return kind || null;
}

function bigrams(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) pairs.push(text.slice(i, i + 2));
  return pairs.length > 0 ? pairs : text ? [text] : [];
}

/** Dice coefficient of character pairs: 1 for the same subject, 0 for nothing shared. */
export function subjectSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  const pool = new Map<string, number>();
  for (const pair of right) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const available = pool.get(pair) ?? 0;
    if (available > 0) {
      shared += 1;
      pool.set(pair, available - 1);
    }
  }
  return left.length + right.length === 0 ? 1 : (2 * shared) / (left.length + right.length);
}

/** Whether `earlier` comes before `later` in time: an earlier start, or the draft of the same day. */
function precedes(earlier: PlanTime, later: PlanTime): boolean {
  if (earlier.start === null || later.start === null) return false;
  return earlier.start < later.start || (earlier.start === later.start && earlier.draft && !later.draft);
}

/** Every SUCCEEDS link among the plans: each plan's predecessor is the latest earlier plan of its series. */
export function successionLinks(plans: PlanTime[], vocabulary: SuccessionVocabulary): SuccessionLink[] {
  const facts = plans.map((plan) => ({ plan, subject: subjectOf(plan, vocabulary), issuer: issuerKindOf(plan, vocabulary) }));
  // A series never leaves its city and genre: comparing within those keeps a province's thousands of plans from being compared pairwise.
  const seriesKey = (plan: PlanTime) => (plan.city === null || plan.genre === null ? null : `${plan.city}\u0000${plan.genre}`);
  const sameCityAndGenre = new Map<string, typeof facts>();
  for (const fact of facts) {
    const key = seriesKey(fact.plan);
    if (key === null) continue;
    const bucket = sameCityAndGenre.get(key);
    if (bucket) bucket.push(fact);
    else sameCityAndGenre.set(key, [fact]);
  }
  const links: SuccessionLink[] = [];
  for (const later of facts) {
    const key = seriesKey(later.plan);
    const series = (key === null ? [] : (sameCityAndGenre.get(key) ?? [])).filter(
      (earlier) =>
        earlier.plan.id !== later.plan.id &&
        // A draft comes from the body that drafted it; the government that adopts it issues the final text.
        (earlier.issuer === null || later.issuer === null || earlier.issuer === later.issuer || earlier.plan.draft) &&
        subjectSimilarity(earlier.subject, later.subject) >= vocabulary.subjectSimilarity &&
        precedes(earlier.plan, later.plan),
    );
    const latest = series.reduce<(typeof facts)[number] | null>((best, f) => (best === null || precedes(best.plan, f.plan) ? f : best), null);
    if (!latest) continue;
    const samePeriod = latest.plan.period?.join() === later.plan.period?.join();
    const basis = latest.plan.draft && !later.plan.draft && samePeriod ? 'draft' : latest.plan.issued && later.plan.issued ? 'issued' : 'period';
    links.push({ successor: later.plan.id, predecessor: latest.plan.id, basis, subject: later.subject });
  }
  return links.sort((a, b) => (a.successor < b.successor ? -1 : a.successor > b.successor ? 1 : 0));
}

function when(plan: PlanTime): string {
  const parts = [plan.issued ? `${plan.issued}印发` : null, plan.period ? `${plan.period[0]}—${plan.period[1]}年` : null, plan.status].filter((p) => p !== null);
  return parts.length > 0 ? `（${parts.join('，')}）` : '';
}

/**
 * The SUCCEEDS edge of a link, citing each plan's title and issue date where the text gives them
 * (the provenance metadata inference records).
 */
export function succeedsEdge(link: SuccessionLink, times: Map<string, PlanTime>, nodes: Map<string, NodeOfLabel<'Plan'>>): EdgeOfType<'SUCCEEDS'> {
  const later = times.get(link.successor) as PlanTime;
  const earlier = times.get(link.predecessor) as PlanTime;
  const reason = `同一城市、同类发文机关、同一主题（${link.subject || later.genre}）的${later.genre}：${later.title}${when(later)}接续${earlier.title}${when(earlier)}`;
  const evidence = [link.successor, link.predecessor].flatMap((id) => citationsOf(nodes.get(id)));
  return { id: edgeId('SUCCEEDS', link.successor, link.predecessor), type: 'SUCCEEDS', source: link.successor, target: link.predecessor, evidence, basis: link.basis, subject: link.subject, reason };
}

/** A plan's title and issue date where metadata inference read them (its `provenance`). */
function citationsOf(plan: NodeOfLabel<'Plan'> | undefined): Evidence[] {
  return (['title', 'issued'] as const).flatMap((field) => {
    const at = plan?.provenance[field];
    return plan && at ? [{ plan: plan.id, start: at.start, end: at.end, text: at.text, term: field }] : [];
  });
}
