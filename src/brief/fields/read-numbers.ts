// Finds the numbers a person writes in French or English ("20 000", "1,200.50", "1,2 M€", "€20k", "3'000") and
// the currency written next to each, without guessing what they measure.

export interface FoundNumber {
  value: number;
  start: number;
  end: number;
  /** ISO code of a currency written right before or after, else null. */
  currency: string | null;
  /** A bare whole number between 1900 and 2100: a year, not a quantity. */
  isYear: boolean;
  /** Followed by "%" (or "pour cent", "percent"). */
  isPercent: boolean;
}

const SPACES = '[ \\u00a0\\u202f]';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_])(\\d{1,3}(?:[ \\u00a0\\u202f'’]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*)` +
    `(?:${SPACES}?(k|K|M|Md|Mds|bn|millions?|milliards?|billions?|thousand|mille)(?![\\p{L}]))?`,
  'gu',
);

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  mille: 1e3,
  M: 1e6,
  million: 1e6,
  millions: 1e6,
  Md: 1e9,
  Mds: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
};

// Longest spellings first, so "CA$" is not read as "$".
const CURRENCY_WORDS: readonly [RegExp, string][] = [
  [/^(?:CA\$|C\$|CAD)/, 'CAD'],
  [/^(?:A\$|AUD)/, 'AUD'],
  [/^(?:US\$|USD|\$|dollars?\b)/i, 'USD'],
  [/^(?:€|EUR\b|euros?\b)/i, 'EUR'],
  [/^(?:£|GBP\b|pounds?\b|livres?\b)/i, 'GBP'],
  [/^(?:CHF\b|francs? suisses?\b)/i, 'CHF'],
];
const CURRENCY_BEFORE: readonly [RegExp, string][] = [
  [/(?:CA\$|C\$|CAD)\s?$/, 'CAD'],
  [/(?:A\$|AUD)\s?$/, 'AUD'],
  [/(?:US\$|USD|\$)\s?$/, 'USD'],
  [/(?:€|EUR)\s?$/, 'EUR'],
  [/(?:£|GBP)\s?$/, 'GBP'],
  [/CHF\s?$/, 'CHF'],
];

/** Every number in `line`, in order. */
export function findNumbers(line: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of line.matchAll(NUMBER)) {
    const raw = match[1] as string;
    const suffix = match[2];
    const multiplier = suffix ? (MULTIPLIERS[suffix] ?? 1) : 1;
    const value = roundMoney(readDigits(raw, suffix !== undefined) * multiplier);
    const start = match.index;
    let end = start + match[0].length;
    const after = line.slice(end).replace(/^[ \u00a0\u202f]?/, '');
    const currencyAfter = CURRENCY_WORDS.find(([pattern]) => pattern.test(after));
    const currencyBefore = CURRENCY_BEFORE.find(([pattern]) => pattern.test(line.slice(0, start)));
    if (currencyAfter) end = line.length - after.length + (after.match(currencyAfter[0])?.[0].length ?? 0);
    const isPercent = /^(?:%|pour ?cent|percent|per cent)/i.test(after);
    found.push({
      value,
      start,
      end,
      currency: currencyAfter?.[1] ?? currencyBefore?.[1] ?? null,
      isYear:
        suffix === undefined &&
        /^\d{4}$/.test(raw) &&
        value >= 1900 &&
        value <= 2100 &&
        readsAsYear(line, start, end),
      isPercent,
    });
  }
  return found;
}

/** The currency written anywhere in `line` ("€", "EUR", "dollars"), or null. */
export function currencyIn(line: string): string | null {
  for (let index = 0; index < line.length; index += 1) {
    if (index > 0 && /[\p{L}]/u.test(line[index - 1] as string) && /[\p{L}]/u.test(line[index] as string))
      continue;
    const hit = CURRENCY_WORDS.find(([pattern]) => pattern.test(line.slice(index)));
    if (hit) return hit[1];
  }
  return null;
}

/**
 * "1,200" and "1.200" are thousands, "1,2" and "1.25" decimals; with a k/M suffix a lone separator is always
 * decimal ("1.5M", "2,5 k€"). Mixed separators: the last one is the decimal point ("1,200.50", "1.200,50").
 */
function readDigits(raw: string, hasSuffix: boolean): number {
  const compact = raw.replace(/[ \u00a0\u202f'’]/g, '');
  const separators = compact.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(compact);
  const parts = compact.split(/[.,]/);
  const last = parts[parts.length - 1] as string;
  const kinds = new Set(separators);
  if (kinds.size > 1) {
    const decimal = separators[separators.length - 1];
    const whole = parts.slice(0, -1).join('');
    return Number(`${whole}.${decimal === undefined ? '' : last}`);
  }
  if (separators.length > 1) return Number(parts.join(''));
  const first = parts[0] as string;
  const thousands = !hasSuffix && last.length === 3 && first !== '0' && first.length <= 3;
  return thousands ? Number(`${first}${last}`) : Number(`${first}.${last}`);
}

function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

const YEAR_CUE =
  /(?:\b(?:in|since|by|from|until|before|after|end of|early|late|mid|en|depuis|d['’]ici|fin|début|debut|avant|après|apres|jusqu['’]en|année|year|of)|janv\.?|[a-zéû]+(?:ier|rier|ars|ril|ai|uin|illet|oût|out|bre|ary|ch|une|uly|ust))\s*$/i;

/** "since 2019", "juin 2027", "2026." are years; "2000 followers" is a count. */
function readsAsYear(line: string, start: number, end: number): boolean {
  if (YEAR_CUE.test(line.slice(Math.max(0, start - 16), start))) return true;
  return !/^\s*[\p{L}]/u.test(line.slice(end));
}
