// Budget sizing rules: monthly budget tiers, how many paid channels each tier can feed, reach by business model.
import type { BusinessModel } from '../../../agents/brief.js';
import type { BudgetTier } from './types.js';

/**
 * Upper bounds (exclusive) of the monthly budget tiers in EUR-equivalents.
 * assumption: below ~1,500 EUR a month one paid channel can be tested properly; above ~8,000 several can run at once.
 */
export const TIER_BOUNDS_EUR = { small: 1500, medium: 8000 } as const;

/**
 * How many paid channels a tier can feed at once without spreading spend too thin (assumption); their minimum
 * monthly spends must also fit in the monthly budget together.
 */
export const MAX_PAID_CHANNELS: { readonly [T in BudgetTier]: number } = {
  none: 0,
  small: 2,
  medium: 3,
  large: 5,
};

/**
 * Reach per quarter in the catalogue is for a consumer audience; business audiences are smaller (assumption:
 * a B2B buyer pool is roughly a quarter of a B2C one for the same spend; public buyers fewer still).
 */
export const REACH_FACTOR: { readonly [M in BusinessModel]: number } = {
  B2C: 1,
  B2B: 0.25,
  B2B2C: 0.6,
  B2G: 0.1,
  marketplace: 0.8,
  other: 0.5,
};

/**
 * Candidate actions may cost a little more than the budget in total, so the arbiter has a real choice
 * (assumption: 10% headroom; the arbiter enforces the budget per horizon).
 */
export const CANDIDATE_BUDGET_HEADROOM = 1.1;

/** Candidate effort may exceed capacity by this factor for the same reason (assumption). */
export const CANDIDATE_CAPACITY_HEADROOM = 1.4;

/** Hours in a person-day of marketing work (assumption: a 7-hour working day, the French legal norm of 35 h/week). */
export const HOURS_PER_DAY = 7;

/** Weeks per month, 52 / 12. */
export const WEEKS_PER_MONTH = 52 / 12;

/** Marketing time assumed when a brief gives no team: one person, about half a day a week (assumption). */
export const ASSUMED_HOURS_PER_WEEK = 4;

export function budgetTier(monthlyEur: number | null): BudgetTier {
  if (monthlyEur === null || monthlyEur <= 0) return 'none';
  if (monthlyEur < TIER_BOUNDS_EUR.small) return 'small';
  if (monthlyEur < TIER_BOUNDS_EUR.medium) return 'medium';
  return 'large';
}
