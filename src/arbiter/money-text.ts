// Amounts and quantities for the steering sentences: thousands grouped, € / $ / £ for their codes, no Intl (no ICU).
import { formatNumber } from './numbers.js';

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

function grouped(value: number, language: 'fr' | 'en'): string {
  const text = formatNumber(Math.abs(value), language);
  const [whole = '0', fraction] = text.split(language === 'fr' ? ',' : '.');
  const separator = language === 'fr' ? '\u202f' : ',';
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = value < 0 && text !== '0' ? '-' : '';
  return `${sign}${digits}${fraction === undefined ? '' : (language === 'fr' ? ',' : '.') + fraction}`;
}

/** `1 200 €` (fr), `€1,200` (en); other currencies by code. */
export function moneyText(value: number, currency: string, language: 'fr' | 'en'): string {
  const code = currency.trim().toUpperCase();
  const symbol = SYMBOLS[code];
  const amount = grouped(Math.round(value * 100) / 100, language);
  if (language === 'fr') return `${amount} ${symbol ?? code}`;
  return symbol ? `${symbol}${amount}` : `${code} ${amount}`;
}

/** A KPI figure in its unit: money when the unit is a currency, `12 %`, or `40 leads`. */
export function quantityText(
  value: number,
  unit: string | null,
  currency: string,
  language: 'fr' | 'en',
): string {
  const clean = (unit ?? '').trim();
  const code = clean.toUpperCase();
  const symbolCode = Object.entries(SYMBOLS).find(([, s]) => s === clean)?.[0];
  if (code === currency.trim().toUpperCase() || code in SYMBOLS || symbolCode)
    return moneyText(value, symbolCode ?? code, language);
  const number = grouped(Math.round(value * 100) / 100, language);
  if (clean === '') return number;
  if (clean === '%') return language === 'fr' ? `${number} %` : `${number}%`;
  return `${number} ${clean}`;
}
