// Markets a brief names: countries, regions and cities from places.yaml, plus "basée à X" / "based in X" and the
// town after "à" / "in" in the sentence saying what the company is. Cities are marked, for naming an unnamed brief.
import type { Language } from '../../../agents/brief.js';
import { type PlaceTerm, READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import type { Found } from './found.js';
import { fold } from './text.js';

const PLACES: readonly PlaceTerm[] = [
  ...READER_TERMS.places.regions,
  ...READER_TERMS.places.cities.map((name) => ({ fr: name, en: name, patterns: [name], city: true })),
];
const PATTERNS = PLACES.map(
  (p) => new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])(?:${p.patterns.join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])`, 'u'),
);

const PLACE_NAME = `((?:[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ɏ'-]+)(?:[ -](?:sur|en|de|la|le|les|du|upon|on)?[ -]?[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ɏ'-]+){0,3})`;
const BASED_IN = new RegExp(
  `(?:based in|located in|headquartered in|basée?s? à|située?s? à|installée?s? à|implantée?s? à|établie?s? à|nous sommes à|on est à|we are in)\\s+${PLACE_NAME}`,
  'gu',
);
/** "… restaurant in Brighton", "… 22 chambres à Saint-Malo": a capitalised place after "in"/"à" in the description. */
const LOCAL = new RegExp(
  `(?:^|\\s)(?:in|à|au)\\s+${PLACE_NAME}(?=\\s*(?:[,.;:()]|and\\s|et\\s|with\\s|avec\\s|since\\s|depuis\\s|-\\s|$))`,
  'gu',
);
const NOT_PLACES = new Set(READER_TERMS.company.notCompanies);
const EVENT =
  /(?:salons?|trade shows?|trade fairs?|conferences?|evenements?|events?|webinar|foires?|expo)(?![a-z])/u;

const COMPETITOR =
  /(?:concurrents?|concurrence|competitors?|competition|rivals?|alternatives?)(?![a-z])|(?:^|\s)(?:vs\.?|versus)\s/u;

export interface Market {
  readonly label: string;
  readonly city: boolean;
}

/** Markets in order of first mention, each once, labelled in the brief's language, with the words they came from. */
export function findMarkets(
  text: string,
  language: Language,
  description: string | null,
): Array<Found<Market>> {
  const hits: Array<{ at: number; market: Market }> = [];
  PLACES.forEach((place, i) => {
    const m = PATTERNS[i]?.exec(text);
    if (m) hits.push({ at: m.index, market: { label: place[language], city: place.city } });
  });
  const named = (m: RegExpMatchArray) => ({
    at: (m.index ?? 0) + m[0].length - (m[1] ?? '').length,
    market: { label: m[1] ?? '', city: true },
  });
  for (const m of text.matchAll(BASED_IN)) hits.push(named(m));
  if (description !== null) {
    const offset = Math.max(0, text.indexOf(description));
    for (const m of description.matchAll(LOCAL)) {
      if (NOT_PLACES.has((m[1] ?? '').toLowerCase()) || m[1] === 'Europe') continue;
      const hit = named(m);
      hits.push({ ...hit, at: hit.at + offset });
    }
  }
  // "two trade shows (Solutions RH in Paris…)": where an event is held is not a market.
  const atEvent = (at: number) =>
    EVENT.test(
      fold(text.slice(Math.max(0, at - 60), at))
        .split(/[.!?\n]/)
        .at(-1) ?? '',
    );
  // "concurrents : … Célestins à Lyon": where a competitor is is not a market the brief sells to.
  const atCompetitor = (at: number) => {
    const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    return COMPETITOR.test(fold(line.split(/[.!?](?:\s|$)/u).at(-1) ?? ''));
  };
  hits.splice(0, hits.length, ...hits.filter((h) => !atEvent(h.at) && !atCompetitor(h.at)));
  hits.sort((a, b) => a.at - b.at || b.market.label.length - a.market.label.length);
  const out: Array<Found<Market>> = [];
  for (const hit of hits) {
    // "Luxembourg" inside "Luxembourg-Ville": one entry per place, the longer name.
    if (
      out.some((o) => o.value.label === hit.market.label) ||
      hits.some((h) => h !== hit && h.at === hit.at && h.market.label.length > hit.market.label.length)
    )
      continue;
    // The sentence holding the place: from the last full stop or line end before it to the next one.
    const before = text.slice(0, hit.at);
    const ends = ['\n', '. ', '! ', '? '].map((m) =>
      before.includes(m) ? before.lastIndexOf(m) + m.length : 0,
    );
    const start = Math.max(0, ...ends);
    const end = text.slice(hit.at).search(/[.!?](?:\s|$)|\n/u);
    out.push({ value: hit.market, from: text.slice(start, end < 0 ? undefined : hit.at + end + 1).trim() });
  }
  return out;
}
