/**
 * Places: the plan's counties, districts and zones from the gazetteer (zones become platforms of type
 * zone), and cities named anywhere in the text.
 */
import { alignedInSentence, inDocument, type ClaimedSpans, type ExtractContext } from './context.ts';
import type { CityMention, PlaceMention, PlatformMention } from './schema.ts';

export interface PlaceExtraction {
  places: PlaceMention[];
  zones: PlatformMention[];
  cities: CityMention[];
}

export function extractPlaces(context: ExtractContext, claimed: ClaimedSpans): PlaceExtraction {
  const places: PlaceMention[] = [];
  const zones: PlatformMention[] = [];
  const cities: CityMention[] = [];
  const matcher = context.city ? context.lexicon.placesFor(context.city.city) : null;
  context.sentences.forEach((sentence, index) => {
    if (matcher) {
      for (const match of matcher.findAll(sentence.text, (m) => alignedInSentence(context, index, m))) {
        const located = inDocument(context, index, match);
        if (claimed.isClaimed(located)) continue;
        const hit = match.value;
        if (hit.type === 'zone') {
          zones.push({ surface: match.term, start: located.start, end: located.end, sentence: index, type: hit.platformType, canonical: hit.name, scope: hit.city, region: hit.region });
        } else {
          places.push({ surface: match.term, start: located.start, end: located.end, sentence: index, region: hit.name, kind: hit.kind });
        }
        claimed.claim(located);
      }
    }
    for (const match of context.lexicon.cityMatcher.findAll(sentence.text, (m) => alignedInSentence(context, index, m))) {
      const located = inDocument(context, index, match);
      if (claimed.isClaimed(located)) continue;
      cities.push({ surface: match.term, start: located.start, end: located.end, sentence: index, city: match.value.name });
    }
  });
  return { places, zones, cities };
}
