// Reads an action's kill criterion ("Fewer than 20 leads after 3 months", "Coût par lead supérieur à 900 €…")
// into a rule a review can check. A criterion with no figure Boussole can check gives null, and the review says so.
import { foldText } from './text.js';

export type KillComparator = 'below' | 'above' | 'no_change';
/** How the KPI value is compared: as reported (to date), as a rate over the months run, or as spend ÷ value. */
export type KillMeasure = 'value' | 'per_month' | 'per_week' | 'per_quarter' | 'cost_per_unit';

export interface KillRule {
  comparator: KillComparator;
  threshold: number | null;
  measure: KillMeasure;
  /** Checked only once the action has run this many months (null: from the first review). */
  afterMonths: number | null;
  /** Checked only once this much has been spent on it. */
  afterSpend: number | null;
}

const WORDS: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
};

const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;
const MONEY_PREFIX = String.raw`(?:[£$€]|cad|usd|eur|gbp|chf)?\s*`;

/** "1,000" and "6 000" are thousands; "4,5" and "0.5" are decimals. */
export function readNumber(text: string): number | null {
  const compact = text.replace(/[ \u00a0\u202f]/g, '');
  const normalised = /^\d{1,3}(,\d{3})+$/.test(compact)
    ? compact.replace(/,/g, '')
    : compact.replace(',', '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const quantity = (raw: string): number | null => WORDS[raw] ?? readNumber(raw);

const UNIT_MONTHS: [RegExp, number][] = [
  [/^(months?|mois)$/, 1],
  [/^(weeks?|semaines?|weekends?|week-ends?)$/, 12 / 52],
  [/^(days?|jours?)$/, 12 / 365],
  [/^(quarters?|trimestres?)$/, 3],
  [/^(semesters?|semestres?)$/, 6],
];

function toMonths(amount: number, unit: string): number | null {
  for (const [pattern, months] of UNIT_MONTHS) {
    if (pattern.test(unit)) return Math.max(1, Math.ceil(amount * months - 1e-9));
  }
  return null;
}

const COUNT = String.raw`(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)`;
const UNIT =
  '(months?|mois|weeks?|semaines?|weekends?|week-ends?|days?|jours?|quarters?|trimestres?|semesters?|semestres?)';

/** Compiled once (constants, never mutated): "after 3 months", "3 mois après", "au mois 6". */
const TIMEFRAME_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`(?:after|within|in|for|over|apres|au bout de|dans|en|sous|pendant|d ici|during)\s+(?:the\s+|les\s+|first\s+|premiers?\s+|premieres?\s+)*${COUNT}\s+(?:first\s+|premiers?\s+|consecutive\s+)?${UNIT}`,
  ),
  new RegExp(String.raw`${COUNT}\s+${UNIT}\s+(?:after|apres|de suite|consecutive)`),
  /(?:at|by|au|a)\s+(?:month|mois)\s+(\d+)/,
];

function readTimeframe(text: string): number | null {
  const patterns = TIMEFRAME_PATTERNS;
  for (const [index, pattern] of patterns.entries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (index === 2) return quantity(match[1]!);
    const amount = quantity(match[1]!);
    if (amount !== null) return toMonths(amount, match[2]!);
  }
  return null;
}

function readRate(text: string): KillMeasure {
  if (/\b(a|per|par|each|chaque)\s+(month|mois)\b|\bmonthly\b|\bmensuel/.test(text)) return 'per_month';
  if (/\b(a|per|par|each|chaque)\s+(week|semaine)\b|\bweekly\b/.test(text)) return 'per_week';
  if (/\b(a|per|par|each|chaque)\s+(quarter|trimestre)\b/.test(text)) return 'per_quarter';
  return 'value';
}

const BELOW =
  '(?:fewer than|less than|under|below|lower than|moins de|moins d|sous|inferieure? a|en dessous de|<)';
const ABOVE =
  '(?:above|over|more than|higher than|greater than|exceeds?|superieure? a|plus de|au dessus de|depasse|>)';
