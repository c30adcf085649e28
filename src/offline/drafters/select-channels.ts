// Chooses which channels become candidate actions: how many the brief can carry, paid ones within the budget tier.
import { MAX_PAID_CHANNELS } from '../knowledge/budget.js';
import type { BriefFacts } from './brief-facts.js';
import { type ChannelScore, channelScores } from './channel-scores.js';

/** Fewest and most candidate actions for a complete brief (issue 4: 8 to 15). */
const FULL_RANGE = { min: 8, max: 15 } as const;

/**
 * A complete brief gets 8 actions, more with a bigger budget and team, at most 15. Each missing essential
 * (goals, budget, team) removes one, down to 5: a smaller draft rather than invented numbers.
 */
export function actionCount(facts: BriefFacts): number {
  const { brief } = facts;
  const missing = [brief.goals.length === 0, brief.budget === null, brief.capacity === null].filter(
    Boolean,
  ).length;
  if (missing > 0) return Math.max(5, FULL_RANGE.min - missing);
  const budgetExtra = { none: 0, small: 0, medium: 2, large: 3 }[facts.tier];
  const teamExtra = facts.hoursPerWeek >= 60 ? 4 : facts.hoursPerWeek >= 20 ? 2 : 0;
  return Math.min(FULL_RANGE.max, FULL_RANGE.min + budgetExtra + teamExtra);
}

/**
 * The channels to plan, best first, with conversion tracking in front whenever a chosen channel requires it.
 * Paid channels are capped by the budget tier so spend is not spread too thin. `reserved` slots are left for
 * the actions that deliver the projects goals name.
 */
export function selectChannels(facts: BriefFacts, reserved = 0): ChannelScore[] {
  // Slots taken by actions that deliver a goal's project; at least three channels remain to choose from.
  const count = Math.max(3, actionCount(facts) - reserved);
  const scores = channelScores(facts);
  const tracking = scores.find((score) => score.channel.id === 'tracking');
  const monthlyEur = (facts.budgetMonthly ?? 0) * facts.eurPerUnit;
  const chosen: ChannelScore[] = [];
  let paid = 0;
  let paidFloorEur = 0;
  for (const score of scores) {
    const { channel } = score;
    if (chosen.length >= count || !score.eligible || channel.id === 'tracking') continue;
    if (
      channel.paid &&
      (paid >= MAX_PAID_CHANNELS[facts.tier] || paidFloorEur + channel.minMonthlyEur > monthlyEur)
    )
      continue;
    chosen.push(score);
    if (channel.paid) {
      paid += 1;
      paidFloorEur += channel.minMonthlyEur;
    }
  }
  const needsTracking = chosen.some((score) => score.channel.requires.includes('tracking'));
  if (!needsTracking || !tracking) return chosen;
  // Tracking takes the last slot, unless dropping that slot removes the only reason for it.
  const trimmed = chosen.length >= count ? chosen.slice(0, -1) : chosen;
  return trimmed.some((score) => score.channel.requires.includes('tracking'))
    ? [tracking, ...trimmed]
    : trimmed;
}
