// What the arbiter reads: the six agents' outputs plus the constraints `boussole replan` may override.
import type { Profile } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';

/** Every agent's output, and how they were drafted (renderers label offline and replayed drafts). */
export interface ArbiterInputs extends AgentOutputs {
  draftKind: 'llm' | 'offline' | 'replay';
}

/**
 * Constraints that replace the brief's own, for `boussole replan`. Absent keys keep the brief's value.
 * Out-of-range values are clamped by the same rules as the brief's figures, and the roadmap says so.
 */
export interface ConstraintOverrides {
  /**
   * Budget amount in the brief's currency, over the brief's budget period (`brief.budget.periodMonths`),
   * or over the whole planning horizon when the brief states no budget. `null` removes the budget limit.
   */
  budget?: number | null;
  /** Team capacity in person-days **per month** (the brief's team figures are converted the same way). */
  capacityDays?: number | null;
  /** Planning horizon in months; the last horizon ends there. */
  horizonMonths?: number;
  profile?: Profile;
}
