// Text normalisation for comparing titles, channels and ids: case, accents, punctuation and word order ignored.
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'and',
  'on',
  'in',
  'with',
  'our',
  'your',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'de',
  'du',
  'd',
  'et',
  'en',
  'pour',
  'sur',
  'au',
  'aux',
  'avec',
  'nos',
  'notre',
  'vos',
  'votre',
  // Words that join two names without changing the action: "pages vs X and Y" = "pages against X & Y".
  'vs',
  'versus',
  'against',
  'contre',
  'face',
  'by',
  'from',
  'at',
  'par',
  'dans',
  'chez',
]);

/** Lower case, accents stripped, punctuation turned into spaces, whitespace collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A title's signature: its meaningful words, a trailing plural "s" dropped, sorted and deduplicated.
 * "Lancer les campagnes LinkedIn" and "Campagne LinkedIn : lancer" share one; "Write blog posts" and
 * "Write a guide" do not. Equal signatures in one channel mean near-identical actions (bucketed, never compared pairwise).
 */
export function titleSignature(title: string): string {
  const words = foldText(title)
    .split(' ')
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
  return [...new Set(words)].sort().join(' ');
}

/** Case- and space-insensitive key for matching a reference against the ids that exist. */
export function idKey(id: string): string {
  return id.trim().toUpperCase();
}

/** Code-unit order, so sorting never depends on the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
