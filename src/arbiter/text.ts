// Text normalisation for comparing titles, channels and ids: case, accents, punctuation and word order ignored.
import { contentWords, foldText } from '../language/normalise.js';
import { stopWords } from '../language/stop-words.js';

export { foldText };

/** Words that do not change what an action is, joining words included ("pages vs X and Y" = "pages against X & Y"). */
const STOP_WORDS = stopWords('title');

/**
 * A title's signature: its meaningful words, a trailing plural "s" dropped, sorted and deduplicated.
 * "Lancer les campagnes LinkedIn" and "Campagne LinkedIn : lancer" share one; "Write blog posts" and
 * "Write a guide" do not. Equal signatures in one channel mean near-identical actions (bucketed, never compared pairwise).
 */
export function titleSignature(title: string): string {
  return [...new Set(contentWords(title, STOP_WORDS))].sort().join(' ');
}

/** Case- and space-insensitive key for matching a reference against the ids that exist. */
export function idKey(id: string): string {
  return id.trim().toUpperCase();
}

/** Code-unit order, so sorting never depends on the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
