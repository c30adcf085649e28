// Scores every catalogue channel for a brief: model fit, sector, goals and what the brief already does with it.
import { budgetTier } from '../knowledge/budget.js';
import { CHANNELS } from '../knowledge/channels.js';
import type { Channel } from '../knowledge/types.js';
import type { BriefFacts, ChannelFact } from './brief-facts.js';

export interface ChannelScore {
  channel: Channel;
  score: number;
  /** Allowed for this brief: not ruled out by a constraint, and affordable when it needs spend. */
  eligible: boolean;
  /** The brief's own figure for this channel, when it already uses it. */
  fact: ChannelFact | null;
}

/** Bonus for a channel the brief already uses: build on a strong one, fix a weak one (assumption). */
const CURRENT_BONUS: { readonly [V in ChannelFact['verdict']]: number } = {
  strong: 1.5,
  weak: 1,
  neutral: 0.5,
};

/** Channels by descending score; ties keep the catalogue order, so the result is deterministic. */
export function channelScores(facts: BriefFacts): ChannelScore[] {
  const goalKinds = new Set(facts.brief.goals.map((goal) => goal.kind));
  // No goal given: the stated assumption is "win first customers", a growth goal.
  if (goalKinds.size === 0) goalKinds.add('growth');
  const monthlyEur = facts.budgetMonthly === null ? 0 : facts.budgetMonthly * facts.eurPerUnit;
  const scored = CHANNELS.map((channel, index) => {
    const fact = facts.channels.find((candidate) => candidate.channelId === channel.id) ?? null;
    const base = channel.fit[facts.model] + (facts.sector.channelBoost[channel.id] ?? 0);
    const goalFit = Math.min(1.5, 0.5 * channel.goalKinds.filter((kind) => goalKinds.has(kind)).length);
    const score = base + goalFit + (fact ? CURRENT_BONUS[fact.verdict] : 0);
    const affordable =
      !channel.paid || (budgetTier(monthlyEur) !== 'none' && monthlyEur >= channel.minMonthlyEur);
    const eligible = base > 0 && affordable && !facts.excludedChannels.has(channel.id);
    return { channel, score, eligible, fact, index };
  });
  return scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ channel, score, eligible, fact }) => ({ channel, score, eligible, fact }));
}
