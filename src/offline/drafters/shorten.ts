// Shortens a brief's free text to a phrase that fits inside a title or a sentence.

/**
 * The first clause of `text` (up to a sentence break, semicolon, colon or parenthesis), cut at a word boundary
 * to at most `max` characters, without trailing punctuation.
 */
export function shorten(text: string, max: number): string {
  const clause = (text.split(/[.;:!?(\n]| — | - /)[0] ?? text).trim();
  let phrase = clause.length > 0 ? clause : text.trim();
  if (phrase.length > max) {
    const cut = phrase.slice(0, max + 1);
    const space = cut.lastIndexOf(' ');
    phrase = space > max / 2 ? cut.slice(0, space) : phrase.slice(0, max);
  }
  return dropTrailingLinkWords(phrase.replace(/[\s,;:–-]+$/, ''));
}

/** Words that cannot end a phrase, in both languages: "audits de" → "audits". */
const LINK_WORDS = new Set(
  [
    'de',
    'du',
    'des',
    'd',
    'la',
    'le',
    'les',
    'l',
    'et',
    'en',
    'pour',
    'a',
    'à',
    'au',
    'aux',
    'dans',
    'chez',
    'sur',
    'par',
    'ou',
  ].concat(['of', 'and', 'the', 'an', 'for', 'to', 'in', 'with', 'or', 'within', 'at', 'on', 'by', 'from']),
);

function dropTrailingLinkWords(phrase: string): string {
  const words = phrase.split(' ');
  while (words.length > 1 && LINK_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}

/** Who a group of people is, without the clause that describes them: "Freelancers who bill monthly" → "Freelancers". */
export function shortenAudience(text: string, max: number): string {
  const head = text.split(/,| (?:qui|who|that|which|dont|avec|with|plus) /)[0]?.trim() ?? text;
  return shorten(head.length >= 10 ? head : text, max);
}

/** What is sold, without who it is for: "Invoicing software for freelancers" → "Invoicing software". */
export function shortenOffer(text: string, max: number): string {
  const head =
    text
      .split(
        / (?:for|pour|to|with|avec|aimed at|destinée? à|dedicated to|in|conçue? (?:pour|par)|designed for|built for|made for) /,
      )[0]
      ?.trim() ?? text;
  return shorten(head.length >= 8 ? head : text, max);
}
