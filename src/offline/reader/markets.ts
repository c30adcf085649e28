// Markets a brief names: countries, regions and cities from the place table, plus "basée à X" / "based in X".
import type { Language } from '../../../agents/brief.js';
import { CITIES, CITY_ALIASES, COUNTRIES_AND_REGIONS, type PlaceEntry } from './market-table.js';

const PLACES: readonly PlaceEntry[] = [...COUNTRIES_AND_REGIONS, ...CITY_ALIASES, ...CITIES];

/** A capitalised place name after "based in", "basée à"..., for towns the table does not list. */
const BASED_IN =
  /(?:based in|located in|headquartered in|HQ in|basée?s? à|située?s? à|installée?s? à|implantée?s? à|établie?s? à|nous sommes à|on est à|we are in)\s+((?:[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ɏ'-]+)(?:[ -](?:sur|en|de|la|le|les|du)?[ -]?[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ɏ'-]+){0,3})/gu;

interface Hit {
  readonly position: number;
  readonly label: string;
}

function firstPosition(text: string, entry: PlaceEntry): number {
  let best = -1;
  for (const pattern of entry.patterns) {
    const m = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])(?:${pattern})(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])`, 'u').exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** "… restaurant in Brighton", "… à Saint-Malo": a capitalised place after "in"/"à" in the sentence saying what the company is. */
const LOCAL =
  /(?:^|\s)(?:in|à|au|en)\s+((?:[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ɏ']+)(?:[ -](?:sur|en|de|la|le|les|du|upon|on)?[ -]?[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ɏ']+){0,3})(?=\s*(?:[,.;:)]|and\s|et\s|with\s|avec\s|since\s|depuis\s|-\s|$))/gu;

/** Capitalised words after "in" that are not places. */
const NOT_PLACES = new Set([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Janvier',
  'Février',
  'Mars',
  'Avril',
  'Mai',
  'Juin',
  'Juillet',
  'Août',
  'Septembre',
  'Octobre',
  'Novembre',
  'Décembre',
  'English',
  'French',
  'Français',
  'Anglais',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'Google',
  'Instagram',
  'LinkedIn',
  'Facebook',
  'TikTok',
  'Etsy',
  'Amazon',
  'SaaS',
  'B2B',
  'B2C',
  'Europe',
]);

/**
 * Markets in order of first mention, each once, labelled in the brief's language. `description` is the
 * sentence saying what the company is: a capitalised word after "in"/"à" there is taken for its town.
 */
export function findMarkets(text: string, language: Language, description: string | null = null): string[] {
  const hits: Hit[] = [];
  for (const entry of PLACES) {
    const position = firstPosition(text, entry);
    if (position >= 0) hits.push({ position, label: entry[language] });
  }
  for (const m of text.matchAll(BASED_IN)) {
    const name = m[1];
    if (name !== undefined) hits.push({ position: m.index + m[0].length - name.length, label: name });
  }
  if (description !== null) {
    const offset = Math.max(0, text.indexOf(description));
    for (const m of description.matchAll(LOCAL)) {
      const name = m[1];
      if (name === undefined || NOT_PLACES.has(name)) continue;
      hits.push({ position: offset + m.index + m[0].length - name.length, label: name });
    }
  }
  hits.sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const hit of hits) {
    // "Luxembourg" inside "Luxembourg-Ville" or a city also caught by "basée à": one entry per place.
    if (
      seen.has(hit.label) ||
      hits.some((h) => h !== hit && h.position === hit.position && h.label.length > hit.label.length)
    ) {
      continue;
    }
    seen.add(hit.label);
    out.push(hit.label);
  }
  return out;
}
