// Text folding for comparing words: accents, case, punctuation and word splitting, written once for every layer.

export interface FoldOptions {
  /** Characters kept as they are besides a-z and 0-9: the knowledge word lists keep "&+.-" ("b&b", "booking.com"). */
  readonly keep?: string;
  /** A word "&" is read as first: the eval checks compare "X & Y" with "X and Y". */
  readonly ampersand?: string;
  /** What each run of other characters becomes, and is trimmed off both ends: ' ' for words, '-' for slugs. */
  readonly separator?: string;
  /** Compatibility decomposition too: ligatures, full-width and superscript forms become plain letters ("ﬁ" → "fi"). */
  readonly compatibility?: boolean;
}

/** Accents and other combining marks dropped after decomposition: "Café Lumière" → "Cafe Lumiere". */
export function stripAccents(text: string, compatibility = false): string {
  return text.normalize(compatibility ? 'NFKD' : 'NFD').replace(/\p{M}/gu, '');
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The two patterns a fold needs, built once per set of options (folding runs over every brief word). */
const PATTERNS = new Map<string, { other: RegExp; ends: RegExp }>();

function patterns(keep: string, separator: string): { other: RegExp; ends: RegExp } {
  const key = `${keep}\u0000${separator}`;
  let found = PATTERNS.get(key);
  if (!found) {
    const sep = escapeRegExp(separator);
    found = {
      other: new RegExp(`[^a-z0-9${escapeClass(keep)}]+`, 'g'),
      ends: new RegExp(`^(?:${sep})+|(?:${sep})+$`, 'g'),
    };
    PATTERNS.set(key, found);
  }
  return found;
}

/**
 * Lower case, accents stripped, every run of characters other than a-z, 0-9 and `keep` turned into one separator,
 * none at either end: "D'Affaires — Café" → "d affaires cafe".
 */
export function foldText(text: string, options: FoldOptions = {}): string {
  const { keep = '', ampersand, separator = ' ', compatibility = false } = options;
  let folded = stripAccents(text, compatibility).toLowerCase();
  if (ampersand !== undefined) folded = folded.replace(/&/g, ` ${ampersand} `);
  const { other, ends } = patterns(keep, separator);
  folded = folded.replace(other, separator);
  return separator === '' ? folded : folded.replace(ends, '');
}

/** The folded words of a text, in order: "Café & Co." → ["cafe", "co"]. */
export function foldedWords(text: string, options: FoldOptions = {}): string[] {
  return foldText(text, { ...options, separator: ' ' })
    .split(' ')
    .filter((word) => word !== '');
}

/** A trailing plural "s" dropped from words longer than three letters: "campagnes" → "campagne", "bus" kept. */
export const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;

/** The meaningful words of a text, in order: folded, stop words dropped, each made singular. */
export function contentWords(
  text: string,
  stopWords: ReadonlySet<string>,
  options: FoldOptions = {},
): string[] {
  return foldedWords(text, options)
    .filter((word) => !stopWords.has(word))
    .map(singular);
}
