/**
 * The division a plan belongs to, from the strongest cue the text offers, in this order:
 *
 *   title            新乡市建设制造强市三年行动计划 · 江阴制造强市建设工作任务 (a short form only at the start)
 *   issuer           the signature or information table: 南通市人民政府, 中共某某市委
 *   organs           the division's own organs in the body: 中共湛江市委、湛江市人民政府 · 湛江市委市政府
 *   regions          two or more counties or districts of one city, and more of it than of any other
 *   named            我市/全市 in the body and one city named, or a city named more often than any other
 *   document-number  the 文号's prefix (澄政办发 → 江阴), from the city files — only a hint, used last
 *
 * A province in the title or as the issuer (江苏省人民政府) makes the plan provincial: no city.
 */
import type { CityEntry, Lexicon } from '../../lexicon/index.ts';
import { CITY_CUES, type CityCue, type Located } from './schema.ts';

export interface CityInference extends Located {
  city: string;
  cue: CityCue;
}

export interface CityEvidence {
  title: Located | null;
  issuers: Located[];
  /** The plan's body text and where it starts in the normalised text. */
  body: { text: string; start: number };
  documentNumber: Located | null;
}

const ORGAN_AFTER = /^(?:委员会|委|人民政府|政府)/;
const OWN_CITY = /我市|全市|本市|我县|全县|我区|全区|我州|全州|我旗|全旗/;
const LEADING_WORDS = /^(?:关于|中共|进一步)*/;

type Found = { owners: CityEntry[]; term: string; start: number; end: number };

/** Whether `term` is the division's name (南通市, 南京鼓楼区) rather than a short form (南通). */
function isFullName(term: string, owner: CityEntry): boolean {
  const bare = owner.parent && owner.name.startsWith(owner.parent) ? owner.name.slice(owner.parent.length) : owner.name;
  return term.endsWith(bare);
}

function located(found: Found, base: number, owner: CityEntry, cue: CityCue): CityInference {
  return { city: owner.name, cue, text: found.term, start: base + found.start, end: base + found.end };
}

class CityCues {
  private readonly citiesNamed: Set<string>;

  constructor(private readonly evidence: CityEvidence, private readonly lexicon: Lexicon) {
    const all = [evidence.title?.text ?? '', ...evidence.issuers.map((i) => i.text), evidence.body.text].join('\n');
    this.citiesNamed = new Set(lexicon.cityMatcher.findAll(all).map((m) => m.value.name));
  }

  /** One owner of a shared name (鼓楼区): the one whose city the document names. */
  private owner(owners: CityEntry[]): CityEntry | null {
    if (owners.length === 1) return owners[0] as CityEntry;
    const named = owners.filter((o) => this.citiesNamed.has(o.parent ?? o.name));
    return named.length === 1 ? (named[0] as CityEntry) : null;
  }

  /** Every division `text` names, left to right, each read whole (南京市鼓楼区 is the district). */
  private divisions(text: string): Found[] {
    const found: Found[] = [];
    for (const m of this.lexicon.gazetteer.divisionMatcher.findAll(text)) {
      if (found.length > 0 && m.start < (found[found.length - 1] as Found).end) continue;
      found.push(this.lexicon.gazetteer.divisionAt(text, m.start) ?? { owners: m.value, term: m.term, start: m.start, end: m.end });
    }
    return found;
  }

  /** 江苏省…, 江苏省人民政府: a province (not a municipality), and no division of it named after it. */
  private provincialAt(text: string, at: number): boolean {
    const { provinceMatcher, divisionMatcher } = this.lexicon.gazetteer;
    const province = provinceMatcher.matchesAt(text, at).pop();
    if (!province || this.lexicon.cityByName.has(province.value.name)) return false;
    const division = divisionMatcher.matchesAt(text, at).pop();
    return (!division || division.end <= province.end) && divisionMatcher.matchesAt(text, province.end).length === 0;
  }

  title(): CityInference | null | 'provincial' {
    const title = this.evidence.title;
    if (!title) return null;
    const lead = LEADING_WORDS.exec(title.text)?.[0].length ?? 0;
    if (this.provincialAt(title.text, lead)) return 'provincial';
    for (const found of this.divisions(title.text)) {
      const owner = this.owner(found.owners);
      if (owner && (found.start === lead || isFullName(found.term, owner))) return located(found, title.start, owner, 'title');
    }
    return null;
  }

