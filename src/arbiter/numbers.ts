// Number helpers: rounding for output, and integer units (cents, hundredths of a day) so sums are exact.
/** Round to 2 decimals (money, days). `-0` becomes `0` so JSON never depends on a sign of zero. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

/** Round to 4 decimals (scores). */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000 || 0;
}

/** Money or days to integer hundredths: budget and capacity comparisons are exact, whatever the order. */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

export function fromHundredths(value: number): number {
  return value / 100 || 0;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Plain number formatting for sentences; avoids Intl so the text never varies with the ICU build. */
export function formatNumber(value: number, language: 'fr' | 'en'): string {
  const text = String(round2(value));
  return language === 'fr' ? text.replace('.', ',') : text;
}
