// Markets a brief names: countries, regions and cities from the place table, plus "basée à X" / "based in X".
import type { Language } from '../../../agents/brief.js';
import { CITIES, CITY_ALIASES, COUNTRIES_AND_REGIONS, type PlaceEntry } from './market-table.js';

const PLACES: readonly PlaceEntry[] = [...COUNTRIES_AND_REGIONS, ...CITY_ALIASES, ...CITIES];

/** A capitalised place name after "based in", "basée à"..., for towns the table does not list. */
const BASED_IN =
  /(?:based in|located in|headquartered in|HQ in|basée?s? à|située?s? à|installée?s? à|implantée?s? à|établie?s? à|nous sommes à|on est à|we are in)\s+((?:[\p{Lu}][\p{L}'-]+)(?:[ -](?:sur|en|de|la|le|les|du)?[ -]?[\p{Lu}][\p{L}'-]+){0,3})/gu;

interface Hit {
  readonly position: number;
  readonly label: string;
}

function firstPosition(text: string, entry: PlaceEntry): number {
  let best = -1;
  for (const pattern of entry.patterns) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** Markets in order of first mention, each once, labelled in the brief's language. */
export function findMarkets(text: string, language: Language): string[] {
  const hits: Hit[] = [];
  for (const entry of PLACES) {
    const position = firstPosition(text, entry);
    if (position >= 0) hits.push({ position, label: entry[language] });
  }
  for (const m of text.matchAll(BASED_IN)) {
    const name = m[1];
    if (name !== undefined) hits.push({ position: m.index + m[0].length - name.length, label: name });
  }
  hits.sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const hit of hits) {
    // "Luxembourg" inside "Luxembourg-Ville" or a city also caught by "basée à": one entry per place.
    if (seen.has(hit.label) || hits.some((h) => h !== hit && h.position === hit.position && h.label.length > hit.label.length)) {
      continue;
    }
    seen.add(hit.label);
    out.push(hit.label);
  }
  return out;
}
