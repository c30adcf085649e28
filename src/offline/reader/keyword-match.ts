// Keyword matching shared by the reader's tables: accent- and case-insensitive, whole words, optional plural.
import { fold } from './text.js';

/**
 * Compiles a table keyword into a regular expression over folded text (see `fold`).
 * `boulang*` matches any word starting with "boulang"; a plain keyword also matches its plural in -s or -x.
 * Keywords are written without accents and in lower case.
 */
export function keywordPattern(keyword: string): string {
  const stem = keyword.endsWith('*');
  const body = (stem ? keyword.slice(0, -1) : keyword)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '[\\s-]+');
  const tail = stem ? '[\\p{L}\\p{N}]*' : /[a-z]$/.test(keyword) ? '(?:s|x|es)?' : '';
  return `(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}])`;
}

/** A fresh, global, Unicode regex for one keyword; callers own it, so no `lastIndex` is shared. */
export function keywordRegex(keyword: string): RegExp {
  return new RegExp(keywordPattern(keyword), 'gu');
}

/** Positions of every whole-word occurrence of `keyword` in `folded` (text already passed through `fold`). */
export function keywordPositions(folded: string, keyword: string): number[] {
  return [...folded.matchAll(keywordRegex(keyword))].map((m) => m.index);
}

/** True when any of `keywords` occurs in `text` (folded here). */
export function hasAnyKeyword(text: string, keywords: readonly string[]): boolean {
  const folded = fold(text);
  return keywords.some((k) => new RegExp(keywordPattern(k), 'u').test(folded));
}

/** The earliest position of any of `keywords` in `text`, or -1. */
export function firstKeywordPosition(text: string, keywords: readonly string[]): number {
  const folded = fold(text);
  let best = -1;
  for (const k of keywords) {
    const m = new RegExp(keywordPattern(k), 'u').exec(folded);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}
