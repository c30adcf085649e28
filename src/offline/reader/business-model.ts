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

/**
 * A platform that puts two sides in touch ("met en relation des interprètes avec les entreprises", "connects
 * freelancers with clients") is a marketplace, whatever its users are called.
 */
const TWO_SIDED =
  /\b(?:met(?:tent|tons)? en relation|mise en relation|connects? [^.;]{2,60}? with|matches [^.;]{2,60}? with|two-sided)\b/iu;
/** Trade buyers (importers, distributors, cavistes): a consumer brand that sells through them also sells B2B. */
const TRADE_BUYERS =
  /\b(?:importers?|importateurs?|distributors?|distributeurs?|wholesalers?|wholesale|grossistes?|cavistes?|resellers?|revendeurs?|retailers?|d[ée]taillants?)\b/iu;
/** "We also do a B2B offer": business customers as a side line of a consumer business. */
const B2B_ON_THE_SIDE =
  /\b(?:also|aussi|[ée]galement|plus)\b[^.;]{0,30}\bB2B\b|\bB2B\b[^.;]{0,20}\b(?:too|as well|aussi|[ée]galement)\b/u;
/** A consumer price ("£59/month you get", "14,90 €/mois"): the business sells to people too. */
const CONSUMER_PRICE =
  /(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$))\s?(?:\/|per |par |a )\s?(?:month|mois)\b[^.;]{0,25}\byou\b/iu;

/**
 * The model the brief writes, most specific first (B2B2C, marketplace, B2G, B2B, B2C); both B2B and B2C named → B2B2C;
 * consumers plus trade buyers → B2B2C; a platform putting two sides in touch → marketplace.
 */
export function findBusinessModel(text: string): Found<BusinessModel> | null {
  const found = first(text, models);
  const line = (match: RegExpExecArray) => {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const end = text.indexOf('\n', match.index);
    return text.slice(start, end < 0 ? undefined : end).trim();
  };
  const twoSided = TWO_SIDED.exec(text);
  if (twoSided && (found === null || found.value === 'B2C' || found.value === 'B2B'))
    return { value: 'marketplace', from: line(twoSided) };
  if (found?.value === 'B2B') {
    if (first(text, { B2C: models.B2C ?? [] }) !== null) return { ...found, value: 'B2B2C' };
    if (B2B_ON_THE_SIDE.test(found.from) || CONSUMER_PRICE.test(text)) return { ...found, value: 'B2B2C' };
  }
  if (found?.value === 'B2C' && TRADE_BUYERS.test(text)) return { ...found, value: 'B2B2C' };
  return found;
}

export function findStage(text: string): Found<NonNullable<Company['stage']>> | null {
  return first(text, stages);
}
