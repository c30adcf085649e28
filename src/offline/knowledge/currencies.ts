// Currencies: approximate value in euros (to size costs from the EUR-based catalogue) and how to write amounts.
import type { Language } from '../../../agents/brief.js';

/**
 * Euros per unit of each currency. assumption: rounded mid-market rates of 2024-2025; only used to size a
 * draft's costs from the catalogue, never shown as a conversion.
 */
export const EUR_PER_UNIT: { readonly [code: string]: number } = {
  EUR: 1,
  USD: 0.92,
  GBP: 1.17,
  CHF: 1.05,
  CAD: 0.68,
  AUD: 0.6,
  NZD: 0.55,
  JPY: 0.0062,
  SEK: 0.088,
  NOK: 0.086,
  DKK: 0.134,
  PLN: 0.23,
  MAD: 0.092,
  XOF: 0.0015,
  INR: 0.011,
  BRL: 0.17,
  MXN: 0.05,
};

/** Symbols written before (en) or after (fr) the amount; other codes are written as the ISO code. */
export const CURRENCY_SYMBOLS: { readonly [code: string]: string } = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
};

/** The currency assumed when a brief gives no budget, by language (assumption: euro for French, dollar for English). */
export const DEFAULT_CURRENCY: { readonly [L in Language]: string } = { fr: 'EUR', en: 'USD' };

export function eurPerUnit(code: string): number {
  return EUR_PER_UNIT[code.toUpperCase()] ?? 1;
}
