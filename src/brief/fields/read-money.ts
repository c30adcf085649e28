// Reads a budget or a spend written as a number, a sentence ("400 €/mois", "€20k per year") or an object.
import { normaliseKey } from './normalise-key.js';
import { currencyIn, findNumbers } from './read-numbers.js';
import { type Fields, isRecord, pick, text } from './values.js';

export interface Money {
  amount: number;
  currency: string | null;
  /** Months the amount covers, when the words say it ("par mois", "a year", "over 6 months"). */
  periodMonths: number | null;
}

const WEEKS_PER_MONTH = 52 / 12;

// "over 6 months", "sur 18 mois" say how long; "per month", "par an" say how often. Checked in this order.
const SPAN = /\b(?:over|for|sur|pour|across)\s+(?:the\s+|les\s+)?(\d{1,2})\s*(?:months?|mois)\b/i;
const PERIODS: readonly [RegExp, number][] = [
  [/(?:\/|\bper\s+|\bpar\s+|\ba\s+|\bby\s+the\s+)\s*(?:week|semaine|wk)\b|\bweekly\b|\bhebdo/i, -1],
  [
    /(?:\/|\bper\s+|\bpar\s+|\ba\s+|\bby\s+the\s+|\bchaque\s+)\s*(?:month|mois|mo)\b|\bmonthly\b|\bmensuel|\bpm\b|\bp\/m\b/i,
    1,
  ],
  [/(?:\/|\bper\s+|\bpar\s+|\ba\s+|\bchaque\s+)\s*(?:quarter|trimestre|q)\b|\bquarterly\b|\btrimestriel/i, 3],
  [/(?:\/|\bper\s+|\bpar\s+|\ba\s+)\s*(?:semester|semestre|half[- ]year)\b|\bsemestriel/i, 6],
  [
    /(?:\/|\bper\s+|\bpar\s+|\ba\s+|\bchaque\s+)\s*(?:year|an|année|annee|yr|y)\b|\bannual(?:ly)?\b|\byearly\b|\bannuel|\bpar\s+exercice\b|\bthis year\b|\bcette année\b|\bp\.?a\.?\b/i,
    12,
  ],
];

/** The period written in `line`, in months; weekly amounts are reported as -1 and turned monthly by the caller. */
export function periodIn(line: string): number | null {
  const span = SPAN.exec(line);
  if (span?.[1]) return Number(span[1]);
  for (const [pattern, months] of PERIODS) if (pattern.test(line)) return months;
  return null;
}

/** A period written as a word or a number of months: "monthly", "mois", 12, "year". */
export function periodFromValue(value: unknown): number | null {
  if (typeof value === 'number') return value > 0 ? value : null;
  const line = text(value);
  if (line === null) return null;
  const months = /^(\d{1,2})\s*(?:months?|mois|m)?$/i.exec(line);
  if (months?.[1]) return Number(months[1]) || null;
  const key = normaliseKey(line);
  if (/^(?:month|monthly|mois|mensuel|mensuelle|permonth|parmois|mo)$/.test(key)) return 1;
  if (/^(?:quarter|quarterly|trimestre|trimestriel|trimestrielle)$/.test(key)) return 3;
  if (/^(?:semester|semestre|semestriel|halfyear)$/.test(key)) return 6;
  if (/^(?:year|yearly|annual|annually|an|annee|annuel|annuelle|peryear|paran|yr)$/.test(key)) return 12;
  if (/^(?:week|weekly|semaine|hebdo|hebdomadaire)$/.test(key)) return -1;
  return periodIn(line);
}

/** Words that state a zero budget outright. */
const ZERO = /^(?:0|none|nothing|no budget|zero|aucun|rien|pas de budget|néant|neant|0 ?€|€ ?0)$/i;

/** A sum of money written as a number or a sentence; null when no amount is written. */
export function moneyFromText(value: unknown): Money | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0
      ? { amount: value, currency: null, periodMonths: null }
      : null;
  }
  const line = text(value);
  if (line === null) return null;
  if (ZERO.test(line)) return { amount: 0, currency: currencyIn(line), periodMonths: null };
  const numbers = findNumbers(line).filter((n) => !n.isYear && !n.isPercent);
  // The amount is the number written with a currency; a lone bare number is one too ("budget: 5000").
  const withCurrency = numbers.find((n) => n.currency !== null);
  const chosen = withCurrency ?? (numbers.length === 1 ? numbers[0] : undefined);
  if (!chosen) return null;
  const period = periodIn(line.slice(chosen.end)) ?? periodIn(line);
  return weekly({
    amount: chosen.value,
    currency: chosen.currency ?? currencyIn(line),
    periodMonths: period,
  });
}

const AMOUNT_KEYS = ['amount', 'montant', 'value', 'valeur', 'total', 'sum', 'somme', 'budget'];
const CURRENCY_KEYS = ['currency', 'devise', 'monnaie'];
const PERIOD_KEYS = [
  'periodmonths',
  'period',
  'periode',
  'per',
  'par',
  'frequency',
  'frequence',
  'months',
  'mois',
  'duration',
  'duree',
];

/** A sum of money written as an object: {amount, currency, period}, in English or French keys. */
export function moneyFromRecord(record: Fields): Money | null {
  const amount = moneyFromText(pick(record, AMOUNT_KEYS, normaliseKey));
  if (amount === null) return null;
  const currency = text(pick(record, CURRENCY_KEYS, normaliseKey));
  const period = periodFromValue(pick(record, PERIOD_KEYS, normaliseKey));
  return weekly({
    amount: amount.amount,
    currency: currency
      ? (currencyIn(currency) ?? (/^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : null))
      : amount.currency,
    periodMonths: period ?? amount.periodMonths,
  });
}

/** Any of the three shapes. */
export function readMoney(value: unknown): Money | null {
  return isRecord(value) ? moneyFromRecord(value) : moneyFromText(value);
}

/** A weekly amount becomes a monthly one, rounded to the unit: plans are made by the month. */
function weekly(money: Money): Money {
  if (money.periodMonths !== -1) return money;
  return { ...money, amount: Math.round(money.amount * WEEKS_PER_MONTH), periodMonths: 1 };
}
