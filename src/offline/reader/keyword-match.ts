// Keyword matching shared by the reader's tables: accent- and case-insensitive, whole words, optional plural.
// Text is cut into words once (a WordIndex); keywords are compared word by word, with no regex per keyword,
// so a table of hundreds of keywords costs a few map look-ups rather than hundreds of regex compilations.
import { fold } from './text.js';

/** The words of a text, folded, with their offsets (valid in the text and in its folded form). */
export interface WordIndex {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Word → the indexes where it occurs. */
  readonly at: ReadonlyMap<string, readonly number[]>;
}

export interface KeywordHit {
  readonly start: number;
  readonly end: number;
}

const WORD = /[a-z0-9à-öø-ÿœ]+/gu;

/** Cuts `text` into folded words. */
export function indexWords(text: string): WordIndex {
  const folded = fold(text);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const at = new Map<string, number[]>();
  // matchAll works on a copy of the regex, so the module-level pattern keeps no state between calls.
  for (const m of folded.matchAll(WORD)) {
    const i = words.length;
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    const list = at.get(m[0]);
    if (list) list.push(i);
    else at.set(m[0], [i]);
  }
  return { words, starts, ends, at };
}

/**
 * A keyword's words; `stem` when it ends with `*` ("boulang*" matches "boulangerie"). Table keywords
 * are already lower case without accents, so a plain split is enough here.
 */
function parseKeyword(keyword: string): { parts: string[]; stem: boolean } {
  return { parts: keyword.split(/[^a-z0-9à-öø-ÿœ]+/u).filter((p) => p !== ''), stem: keyword.endsWith('*') };
}

/** The last word matches as written, in the plural (-s, -x, -es), or by prefix for a stem. */
function lastMatches(word: string, part: string, stem: boolean): boolean {
  if (stem) return word.startsWith(part);
  return word === part || word === `${part}s` || word === `${part}x` || word === `${part}es`;
}

/** Indexes of the words where a match of the keyword's first word may start. */
function firstCandidates(index: WordIndex, first: string, single: boolean, stem: boolean): number[] {
  if (!single) return [...(index.at.get(first) ?? [])];
  const out: number[] = [];
  for (const [word, positions] of index.at) if (lastMatches(word, first, stem)) out.push(...positions);
  return out.sort((a, b) => a - b);
}

/**
 * Every whole-word occurrence of `keyword` in the indexed text, in order. Keywords are written in
 * lower case without accents; words in between may be separated by any punctuation or space.
 */
export function keywordHits(index: WordIndex, keyword: string): KeywordHit[] {
  const { parts, stem } = parseKeyword(keyword);
  const first = parts[0];
  if (first === undefined) return [];
  const hits: KeywordHit[] = [];
  for (const i of firstCandidates(index, first, parts.length === 1, stem)) {
    let ok = true;
    for (let k = 1; k < parts.length && ok; k += 1) {
      const word = index.words[i + k];
      const part = parts[k] ?? '';
      ok = word !== undefined && (k === parts.length - 1 ? lastMatches(word, part, stem) : word === part);
    }
    const last = i + parts.length - 1;
    if (ok) hits.push({ start: index.starts[i] ?? 0, end: index.ends[last] ?? 0 });
  }
  return hits;
}

/** How many times `keyword` occurs. */
export function keywordCount(index: WordIndex, keyword: string): number {
  return keywordHits(index, keyword).length;
}

/** True when any of `keywords` occurs in `text` (a string is indexed here; pass an index to reuse one). */
export function hasAnyKeyword(text: string | WordIndex, keywords: readonly string[]): boolean {
  const index = typeof text === 'string' ? indexWords(text) : text;
  return keywords.some((k) => keywordHits(index, k).length > 0);
}
