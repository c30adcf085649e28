// The totals the summary and the report header share: budget and capacity used against what the plan allows.
import type { Roadmap } from '../arbiter/roadmap.js';

export interface Allowance {
  used: number;
  /** Null when the brief states no limit. */
  available: number | null;
}

export interface RoadmapFigures {
  scheduled: number;
  budget: Allowance;
  capacity: Allowance;
  goalsCovered: number;
  goalsTotal: number;
}

const sum = (values: readonly number[]) =>
  values.reduce((total, value) => total + (Number.isFinite(value) ? value : 0), 0);

/**
 * The budget available over the plan: the arbiter's `budgetTotal` (the stated budget scaled to the plan's months).
 * Horizon budgets are not summed, because they include money rolled forward and would count it twice.
 */
export function planBudget(roadmap: Roadmap): number | null {
  const { budget, budgetTotal, budgetPeriodMonths, horizonMonths } = roadmap.constraints;
  if (budgetTotal !== null && budgetTotal !== undefined && Number.isFinite(budgetTotal)) return budgetTotal;
  if (budget === null || !Number.isFinite(budget)) return null;
  if (budgetPeriodMonths === null || !(budgetPeriodMonths > 0) || !(horizonMonths > 0)) return budget;
  return (budget * horizonMonths) / budgetPeriodMonths;
}

/** Capacity does not roll forward, so the horizons' capacities add up; unknown when any horizon has none. */
function planCapacity(roadmap: Roadmap): number | null {
  const capacities = roadmap.horizons.map((h) => h.capacityDays);
  if (capacities.length === 0 || capacities.some((c) => c === null)) return null;
  return sum(capacities as number[]);
}

/**
 * What the plan may spend: the arbiter's `budgetAvailable` (the plan's budget less the spend the brief already
 * committed and the spend reported to date), which is what the horizons share out. Comparing the plan's spend with
 * the whole budget would call money already promised to a trade show or a catalogue "left over".
 */
function plannable(roadmap: Roadmap): number | null {
  const { budgetAvailable } = roadmap.constraints;
  return budgetAvailable !== undefined ? budgetAvailable : planBudget(roadmap);
}

export function roadmapFigures(roadmap: Roadmap): RoadmapFigures {
  return {
    scheduled: sum(roadmap.horizons.map((h) => h.actions.length)),
    budget: { used: sum(roadmap.horizons.map((h) => h.budgetUsed)), available: plannable(roadmap) },
    capacity: { used: sum(roadmap.horizons.map((h) => h.capacityUsed)), available: planCapacity(roadmap) },
    goalsCovered: roadmap.goals.filter((g) => g.covered).length,
    goalsTotal: roadmap.goals.length,
  };
}
