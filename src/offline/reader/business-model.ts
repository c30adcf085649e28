// Business model and stage, only as the brief writes them ("B2B", "aux particuliers", "marketplace", "vient d'ouvrir").
import type { BusinessModel, Company } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import type { Found } from './found.js';
import { indexWords, keywordHits } from './keyword-match.js';

const { models, stages } = READER_TERMS.signals;

/** The first entry of `table` whose words occur, with the line holding them. */
function first<K extends string>(
  text: string,
  table: Partial<Record<K, readonly string[]>>,
): Found<K> | null {
  const index = indexWords(text);
  for (const [key, words] of Object.entries(table) as Array<[K, readonly string[]]>) {
    const hit = words.flatMap((w) => keywordHits(index, w))[0];
    if (hit === undefined) continue;
    const start = text.lastIndexOf('\n', hit.start) + 1;
    const end = text.indexOf('\n', hit.end);
    return { value: key, from: text.slice(start, end < 0 ? undefined : end).trim() };
  }
  return null;
}

/** The model the brief writes, most specific first (B2B2C, marketplace, B2G, B2B, B2C); both B2B and B2C named → B2B2C. */
export function findBusinessModel(text: string): Found<BusinessModel> | null {
  const found = first(text, models);
  if (found?.value === 'B2B' && first(text, { B2C: models.B2C ?? [] }) !== null)
    return { ...found, value: 'B2B2C' };
  return found;
}

export function findStage(text: string): Found<NonNullable<Company['stage']>> | null {
  return first(text, stages);
}
