// Numbers as people write them: "18 000", "1,5", "620,000", "3.1", "50'000", with k / M / million multipliers.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';

/**
 * One number: thousands grouped by space, dot, comma or apostrophe ("18 000", "620,000", "50'000"),
 * or a plain number with an optional decimal part ("1,5", "3.1"). It may not touch a letter or digit
 * before it, so "B2B", "G1" and "Q3" are not numbers.
 */
export const NUMBER_SOURCE = String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9.,'])(?:\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![0-9]|[.,]\d)`;

/** Multipliers written after a number: 18k, 1,5 M, 2 millions, 3 milliards, 4bn. */
export const MULTIPLIER_SOURCE = `(?:k|K|M|Md|Mds|Mrd|bn|Bn|mio|Mio|millions?|milliards?|billions?|thousands?|mille|milliers)(?![A-Za-zÀ-ÖØ-öø-ɏ])`;

/** Multiplier words and their factors (language.yaml). */
const MULTIPLIERS: Readonly<Record<string, number>> = READER_TERMS.multipliers;

/** The factor a multiplier word stands for, 1 when there is none. */
export function multiplierValue(word: string | undefined): number {
  if (word === undefined || word === '') return 1;
  return MULTIPLIERS[word.trim().toLowerCase()] ?? 1;
}

/**
 * Parses the digits of one number as written. A separator followed by exactly three digits (and
 * nothing more) groups thousands; otherwise it is the decimal mark: "620,000" → 620000, "1,5" → 1.5,
 * "3.1" → 3.1, "1.500" → 1500, "1 234,56" → 1234.56.
 */
export function parseNumberText(raw: string): number {
  const text = raw.trim();
  // "0,125" can only be a decimal, whatever the digit count.
  const decimal = /^0[.,]\d+$/.test(text) ? /[.,](\d+)$/.exec(text) : /[.,](\d{1,2}|\d{4,})$/.exec(text);
  const grouped = decimal ? text.slice(0, decimal.index) : text;
  const whole = grouped.replace(/[ .,']/g, '');
  const value = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Rounds away floating noise from multiplying decimals ("3.1" × 1e6 → 3100000, not 3100000.0000000005). */
export function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Small numbers written as words, French and English, folded (language.yaml). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = READER_TERMS.numberWords;

/** Word alternatives for a regex, longest first so "dix-huit" wins over "dix". */
export const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .map((w) => w.replace(/[-]/g, '[- ]'))
  .join('|');

/** A captured count: digits ("4", "1,5") or a number word ("deux", "four"). */
export function parseCount(raw: string): number | null {
  const text = raw.trim().toLowerCase().replace(/ /g, '-');
  if (/^\d/.test(text)) {
    const value = parseNumberText(raw);
    return Number.isNaN(value) ? null : value;
  }
  const word = NUMBER_WORDS[text] ?? NUMBER_WORDS[text.replace(/-/g, ' ')];
  return word ?? null;
}

/** A plain number found in text, with its multiplier applied. */
export interface FoundNumber {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
}

/** Every number in `text` with an optional multiplier ("12k followers" → 12000). */
export function findNumbers(text: string): FoundNumber[] {
  const re = new RegExp(`(${NUMBER_SOURCE})(?:\\s?(${MULTIPLIER_SOURCE}))?`, 'gu');
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(re)) {
    const digits = m[1] ?? '';
    const base = parseNumberText(digits);
    if (Number.isNaN(base)) continue;
    found.push({
      value: clean(base * multiplierValue(m[2])),
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
    });
  }
  return found;
}
