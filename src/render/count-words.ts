// Counts that agree in number: "1 client", "sous 1 contrat", "1 enquiry", never "1 clients".
import type { Language } from '../../agents/brief.js';

/** Nouns whose singular ends in s (or x) as their plural does: "1 avis", "1 mois", "1 process". */
const INVARIABLE = new Set([
  'avis',
  'mois',
  'fois',
  'cours',
  'temps',
  'pays',
  'prix',
  'accès',
  'succès',
  'process',
  'business',
  'news',
  'series',
  'analytics',
  'sales',
  'plus',
]);

/** True when a count this size takes the singular: below 2 in French ("1,5 jour"), exactly 1 in English. */
export function takesSingular(value: number, language: Language): boolean {
  if (!Number.isFinite(value)) return false;
  const size = Math.abs(value);
  return language === 'fr' ? size < 2 : size === 1;
}

/** The singular of a plural unit's first word ("clients" → "client", "enquiries" → "enquiry", "réseaux" → "réseau"). */
export function singularUnit(unit: string, language: Language): string {
  const match = /^(\p{L}+)(.*)$/su.exec(unit);
  if (!match) return unit;
  const [, word = '', rest = ''] = match;
  const lower = word.toLowerCase();
  if (INVARIABLE.has(lower) || word.length < 3 || word === word.toUpperCase()) return unit;
  let single = word;
  if (language === 'en' && /ies$/.test(lower) && word.length > 4) single = `${word.slice(0, -3)}y`;
  else if (language === 'en' && /(ches|shes|sses|xes)$/.test(lower)) single = word.slice(0, -2);
  else if (language === 'fr' && /eaux$/.test(lower)) single = word.slice(0, -1);
  else if (language === 'fr' && /aux$/.test(lower)) single = `${word.slice(0, -3)}al`;
  else if (/[^s]s$/.test(lower)) single = word.slice(0, -1);
  return `${single}${rest}`;
}

/** The unit as a count of `value` needs it. */
export function unitFor(value: number, unit: string, language: Language): string {
  return takesSingular(value, language) ? singularUnit(unit, language) : unit;
}

/**
 * A sentence written elsewhere ("Revoir au mois 3 si l'on est sous 1 clients.") with its count of `unit` put in
 * agreement; only the given unit is touched, right after a whole number written alone.
 */
export function agreeCount(text: string, unit: string | null, language: Language): string {
  const clean = unit?.trim() ?? '';
  if (clean === '') return text;
  const single = singularUnit(clean, language);
  if (single === clean) return text;
  const escaped = clean.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\d.,\\u202f\\u00a0])(1|0|0,5|1,5) ${escaped}(?![\\p{L}])`, 'gu');
  return text.replace(pattern, (whole, before: string, count: string) =>
    takesSingular(Number(count.replace(',', '.')), language) ? `${before}${count} ${single}` : whole,
  );
}
