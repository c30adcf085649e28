// Amounts of money as people write them: "18 000 €", "18k€", "1,5 M€", "$620,000", "$3.1M", "CHF 50'000", "£12k".
import { clean, MULTIPLIER_SOURCE, multiplierValue, NUMBER_SOURCE, parseNumberText } from './numbers.js';

export interface Money {
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
}

/** Currency written before the number ("$5k", "CHF 50'000"), longest spellings first. */
const PREFIX_CURRENCY = String.raw`US\$|USD|CA\$|C\$|CAD|A\$|AUD|\$|€|EUR|£|GBP|CHF|Fr\.`;

/** Currency written after the number ("18 000 €", "240 000 EUR", "12 000 $ CA", "5 000 euros"). */
const SUFFIX_CURRENCY = String.raw`\$\s?CA(?![A-Za-zÀ-ÖØ-öø-ɏ])|\$\s?US(?![A-Za-zÀ-ÖØ-öø-ɏ])|k\$|€|\$|£|EUR(?![A-Za-zÀ-ÖØ-öø-ɏ])|USD(?![A-Za-zÀ-ÖØ-öø-ɏ])|GBP(?![A-Za-zÀ-ÖØ-öø-ɏ])|CHF(?![A-Za-zÀ-ÖØ-öø-ɏ])|CAD(?![A-Za-zÀ-ÖØ-öø-ɏ])|AUD(?![A-Za-zÀ-ÖØ-öø-ɏ])|euros?(?![A-Za-zÀ-ÖØ-öø-ɏ])|dollars? canadiens|canadian dollars?|dollars?(?![A-Za-zÀ-ÖØ-öø-ɏ])|livres? sterling|pounds?(?![A-Za-zÀ-ÖØ-öø-ɏ])|francs? suisses|swiss francs?`;

/** Multiplier before a currency: adds lower-case "m" ("€3m", "3m€"), unambiguous next to a currency. */
const MONEY_MULTIPLIER = `(?:${MULTIPLIER_SOURCE}|m(?![A-Za-zÀ-ÖØ-öø-ɏ]))`;

const CURRENCY_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:CA\$|C\$|CAD|\$\s?CA|dollars? canadiens|canadian dollars?)$/i, 'CAD'],
  [/^(?:A\$|AUD)$/i, 'AUD'],
  [/^(?:US\$|USD|\$|\$\s?US|k\$|dollars?)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|livres? sterling|pounds?)$/i, 'GBP'],
  [/^(?:CHF|Fr\.|francs? suisses|swiss francs?)$/i, 'CHF'],
];

/** ISO code for a currency as written; a bare `$` is read as USD unless written `$ CA` / `CA$` / `CAD`. */
export function currencyCode(written: string): string | null {
  const text = written.trim();
  for (const [re, code] of CURRENCY_CODES) if (re.test(text)) return code;
  return null;
}

function overlaps(a: { start: number; end: number }, list: readonly Money[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/**
 * Every amount of money in `text`, in order. "k$" counts as thousands of dollars. "2-3 k€" and
 * "entre 2 000 et 3 000 €" yield both ends, each with the currency and multiplier written once.
 */
export function findMoney(text: string): Money[] {
  const prefix = new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ɏ])(${PREFIX_CURRENCY})\\s?(${NUMBER_SOURCE})(?:\\s?(${MONEY_MULTIPLIER}))?`,
    'gu',
  );
  const suffix = new RegExp(
    `(${NUMBER_SOURCE})(?:\\s?(${MONEY_MULTIPLIER}))?(?:\\s?(?:de |d'))?\\s?(${SUFFIX_CURRENCY})`,
    'gu',
  );
  const found: Money[] = [];
  const push = (
    digits: string,
    multiplier: string | undefined,
    currency: string,
    start: number,
    raw: string,
  ) => {
    const code = currencyCode(currency);
    const base = parseNumberText(digits);
    if (code === null || Number.isNaN(base)) return;
    const factor = currency.toLowerCase() === 'k$' ? 1e3 : multiplierValue(multiplier);
    const item = { amount: clean(base * factor), currency: code, start, end: start + raw.length, raw };
    if (!overlaps(item, found)) found.push(item);
  };
  for (const m of text.matchAll(prefix)) push(m[2] ?? '', m[3], m[1] ?? '', m.index, m[0]);
  for (const m of text.matchAll(suffix)) push(m[1] ?? '', m[2], m[3] ?? '', m.index, m[0]);
  found.sort((a, b) => a.start - b.start);
  return withRangeStarts(text, found);
}

/** "2-3 k€", "2 à 3 000 €", "between 2,000 and 3,000 $": the bare first number takes the second's unit. */
function withRangeStarts(text: string, found: Money[]): Money[] {
  const out: Money[] = [];
  for (const money of found) {
    const before = text.slice(Math.max(0, money.start - 30), money.start);
    // "et"/"and" only after "entre"/"between", so "en 2026 et 18 000 €" is not a range.
    const m = new RegExp(
      `(?:(?:entre|between)\\s+(${NUMBER_SOURCE})\\s?(?:et|and)|(${NUMBER_SOURCE})\\s?(?:-|à|to))\\s?$`,
      'u',
    ).exec(before);
    const first = m?.[1] ?? m?.[2];
    if (m && first !== undefined) {
      const start = money.start - before.length + m.index;
      const base = parseNumberText(first);
      const written = parseNumberText(/^[^\d]*([\d .,']+)/.exec(money.raw)?.[1] ?? '');
      // The multiplier of the second number applies to the first when the first has no digits to spare.
      const factor = written > 0 ? money.amount / written : 1;
      const amount = clean(base < written || factor === 1 ? base * factor : base);
      if (!overlaps({ start, end: money.start }, out) && !Number.isNaN(amount)) {
        out.push({ amount, currency: money.currency, start, end: money.start, raw: m[0] });
      }
    }
    out.push(money);
  }
  return out;
}

/**
 * "For £59/month you get…", "abonnement à 14,90 €/mois", "licence at $12 per user per month": the amount is what a
 * customer pays, not money the firm spends. Folded text, same offsets as the amount.
 */
export function isPrice(folded: string, money: { start: number; end: number }): boolean {
  const before = folded.slice(Math.max(0, money.start - 25), money.start);
  const after = folded.slice(money.end, money.end + 40);
  return (
    /(?:^|[^a-z])(?:for|pour|at|from|des|a partir de|only|seulement|costs?|coute(?:nt)?|price[sd]?|prix|tarif|abonnement|subscription|plan)\s*(?:de\s+|of\s+|:\s*|~\s*|just\s+)?$/u.test(
      before,
    ) ||
    /^\s*(?:\/|par|per|a)\s*(?:mois|month|mo)\s*,?\s*(?:you get|on a|vous avez|per (?:user|seat|employee)|par (?:utilisateur|licence|salarie))/u.test(
      after,
    )
  );
}
