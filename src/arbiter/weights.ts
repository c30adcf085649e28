// The published constants of the method: goal and profile weights, WIP limits, limits on inputs.
import type { GoalKind, Profile } from '../../agents/brief.js';

/** Weight of the goal an action serves, by the goal's kind: revenue-bearing and retention goals first. */
export const GOAL_WEIGHTS: Readonly<Record<GoalKind, number>> = {
  growth: 1.2,
  profitability: 1.2,
  retention: 1.1,
  market_share: 1,
  awareness: 0.9,
  other: 0.8,
};

/**
 * What each profile emphasises, by goal kind: a dirigeant watches profitability, a CMO market share and
 * awareness, a small business or freelancer cash now (growth, retention) over brand.
 */
export const PROFILE_WEIGHTS: Readonly<Record<Profile, Readonly<Record<GoalKind, number>>>> = {
  executive: { growth: 1.1, profitability: 1.2, retention: 1, market_share: 1, awareness: 0.9, other: 1 },
  cmo: { growth: 1.1, profitability: 1, retention: 1, market_share: 1.1, awareness: 1.1, other: 1 },
  smb: { growth: 1.2, profitability: 1.1, retention: 1.1, market_share: 0.9, awareness: 0.8, other: 1 },
};

/** Actions a team can run at once, per quarter of a horizon: a freelancer cannot run eight campaigns. */
export const WIP_PER_QUARTER: Readonly<Record<Profile, number>> = { smb: 3, executive: 5, cmo: 6 };

/** An action scoring below this share of the best score is negligible (unless a kept action needs it). */
export const BELOW_THRESHOLD_RATIO = 0.01;

/**
 * The bar for "negligible" is set by the best action, but never above this many times the runner-up: one action
 * whose reach is an outlier (a clip's 2.1M views read as an audience) must not leave the rest of a plan out.
 */
export const BEST_OVER_RUNNER_UP_MAX = 10;

/** Bounds applied to every number from a model, so no input yields Infinity, NaN or a lost cent. */
export const LIMITS = {
  reachMax: 1e9,
  effortMinDays: 0.5,
  effortMaxDays: 10_000,
  confidenceMin: 0.5,
  confidenceMax: 1,
  moneyMax: 1e12,
  capacityDaysPerMonthMax: 100_000,
  horizonMonthsMin: 1,
  horizonMonthsMax: 120,
  defaultHorizonMonths: 12,
} as const;

/** RICE impact scale; other values snap to the nearest step (the lower one on a tie). */
export const IMPACT_STEPS = [0.25, 0.5, 1, 2, 3] as const;

/** 7 working hours make a person-day; 52 weeks / 12 months ≈ 4.33 weeks make a month. */
export const HOURS_PER_DAY = 7;
export const WEEKS_PER_MONTH = 52 / 12;
/** When the brief gives people but no hours: a full-time week. */
export const HOURS_PER_PERSON_WEEK = 35;

/** From this effort (person-days) an action is heavy work: it stays out of the months the brief says are busy. */
export const HEAVY_EFFORT_DAYS = 3;
