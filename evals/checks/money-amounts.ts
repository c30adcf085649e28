// Reads the numbers of a text, with their k/M multipliers, and tells money amounts (a currency mark) from other figures.

export interface FoundNumber {
  value: number;
  /** The text as written, multiplier and currency included. */
  raw: string;
  index: number;
  /** Written with a currency mark: "€1.2M", "180 000 €", "EUR 2,500", "£8k", "2 000 euros". */
  money: boolean;
}

const DIGITS = String.raw`\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const MULTIPLIER = String.raw`\s?(?:[kK]|M|Md|bn)(?![\p{L}])|\s(?:millions?|milliards?|billions?|thousand)\b`;
const SYMBOL_BEFORE = String.raw`[€$£]|\b(?:EUR|USD|GBP|CHF|CAD|AUD)\b`;
const SYMBOL_AFTER = String.raw`[€$£]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|euros?|dollars?|pounds?|livres?)\b`;
const NUMBER = new RegExp(
  String.raw`(?<before>(?:${SYMBOL_BEFORE})\s?)?(?<digits>${DIGITS})(?<mult>${MULTIPLIER})?(?<after>\s?(?:${SYMBOL_AFTER}))?`,
  'gu',
);

function toValue(digits: string): number {
  // A separator followed by exactly three digits groups thousands; otherwise it is a decimal mark.
  const grouped = digits.match(/^(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+)(?:[.,](\d+))?$/u);
  if (grouped) {
    const whole = Number((grouped[1] ?? '').replace(/[ ,.\u00a0\u202f]/gu, ''));
    return grouped[2] === undefined ? whole : Number(`${whole}.${grouped[2]}`);
  }
  return Number(digits.replace(',', '.'));
}

function factor(mult: string | undefined): number {
  const m = (mult ?? '').trim().toLowerCase();
  if (m === 'k' || m === 'thousand') return 1_000;
  if (m === 'm' || m.startsWith('million')) return 1_000_000;
  if (m === 'md' || m === 'bn' || m.startsWith('milliard') || m.startsWith('billion')) return 1_000_000_000;
  return 1;
}

export function numbersIn(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const digits = m.groups?.digits;
    if (digits === undefined) continue;
    const value = toValue(digits) * factor(m.groups?.mult);
    if (!Number.isFinite(value)) continue;
    found.push({
      value,
      raw: m[0].trim(),
      index: m.index ?? 0,
      money: m.groups?.before !== undefined || m.groups?.after !== undefined,
    });
  }
  return found;
}

export function moneyIn(text: string): FoundNumber[] {
  return numbersIn(text).filter((n) => n.money);
}

const MONEY_UNIT = /^(?:[€$£]|k€|m€|eur|usd|gbp|chf|cad|aud|euros?|dollars?|pounds?|livres?)$/iu;

/** Whether a KPI or goal unit is a currency ("EUR", "€", "USD"...). */
export function isMoneyUnit(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && MONEY_UNIT.test(unit.trim());
}

/** Significant figures of a number as a person reads it: 1 200 → 2, 1 137 467 → 7, 0.035 → 2. */
export function significantFigures(value: number): number {
  const text = Math.abs(value).toString();
  if (text.includes('e')) return 1;
  const digits = text.replace('.', '').replace(/^0+/u, '').replace(/0+$/u, '');
  return Math.max(1, digits.length);
}
