// Deterministic number writing for the phrasing files (no Intl, so output never depends on the ICU build).

/** Writes `value` with grouped thousands and at most two decimals, trailing zeros dropped. */
export function formatNumber(value: number, groupSeparator: string, decimalMark: string): string {
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole = '0', fraction = ''] = Math.abs(rounded).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  const decimals = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${decimals ? decimalMark + decimals : ''}`;
}