const COST = /\b(cost per|cout par|cout d|cac|cpa|cpl|cpc|cost of acquisition|prix par)\b/;
const NO_CHANGE =
  /\b(no increase|not moved|no change|unchanged|nothing measurable|aucune hausse|aucun|aucune|pas bouge|rien de mesurable|no)\b/;

/** "fewer than two clients" reads like "fewer than 2": number words become digits (not "a"/"un", which are rates). */
function numberWordsAsDigits(text: string): string {
  return text.replace(
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze)\b/g,
    (word) => String(WORDS[word]),
  );
}

const SPEND_PATTERN = new RegExp(
  String.raw`(?:after|apres)\s+${MONEY_PREFIX}${NUMBER}\s*(?:[£$€]|eur|gbp|usd|cad|chf)?\s*(?:spent|depenses?)`,
);
const BELOW_PATTERN = new RegExp(String.raw`${BELOW}\s+${MONEY_PREFIX}${NUMBER}`);
const ABOVE_PATTERN = new RegExp(String.raw`${ABOVE}\s+${MONEY_PREFIX}${NUMBER}`);

export function parseKillCriterion(criterion: string | null): KillRule | null {
  if (criterion === null || criterion.trim() === '') return null;
  // Folded (lower case, no accents, punctuation as spaces) but with digits' separators and symbols kept for numbers.
  const folded = foldText(criterion.replace(/(\d)[.,](\d)/g, '$1D$2').replace(/%/g, ' pct ')).replace(
    /(\d)d(\d)/g,
    '$1,$2',
  );
  const text = numberWordsAsDigits(folded);
  const money = criterion.match(/[£$€]|\b(?:CAD|USD|EUR|GBP|CHF)\b/);
  const spendMatch = SPEND_PATTERN.exec(text);
  const afterSpend = spendMatch ? readNumber(spendMatch[1]!) : null;
  const withoutSpend = spendMatch ? text.replace(spendMatch[0], ' ') : text;
  const afterMonths = readTimeframe(withoutSpend);
  const measure = readRate(withoutSpend);

  const below = BELOW_PATTERN.exec(withoutSpend);
  const above = ABOVE_PATTERN.exec(withoutSpend);
  const first = [below, above]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (first) {
    const comparator: KillComparator = first === below ? 'below' : 'above';
    const isCost = comparator === 'above' && (COST.test(withoutSpend) || money !== null);
    return {
      comparator,
      threshold: readNumber(first[1]!),
      measure: isCost ? 'cost_per_unit' : measure,
      afterMonths,
      afterSpend,
    };
  }
  if (NO_CHANGE.test(withoutSpend)) {
    return { comparator: 'no_change', threshold: null, measure: 'value', afterMonths, afterSpend };
  }
  return null;
}

export interface KillInput {
  value: number | null;
  spend: number;
  monthsRun: number;
}

/** The figure the rule compares, or null when the row gives nothing to compare. */
export function measured(rule: KillRule, input: KillInput): number | null {
  if (rule.measure === 'cost_per_unit') {
    if (input.value === null) return null;
    return input.value > 0 ? input.spend / input.value : Number.POSITIVE_INFINITY;
  }
  if (input.value === null) return null;
  const months = Math.max(1, input.monthsRun);
  if (rule.measure === 'per_month') return input.value / months;
  if (rule.measure === 'per_week') return input.value / (months * (52 / 12));
  if (rule.measure === 'per_quarter') return input.value / (months / 3);
  return input.value;
}

/** Whether the criterion fires: its waiting time is over and the figure is on the wrong side of the threshold. */
export function fires(rule: KillRule, input: KillInput, fallbackMonths: number | null): boolean {
  const wait = rule.afterMonths ?? (rule.comparator === 'above' ? null : fallbackMonths);
  if (wait !== null && input.monthsRun < wait) return false;
  if (rule.afterSpend !== null && input.spend < rule.afterSpend) return false;
  const figure = measured(rule, input);
  if (figure === null) return false;
  if (rule.comparator === 'no_change') return figure <= 0;
  if (rule.threshold === null) return false;
  return rule.comparator === 'below' ? figure < rule.threshold : figure > rule.threshold;
}