  issuer(): CityInference | null | 'provincial' {
    for (const issuer of this.evidence.issuers) {
      const lead = /^中共/.test(issuer.text) ? 2 : 0;
      if (this.provincialAt(issuer.text, lead)) return 'provincial';
      const match = this.lexicon.gazetteer.divisionAt(issuer.text, lead);
      const owner = match ? this.owner(match.owners) : null;
      if (match && owner) return located(match, issuer.start, owner, 'issuer');
    }
    return null;
  }

  /** The most frequent of `candidates` (by owner), if it is named more often than any other. */
  private mostNamed(candidates: { owner: CityEntry; found: Found }[], minimum: number, distinct = false): { owner: CityEntry; found: Found } | null {
    const tally = new Map<string, { first: { owner: CityEntry; found: Found }; keys: Set<string>; count: number }>();
    for (const c of candidates) {
      const entry = tally.get(c.owner.name) ?? { first: c, keys: new Set<string>(), count: 0 };
      entry.keys.add(c.found.term);
      entry.count += 1;
      tally.set(c.owner.name, entry);
    }
    const score = (e: { keys: Set<string>; count: number }) => (distinct ? e.keys.size : e.count);
    const ranked = [...tally.values()].sort((a, b) => score(b) - score(a));
    const [best, second] = ranked;
    if (!best || score(best) < minimum || (second && score(second) === score(best))) return null;
    return best.first;
  }

  organs(): CityInference | null {
    const { text, start } = this.evidence.body;
    const candidates = this.divisions(text).flatMap((found) => {
      const owner = this.owner(found.owners);
      return owner && isFullName(found.term, owner) && ORGAN_AFTER.test(text.slice(found.end)) ? [{ owner, found }] : [];
    });
    const best = this.mostNamed(candidates, 1);
    return best ? located(best.found, start, best.owner, 'organs') : null;
  }

  regions(): CityInference | null {
    const { text, start } = this.evidence.body;
    const candidates = this.divisions(text).flatMap((found) => {
      const region = found.owners.length === 1 ? (found.owners[0] as CityEntry) : null;
      const city = region?.parent ? this.lexicon.cityByName.get(region.parent) : undefined;
      return city && region?.kind !== 'prefecture' ? [{ owner: city, found: { ...found, term: region?.name ?? found.term } }] : [];
    });
    const best = this.mostNamed(candidates, 2, true);
    return best ? located(best.found, start, best.owner, 'regions') : null;
  }

  /**
   * With 我市/全市, one city named once by its full name is enough; otherwise the city must be named
   * most, twice at least (a short form once may sit inside a longer word: 中山 in 中山大学).
   */
  named(): CityInference | null {
    const { text, start } = this.evidence.body;
    const candidates = this.lexicon.cityMatcher.findAll(text).map((m) => ({ owner: m.value, found: { owners: [m.value], term: m.term, start: m.start, end: m.end } }));
    const distinct = new Set(candidates.map((c) => c.owner.name));
    const fullName = candidates.find((c) => isFullName(c.found.term, c.owner));
    const best = distinct.size === 1 && fullName && OWN_CITY.test(text) ? fullName : this.mostNamed(candidates, 2);
    return best ? located(best.found, start, best.owner, 'named') : null;
  }

  documentNumber(): CityInference | null {
    const number = this.evidence.documentNumber;
    const prefix = number ? /^[\p{Script=Han}]{1,3}?(?=[政府委办发党字函])/u.exec(number.text)?.[0] : undefined;
    const owner = prefix ? this.lexicon.gazetteer.documentPrefixes.get(prefix) : undefined;
    if (!number || !prefix || !owner) return null;
    return { city: owner.name, cue: 'document-number', text: prefix, start: number.start, end: number.start + prefix.length };
  }
}

/** The plan's division and the cue that decided it; null when the plan is provincial or names none. */
export function inferCity(evidence: CityEvidence, lexicon: Lexicon): CityInference | null {
  const cues = new CityCues(evidence, lexicon);
  const read: Record<CityCue, () => CityInference | null | 'provincial'> = {
    title: () => cues.title(),
    issuer: () => cues.issuer(),
    organs: () => cues.organs(),
    regions: () => cues.regions(),
    named: () => cues.named(),
    'document-number': () => cues.documentNumber(),
  };
  for (const cue of CITY_CUES) {
    const found = read[cue]();
    if (found === 'provincial') return null;
    if (found) return found;
  }
  return null;
}
