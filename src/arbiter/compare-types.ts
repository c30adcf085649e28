// What a what-if comparison returns: scenarios re-arbitrated against the current roadmap, and what a little more
// budget or capacity would unlock. Declared here, below both living/compare.ts (which computes it) and
// render/compare-markdown.ts (which prints it), so neither imports the other's layer upward.
import type { ConstraintOverrides } from './inputs.js';
import type { RoadmapMove } from './roadmap.js';

export interface Scenario {
  /** As the user wrote it: `budget=-20%`. */
  label: string;
  overrides: ConstraintOverrides;
}

export interface ScenarioOutcome {
  label: string;
  overrides: ConstraintOverrides;
  added: RoadmapMove[];
  removed: RoadmapMove[];
  moved: RoadmapMove[];
  scheduled: number;
  plannedSpend: number;
}

export interface Unlock {
  id: string;
  title: string;
  /** Extra budget over the plan, in the roadmap's currency, or null when budget is not what holds it. */
  budget: number | null;
  /** Extra person-days per month, or null when capacity is not what holds it. */
  capacityDaysPerMonth: number | null;
  /** Whether a re-arbitration with that much more did schedule it. */
  verified: boolean;
}

export interface CompareResult {
  current: { scheduled: number; plannedSpend: number };
  scenarios: ScenarioOutcome[];
  unlock: Unlock[];
}
