// The stated rules that turn a model's numbers into safe scoring inputs: one small pure function per field.
import { round2 } from './numbers.js';
import type { AdjustmentRule, NumericField } from './phrases.js';
import { IMPACT_STEPS, LIMITS } from './weights.js';

export interface Adjusted {
  value: number;
  /** The rule that changed the value, or null when it was used as given. */
  rule: AdjustmentRule | null;
}

const kept = (value: number): Adjusted => ({ value, rule: null });
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/** Nearest RICE step; on a tie, the lower (more prudent) one. */
function snapImpact(value: number): number {
  let best: number = IMPACT_STEPS[0];
  for (const step of IMPACT_STEPS) if (Math.abs(step - value) < Math.abs(best - value)) best = step;
  return best;
}

export const INPUT_RULES: Readonly<Record<NumericField, (raw: unknown) => Adjusted>> = {
  /** People per quarter: unknown or negative reach counts as nobody. */
  reach: (raw) => {
    if (!isNumber(raw)) return { value: 0, rule: 'not_a_number' };
    if (raw < 0) return { value: 0, rule: 'negative' };
    if (raw > LIMITS.reachMax) return { value: LIMITS.reachMax, rule: 'above_maximum' };
    return kept(round2(raw));
  },
  /** RICE impact scale 0.25 / 0.5 / 1 / 2 / 3. */
  impact: (raw) => {
    if (!isNumber(raw) || raw <= 0)
      return { value: IMPACT_STEPS[0], rule: isNumber(raw) ? 'below_minimum' : 'not_a_number' };
    const value = snapImpact(raw);
    return value === raw ? kept(value) : { value, rule: 'snapped' };
  },
  /** 0.5 to 1; "80" means 80 %. Unknown confidence is the lowest allowed, not the highest. */
  confidence: (raw) => {
    if (!isNumber(raw)) return { value: LIMITS.confidenceMin, rule: 'not_a_number' };
    if (raw > 1 && raw <= 100) {
      return { value: Math.max(LIMITS.confidenceMin, round2(raw / 100)), rule: 'percent' };
    }
    if (raw > LIMITS.confidenceMax) return { value: LIMITS.confidenceMax, rule: 'above_maximum' };
    if (raw < LIMITS.confidenceMin)
      return { value: LIMITS.confidenceMin, rule: raw < 0 ? 'negative' : 'below_minimum' };
    return kept(round2(raw));
  },
  /** Nothing is free of effort: half a day minimum, so the RICE division never meets zero. */
  effortDays: (raw) => {
    if (!isNumber(raw)) return { value: LIMITS.effortMinDays, rule: 'not_a_number' };
    if (raw < LIMITS.effortMinDays)
      return { value: LIMITS.effortMinDays, rule: raw < 0 ? 'negative' : 'below_minimum' };
    if (raw > LIMITS.effortMaxDays) return { value: LIMITS.effortMaxDays, rule: 'above_maximum' };
    const value = round2(raw);
    return value < LIMITS.effortMinDays
      ? { value: LIMITS.effortMinDays, rule: 'below_minimum' }
      : kept(value);
  },
  /** Out-of-pocket money: unknown or negative is 0 (an action cannot bring budget in). */
  cost: (raw) => {
    if (!isNumber(raw)) return { value: 0, rule: 'not_a_number' };
    if (raw < 0) return { value: 0, rule: 'negative' };
    if (raw > LIMITS.moneyMax) return { value: LIMITS.moneyMax, rule: 'above_maximum' };
    return kept(round2(raw));
  },
};

export const NUMERIC_FIELDS: readonly NumericField[] = [
  'reach',
  'impact',
  'confidence',
  'effortDays',
  'cost',
];
