// Word matching for the honesty checks: folded words, with long words matched by prefix ("avis" ≈ "avis", "review" ≈ "reviews").
import { foldedWords } from '../../src/language/normalise.js';
import { stopWords } from '../../src/language/stop-words.js';
import { CHECK_FOLD } from './normalise-text.js';

/** Words of at least this length match any word they begin ("pharmac" → "pharmacies"); shorter ones match exactly. */
const PREFIX_FROM = 4;

export function words(text: string): string[] {
  return foldedWords(text, CHECK_FOLD);
}

function wordMatches(word: string, term: string): boolean {
  return term.length >= PREFIX_FROM ? word.startsWith(term) : word === term;
}

/** Word positions where `term` (one or more words, or their folded list) starts in `textWords`. */
export function termPositions(textWords: readonly string[], term: string | readonly string[]): number[] {
  const termWords = typeof term === 'string' ? words(term) : term;
  if (termWords.length === 0) return [];
  const found: number[] = [];
  for (let i = 0; i + termWords.length <= textWords.length; i += 1) {
    if (termWords.every((t, k) => wordMatches(textWords[i + k] ?? '', t))) found.push(i);
  }
  return found;
}

/** Whether the text mentions any of the terms, as whole words (long words by prefix). */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  const textWords = words(text);
  return terms.some((term) => termPositions(textWords, term).length > 0);
}

/** Little words that carry no content, in French and English. */
export const FILLER_WORDS: ReadonlySet<string> = stopWords('filler');
