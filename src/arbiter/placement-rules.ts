// The constraints a horizon enforces, as a table of small pure checks: budget (with roll-forward), capacity, WIP.
import type { Candidate } from './candidate.js';
import type { HorizonPlan } from './constraints.js';
import type { ConstraintCode } from './phrases.js';
import { type CalendarRules, fitsSeason } from './windows.js';

/** The rules a horizon applies: the phrased constraints plus the brief's busy season. */
export type PlacementRuleCode = ConstraintCode | 'busy_months';

/** What has been committed so far, per horizon, in integer units. */
export interface LoadState {
  spendCents: number[];
  capacityUsed: number[];
  count: number[];
}

export interface PlacementContext {
  horizons: readonly HorizonPlan[];
  /** Budget allotted up to the end of each horizon, in cents (null without a budget). */
  cumulativeAllot: readonly (number | null)[];
  calendar: CalendarRules;
}

/**
 * Unspent budget rolls forward, so spending in horizon h lowers what every later horizon may use:
 * the check is that, for every horizon k from h on, spending up to k stays within the allotments up to k.
 */
function budgetFits(ctx: PlacementContext, state: LoadState, h: number, c: Candidate): boolean {
  let spent = 0;
  for (let k = 0; k < ctx.horizons.length; k += 1) {
    spent += state.spendCents[k]!;
    const allowed = ctx.cumulativeAllot[k];
    if (k >= h && allowed !== null && allowed !== undefined && spent + c.costCents > allowed) return false;
  }
  return true;
}

export const PLACEMENT_RULES: Readonly<
  Record<PlacementRuleCode, (ctx: PlacementContext, state: LoadState, h: number, c: Candidate) => boolean>
> = {
  over_budget: budgetFits,
  /** Person-days do not roll forward: a month not worked is gone. */
  over_capacity: (ctx, state, h, c) => {
    const capacity = ctx.horizons[h]!.capacityHundredths;
    return capacity === null || state.capacityUsed[h]! + c.effortHundredths <= capacity;
  },
  wip_limit: (ctx, state, h) => state.count[h]! + 1 <= ctx.horizons[h]!.wipLimit,
  /** Heavy work needs a run of months outside the busy season inside the horizon. */
  busy_months: (ctx, _state, h, c) => fitsSeason(ctx.calendar, ctx.horizons[h]!, c),
};

export const PLACEMENT_ORDER: readonly PlacementRuleCode[] = [
  'over_budget',
  'over_capacity',
  'wip_limit',
  'busy_months',
];

/** The first rule that refuses `c` in horizon `h`, or null when it fits. */
export function firstRefusal(
  ctx: PlacementContext,
  state: LoadState,
  h: number,
  c: Candidate,
): PlacementRuleCode | null {
  for (const code of PLACEMENT_ORDER) if (!PLACEMENT_RULES[code](ctx, state, h, c)) return code;
  return null;
}

export function commit(state: LoadState, h: number, c: Candidate): void {
  state.spendCents[h]! += c.costCents;
  state.capacityUsed[h]! += c.effortHundredths;
  state.count[h]! += 1;
}

export function copyState(state: LoadState): LoadState {
  return {
    spendCents: [...state.spendCents],
    capacityUsed: [...state.capacityUsed],
    count: [...state.count],
  };
}
