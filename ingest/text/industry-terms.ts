/**
 * How a plan's own industry name relates to the lexicon. 海工装备和高技术船舶 joins two concepts with
 * 和: it is a group above both, not an industry below them.
 */
import type { Lexicon } from '../../lexicon/index.ts';

const CONJUNCTION = /[和及与、]/;

/** The concepts a conjunction of concept wordings joins (海工装备和高技术船舶 → [海工装备, 高技术船舶]), else null. */
export function conceptsJoined(term: string, lexicon: Lexicon): string[] | null {
  if (!CONJUNCTION.test(term)) return null;
  const parts = term
    .replace(/(产业链|产业|行业)$/, '')
    .split(CONJUNCTION)
    .map((p) => p.replace(/(产业链|产业|行业)$/, '').trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  const concepts = parts.map((p) => lexicon.industryMatcher.get(p) ?? null);
  return concepts.every((c): c is string => c !== null) ? [...new Set(concepts)] : null;
}
