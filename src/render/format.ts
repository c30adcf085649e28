// Numbers and money written per language by hand, so output never depends on the ICU data Node was built with.
import type { Language } from '../../agents/brief.js';
import { unitFor } from './count-words.js';

const SEPARATORS: Record<Language, { thousands: string; decimal: string }> = {
  fr: { thousands: ' ', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

/** Placeholder for a value that is not a finite number: a renderer must never print NaN or Infinity. */
const NOT_A_NUMBER = '—';

function groupThousands(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** `1234.5` → `1 234,5` (fr) / `1,234.5` (en); at most `maxDecimals`, trailing zeros dropped unless `keepZeros`. */
export function formatNumber(value: number, language: Language, maxDecimals = 2, keepZeros = false): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  // toFixed switches to exponent notation from 1e21; such a figure is nonsense in a roadmap, but still printable.
  if (Math.abs(value) >= 1e21) return value.toExponential(2);
  const { thousands, decimal } = SEPARATORS[language];
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = keepZeros && /[1-9]/.test(fraction) ? fraction : fraction.replace(/0+$/, '');
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? '-' : ''}${groupThousands(whole, thousands)}${trimmed ? decimal + trimmed : ''}`;
}

/** `18 000 €` (fr), `€18,000` (en); unknown currencies by their code: `18 000 CHF`, `CHF 18,000`. */
export function formatMoney(value: number, currency: string, language: Language): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const code = currency.trim().toUpperCase();
  const symbol = SYMBOLS[code];
  // Whole amounts read better without cents; when cents are there, both digits are (1 890,50 €, not 1 890,5 €).
  const amount = formatNumber(
    Math.abs(value),
    language,
    Number.isInteger(value) ? 0 : 2,
    !Number.isInteger(value),
  );
  const sign = value < 0 && amount !== '0' ? '-' : '';
  if (language === 'fr') return `${sign}${amount} ${symbol ?? code}`;
  return symbol ? `${sign}${symbol}${amount}` : `${sign}${code} ${amount}`;
}

/** `0.675` → `68 %` (fr) / `68%` (en). */
export function formatPercent(ratio: number, language: Language): string {
  if (!Number.isFinite(ratio)) return NOT_A_NUMBER;
  const value = formatNumber(ratio * 100, language, 0);
  return language === 'fr' ? `${value} %` : `${value}%`;
}

/** True when `unit` names a currency, so a KPI target in that unit is printed as money. */
export function isCurrencyUnit(unit: string | null, currency: string): boolean {
  if (unit === null) return false;
  const code = unit.trim().toUpperCase();
  return (
    code === currency.trim().toUpperCase() || code in SYMBOLS || Object.values(SYMBOLS).includes(unit.trim())
  );
}

/** A value in a unit: money when the unit is a currency, `12 %` / `12%` for percentages, else `40 leads`. */
export function formatQuantity(
  value: number,
  unit: string | null,
  currency: string,
  language: Language,
): string {
  if (unit !== null && isCurrencyUnit(unit, currency)) {
    const trimmed = unit.trim();
    const code = Object.entries(SYMBOLS).find(([, symbol]) => symbol === trimmed)?.[0] ?? trimmed;
    return formatMoney(value, code, language);
  }
  const number = formatNumber(value, language);
  const cleanUnit = unit?.trim() ?? '';
  if (cleanUnit === '') return number;
  if (cleanUnit === '%') return language === 'fr' ? `${number} %` : `${number}%`;
  return `${number} ${unitFor(value, cleanUnit, language)}`;
}
