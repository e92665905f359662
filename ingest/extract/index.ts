/**
 * Stage 5 — extract: SegmentedDocument → Extraction. Mentions of every entity kind, table facts and
 * target candidates. Extractors run from the most specific names to the most general, and a name
 * claimed by one (市工信局, 泰州医药高新区) is not read again by a later one as an industry.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import type { SegmentedDocument } from '../segment/index.ts';
import { ClaimedSpans, createContext } from './context.ts';
import { extractDepartments } from './departments.ts';
import { extractEnterprises } from './enterprises.ts';
import { extractIndustries } from './industries.ts';
import { codeInstruments } from './instruments.ts';
import { extractPlaces } from './places.ts';
import { extractKnownPlatforms, extractPlatforms } from './platforms.ts';
import type { Extraction } from './schema.ts';
import { extractTables } from './table-facts.ts';
import { extractTargets } from './targets.ts';

export type * from './schema.ts';

export function extract(segmented: SegmentedDocument, lexicon: Lexicon): Extraction {
  const context = createContext(segmented, lexicon);
  const claimed = new ClaimedSpans();
  const departments = extractDepartments(context, claimed);
  const { places, zones, cities } = extractPlaces(context, claimed);
  const known = extractKnownPlatforms(context, claimed);
  const enterprises = extractEnterprises(context, claimed);
  const named = extractPlatforms(context, claimed, enterprises);
  const tables = extractTables(context);
  const industries = extractIndustries(context, claimed, tables.documentIndustries.map((d) => d.term));
  const targets = [...extractTargets(context, tables.documentIndustries.map((d) => d.term)), ...tables.targets];
  // The notice around the plan is read for the bodies it names (addressees, signature) only: the
  // plan's title quoted in it (现将《某市氢能产业行动方案》印发给你们) is no mention of an industry.
  const { sentences } = segmented.structured;
  const inPlan = (mention: { sentence: number }) => sentences[mention.sentence]?.kind !== 'wrapper';
  return {
    segmented,
    industries: industries.filter(inPlan),
    documentIndustries: tables.documentIndustries,
    departments,
    // 悦达汽车研究院 names a platform; the enterprise in it is part of that name.
    enterprises: enterprises.filter((e) => inPlan(e) && !named.some((p) => p.start <= e.start && e.end <= p.end && !(p.start === e.start && p.end === e.end))),
    platforms: [...zones, ...known, ...named].filter(inPlan),
    places: places.filter(inPlan),
    cities: cities.filter(inPlan),
    targets,
    tableFacts: tables.facts,
    instruments: codeInstruments(context, targets),
  };
}
