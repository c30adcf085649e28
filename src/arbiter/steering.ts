// What the user adds to a run over time, as arbiter inputs: the start month, decisions and actual results.
import type { HorizonId } from './roadmap.js';

export type DecisionKind = 'pin' | 'veto' | 'lock' | 'set';

/** Estimates a user may override on one action (`boussole decide --set ID cost=N`). */
export interface EstimateOverride {
  cost: number | null;
  effortDays: number | null;
  target: number | null;
}

/** One decision a person took on an action; it lasts across agent reruns, replans and reviews. */
export interface Decision {
  kind: DecisionKind;
  /** The action id when it was decided. */
  actionId: string;
  /** The action's channel and title when decided: they find it again when the prioritizer renumbers. */
  channel: string;
  title: string;
  /** The fixed horizon of a `lock`, else null. */
  horizon: HorizonId | null;
  /** The overridden estimates of a `set`, else null. */
  set: EstimateOverride | null;
  why: string | null;
  /** When it was decided (ISO 8601). Recorded by the caller; the arbiter never reads it. */
  at: string;
}

/** One row of actual results: an action's KPI value to date and what it cost that month. */
export interface ActualRow {
  /** `YYYY-MM`. */
  month: string;
  actionId: string;
  /** The action's KPI actual to date (cumulative). */
  value: number;
  /** Spent that month, in the roadmap's currency. */
  spend: number;
  note: string | null;
}

/** Inputs beside the agents' outputs and the constraints; each absent one is simply not applied. */
export interface SteeringInputs {
  /** Month 1 of the plan, `YYYY-MM`; null keeps months relative (M1, M2…) and ignores the calendar. */
  start?: string | null;
  decisions?: readonly Decision[];
  actuals?: readonly ActualRow[];
}
