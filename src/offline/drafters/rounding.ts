// Rounding rules for drafted figures, so amounts read like a person wrote them and stay deterministic.

/** Rounds a cost to a step that suits its size: 5 under 100, 10 under 1,000, 50 under 10,000, then 500. */
export function roundCost(amount: number): number {
  if (amount <= 0) return 0;
  const step = amount < 100 ? 5 : amount < 1000 ? 10 : amount < 10_000 ? 50 : 500;
  return Math.max(step, Math.round(amount / step) * step);
}

/** Rounds a price: whole units under 100, then steps of 5, then 50 above 1,000. */
export function roundPrice(amount: number): number {
  if (amount <= 0) return 0;
  const step = amount < 100 ? 1 : amount < 1000 ? 5 : 50;
  return Math.round(amount / step) * step;
}

/** Rounds effort to half days, with half a day as the least an action can take. */
export function roundDays(days: number): number {
  return Math.max(0.5, Math.round(days * 2) / 2);
}

/** Rounds a KPI share: one decimal under 10, whole numbers above. */
export function roundTarget(value: number): number {
  return Math.abs(value) < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}
