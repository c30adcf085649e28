// Sizes each chosen channel to the brief: cost in its currency within reach of its budget, effort within its capacity.
import { CANDIDATE_BUDGET_HEADROOM, CANDIDATE_CAPACITY_HEADROOM, REACH_FACTOR } from '../knowledge/budget.js';
import type { Channel } from '../knowledge/types.js';
import type { BriefFacts } from './brief-facts.js';
import { roundCost, roundDays } from './rounding.js';

export interface Sized {
  cost: number;
  /** Cost per month of running the action, for the description. */
  monthlyCost: number;
  effortDays: number;
  reach: number;
}

/** No single action may take more than this share of the monthly budget over its run (assumption). */
const MAX_BUDGET_SHARE = { paid: 0.6, organic: 0.25 } as const;

/**
 * Catalogue costs are converted to the brief's currency; if together they exceed the budget over the horizon
 * (plus headroom) they are scaled down, and if they fall short, paid channels are scaled up, each capped at a
 * share of the monthly budget. Effort is scaled down to the team's capacity, and no action takes more than
 * one quarter's capacity.
 */
export function sizeActions(facts: BriefFacts, channels: readonly Channel[]): Sized[] {
  const costs = sizeCosts(facts, channels);
  const efforts = sizeEfforts(facts, channels);
  const sized = channels.map((channel, index) => {
    const cost = costs[index] ?? 0;
    const raw = rawCost(facts, channel);
    // Paid reach follows spend; organic reach does not.
    const spendFactor = channel.paid && raw > 0 ? cost / raw : 1;
    const reach = channel.reachPerQuarter[facts.tier] * REACH_FACTOR[facts.model] * spendFactor;
    return {
      cost,
      monthlyCost: roundCost(cost / channel.runMonths),
      effortDays: efforts[index] ?? 0.5,
      reach: roundReach(reach),
    };
  });
  // Tracking reaches nobody by itself; it counts, conservatively, the smallest audience of the actions that
  // need it, so an enabler can never outscore (and set the bar for) the actions it enables.
  const enabled = sized.filter((_, index) => channels[index]?.requires.includes('tracking'));
  const smallest = enabled.length > 0 ? Math.min(...enabled.map((item) => item.reach)) : 0;
  return sized.map((item, index) =>
    channels[index]?.id === 'tracking' ? { ...item, reach: smallest } : item,
  );
}

function rawCost(facts: BriefFacts, channel: Channel): number {
  return (channel.monthlyCostEur[facts.tier] / facts.eurPerUnit) * channel.runMonths;
}

function sizeCosts(facts: BriefFacts, channels: readonly Channel[]): number[] {
  const monthly = facts.budgetMonthly;
  if (monthly === null || facts.budgetHorizon === null) return channels.map(() => 0);
  const target = facts.budgetHorizon * CANDIDATE_BUDGET_HEADROOM;
  const raw = channels.map((channel) => rawCost(facts, channel));
  const cap = channels.map(
    (channel) => monthly * channel.runMonths * MAX_BUDGET_SHARE[channel.paid ? 'paid' : 'organic'],
  );
  const total = sum(raw);
  const paidTotal = sum(raw.filter((_, index) => channels[index]?.paid));
  let scaled: number[];
  if (total > target) scaled = raw.map((cost) => (cost * target) / total);
  else if (paidTotal > 0) {
    const factor = (target - (total - paidTotal)) / paidTotal;
    scaled = raw.map((cost, index) => (channels[index]?.paid ? cost * factor : cost));
  } else scaled = raw;
  return scaled.map((cost, index) => roundCost(Math.min(cost, cap[index] ?? cost)));
}

function sizeEfforts(facts: BriefFacts, channels: readonly Channel[]): number[] {
  const raw = channels.map((channel) => (channel.effortDaysPerQuarter * channel.runMonths) / 3);
  const target = facts.capacityDays * CANDIDATE_CAPACITY_HEADROOM;
  const total = sum(raw);
  const factor = total > target ? target / total : 1;
  const quarterCapacity = (facts.capacityDays * 3) / facts.horizonMonths;
  return raw.map((days) => roundDays(Math.min(days * factor, quarterCapacity)));
}

function roundReach(reach: number): number {
  if (reach <= 0) return 0;
  const step = reach < 1000 ? 10 : 100;
  return Math.max(step, Math.round(reach / step) * step);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
