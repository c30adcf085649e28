// Lifts a short noun phrase out of a sentence ("des bougies artisanales sur Etsy…" → "bougies artisanales").
import { trimPhrase } from './text.js';

/** Where a captured phrase stops: punctuation, a new clause, a place, a time, a channel. */
const CUTS: readonly RegExp[] = [
  /[.;:!?()[\]"«»]/u,
  /\s-\s/u,
  /,?\s(?:et|and|mais|but|so|donc|alors)\s(?:nous|je|j'|on|we|i|our|notre|nos|my|mon|ma|il|elle|they|it)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu,
  /,\s(?:qui|which|that|dont|where|où|avec|with|mainly|surtout|principalement|notamment|including|mostly|et|and|but|mais)\s/iu,
  /\s(?:sur|on|via|through|depuis|from|since|d'ici|within|by|until|jusqu'à|grâce à|thanks to)\s/iu,
  /,\s(?:for|pour)\s/iu,
  // "…dispatch, used by regional carriers": a participle after a comma says who or where, not what.
  /,\s(?:used|based|located|sold|made|designed|built|trusted|utilisée?s?|basée?s?|située?s?|vendue?s?|conçue?s?|installée?s?)\s/iu,
  /\s(?:à|in|at|en|au|aux|dans)\s(?=[A-ZÀ-ÖØ-ÞŒ])/u,
  // "rooftop solar and home batteries around Austin": a place after "around", "near", "autour de" says where.
  /\s(?:around|near|across|throughout|autour de|près de|partout en)\s(?=[A-ZÀ-ÖØ-ÞŒ])/u,
  /\s(?:in the|dans le|dans la|dans les)\s(?=[A-ZÀ-ÖØ-ÞŒ])/u,
  /\s(?:depuis|since|for)\s\d/iu,
  // "cabinet de conseil créé en 2016": the founding date is not part of what the company is.
  /\s(?:créée?s?|fondée?s?|lancée?s?|founded|established|launched|started)\s(?:en|in)\s\d/iu,
];

/** A relative clause ends the phrase once the phrase has a head of its own ("cabinet de conseil RH qui…", "marketplace app that…"). */
const RELATIVE = /\s(?:qui|que|that|which|who|dont)\s|\squ'/u;

/**
 * Cuts `text` at the first clause boundary (and at `extraCuts`), then drops a leading adverb and
 * article and limits the length.
 */
export function nounPhrase(text: string, maxWords = 14, extraCuts: readonly RegExp[] = []): string | null {
  let end = text.length;
  const relative = RELATIVE.exec(text);
  // "marketplace app that connects…" has its head in two words; one ("marketplace that…") may be a bare noun.
  if (relative && text.slice(0, relative.index).trim().split(/\s+/).length >= 2) end = relative.index;
  for (const cut of [...CUTS, ...extraCuts]) {
    const m = cut.exec(text);
    if (m && m.index > 0 && m.index < end) end = m.index;
  }
  const phrase = trimPhrase(
    text
      .slice(0, end)
      .replace(
        /^(?:(?:aussi|also|également|surtout|principalement|mainly|mostly|notamment|essentiellement|actuellement|currently|now|désormais)\s+)+/iu,
        '',
      )
      .replace(
        /^(?:(?:des|du|de la|de|les|le|la|un|une|a|an|the|some|our|nos|notre|nos)\s+|l'|de l'|d')/iu,
        '',
      )
      .trim(),
  );
  const words = phrase.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.slice(0, maxWords).join(' ');
}

/** The phrase following the first match of `pattern` in `text`, or null. */
export function phraseAfter(
  text: string,
  pattern: RegExp,
  maxWords = 14,
  extraCuts: readonly RegExp[] = [],
): string | null {
  const m = pattern.exec(text);
  if (!m) return null;
  return nounPhrase(text.slice(m.index + m[0].length), maxWords, extraCuts);
}
