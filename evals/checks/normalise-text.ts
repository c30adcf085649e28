// Text folding shared by the checks: compare words, not case, accents, punctuation or filler.
import { contentWords, type FoldOptions, foldText } from '../../src/language/normalise.js';
import { stopWords } from '../../src/language/stop-words.js';

/** Title filler, and the joining words ("vers", "into", "per") the checks also skip when they compare titles. */
const FILLER = stopWords('title', 'titleComparison');

/** How the checks fold text: `&` is read as "and", so "X & Y" and "X and Y" are the same words. */
export const CHECK_FOLD: FoldOptions = { ampersand: 'and' };

/** Lower case, accents stripped, `&` read as "and", anything else but letters and digits turned into spaces. */
export function fold(text: string): string {
  return foldText(text, CHECK_FOLD);
}

/** The meaningful words of a text, a trailing plural "s" dropped: "Publish comparison pages vs X" ≈ "against X". */
export function keyWords(text: string): Set<string> {
  return new Set(contentWords(text, FILLER, CHECK_FOLD));
}

/** |A ∩ B| / |A ∪ B|; two empty sets are identical (1). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Whether `needle`'s words appear in `haystack`, in order, as whole words. */
export function containsWords(haystack: string, needle: string): boolean {
  const folded = fold(needle);
  if (folded === '') return false;
  return ` ${fold(haystack)} `.includes(` ${folded} `);
}

/**
 * Jaccard overlap of two lists of phrases where a phrase counts as shared when its words overlap one of
 * the other list's phrases by at least `sameAt` (each phrase matched once, best pairs first, ties by position).
 */
export function phraseOverlap(a: readonly string[], b: readonly string[], sameAt: number): number {
  if (a.length === 0 && b.length === 0) return 1;
  const wordsA = a.map(keyWords);
  const wordsB = b.map(keyWords);
  const pairs: { i: number; j: number; sim: number }[] = [];
  wordsA.forEach((wa, i) => {
    wordsB.forEach((wb, j) => {
      const sim = jaccard(wa, wb);
      if (sim >= sameAt) pairs.push({ i, j, sim });
    });
  });
  pairs.sort((p, q) => q.sim - p.sim || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const { i, j } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
  }
  const shared = usedA.size;
  return shared / (a.length + b.length - shared);
}
