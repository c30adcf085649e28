// Numbers and money are written per language by hand: the figures a founder reads must not depend on ICU.
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent } from '../../src/render/index.js';

describe('formatMoney', () => {
  it('writes euros the French way and the English way', () => {
    expect(formatMoney(18000, 'EUR', 'fr')).toBe('18 000 €');
    expect(formatMoney(18000, 'EUR', 'en')).toBe('€18,000');
  });

  it('uses the symbol for USD and GBP, the code for any other currency', () => {
    expect(formatMoney(18000, 'USD', 'en')).toBe('$18,000');
    expect(formatMoney(1234567, 'GBP', 'en')).toBe('£1,234,567');
    expect(formatMoney(18000, 'USD', 'fr')).toBe('18 000 $');
    expect(formatMoney(18000, 'CHF', 'fr')).toBe('18 000 CHF');
    expect(formatMoney(18000, 'chf', 'en')).toBe('CHF 18,000');
  });

  it('keeps both digits of cents, and none for whole amounts', () => {
    expect(formatMoney(1890.5, 'EUR', 'fr')).toBe('1 890,50 €');
    expect(formatMoney(1890.5, 'EUR', 'en')).toBe('€1,890.50');
    expect(formatMoney(999, 'EUR', 'en')).toBe('€999');
  });

  it('puts the minus sign first and never prints NaN or Infinity', () => {
    expect(formatMoney(-2500, 'EUR', 'fr')).toBe('-2 500 €');
    expect(formatMoney(-2500, 'USD', 'en')).toBe('-$2,500');
    expect(formatMoney(Number.NaN, 'EUR', 'fr')).toBe('—');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'EUR', 'en')).toBe('—');
  });
});

describe('formatNumber and formatPercent', () => {
  it('groups thousands and uses the language decimal mark', () => {
    expect(formatNumber(1234567.891, 'fr')).toBe('1 234 567,89');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(0.5, 'fr')).toBe('0,5');
    expect(formatNumber(100, 'en')).toBe('100');
  });

  it('prints no negative zero and survives absurd magnitudes', () => {
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatNumber(1e25, 'en')).toBe('1.00e+25');
  });

  it('writes percentages with the French space', () => {
    expect(formatPercent(0.675, 'fr')).toBe('68 %');
    expect(formatPercent(0.675, 'en')).toBe('68%');
  });
});
