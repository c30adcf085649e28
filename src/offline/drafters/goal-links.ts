// Ties each candidate action to one of the brief's goals and derives its KPI from that goal's number.
import type { Goal } from '../../../agents/brief.js';
import type { Kpi } from '../../../agents/prioritizer.js';
import { hasKeyword, normaliseText } from '../knowledge/text-match.js';
import type { Channel } from '../knowledge/types.js';
import type { BriefFacts } from './brief-facts.js';
import { roundTarget } from './rounding.js';

export interface GoalLinkInput {
  channel: Channel;
  reach: number;
}

/**
 * The goal each action serves (null when the brief has none). First every goal gets its best-fitting action,
 * so no goal is left uncovered (a goal that names a channel gets that channel); then each remaining action takes the goal it fits best, the less served goal
 * on a tie, then the earlier goal. Tracking serves the goal the most actions serve.
 */
export function assignGoals(goals: readonly Goal[], actions: readonly GoalLinkInput[]): (Goal | null)[] {
  if (goals.length === 0) return actions.map(() => null);
  const assigned: (Goal | null)[] = actions.map(() => null);
  const load = new Map<string, number>(goals.map((goal) => [goal.id, 0]));
  const open = (index: number) => assigned[index] === null && actions[index]?.channel.id !== 'tracking';
  // Coverage first: repeatedly the best-fitting (goal, action) pair among goals still uncovered; ties go to the
  // earlier goal, then the earlier action.
  const uncovered = [...goals];
  while (uncovered.length > 0) {
    let best: { goal: Goal; index: number; score: number } | null = null;
    for (const goal of uncovered) {
      for (const [index, action] of actions.entries()) {
        const score = goalFit(action.channel, goal);
        if (open(index) && (best === null || score > best.score)) best = { goal, index, score };
      }
    }
    if (best === null) break;
    const { goal, index } = best;
    assigned[index] = goal;
    load.set(goal.id, (load.get(goal.id) ?? 0) + 1);
    uncovered.splice(uncovered.indexOf(goal), 1);
  }
  actions.forEach((action, index) => {
    if (!open(index)) return;
    const goal = [...goals].sort(
      (a, b) =>
        goalFit(action.channel, b) - goalFit(action.channel, a) ||
        (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0),
    )[0]!;
    assigned[index] = goal;
    load.set(goal.id, (load.get(goal.id) ?? 0) + 1);
  });
  const counts = goals.map((goal) => assigned.filter((served) => served?.id === goal.id).length);
  const mostServed = goals[counts.indexOf(Math.max(...counts))] ?? goals[0]!;
  return assigned.map((goal, index) => (actions[index]?.channel.id === 'tracking' ? mostServed : goal));
}

/**
 * How well a channel serves a goal: the earlier the goal's kind in the channel's list, the better (0 if absent),
 * plus 4 when the goal's own words name the channel ("2,000 newsletter subscribers" → email).
 */
function goalFit(channel: Channel, goal: Goal): number {
  const rank = channel.goalKinds.indexOf(goal.kind);
  const text = normaliseText(`${goal.statement} ${goal.metric ?? ''}`);
  const named = [channel.label.fr, channel.label.en, ...channel.aliases].some((word) =>
    hasKeyword(text, word),
  );
  return (rank < 0 ? 0 : 3 - rank * 0.5) + (named ? 4 : 0);
}

/**
 * Additive goals (revenue, customers, a growth percentage) are split across the actions serving them by
 * their expected weight; a level to hold (a rating, a churn rate) is not split: each action aims at it.
 */
export function isAdditive(goal: Goal): boolean {
  const unit = goal.unit?.toLowerCase() ?? '';
  if (/\/|star|etoile|étoile|note|rating|nps|score/.test(unit)) return false;
  // "Google rating of at least 4.7", "note Google de 4,8" with no unit: a level all the same.
  if (goal.unit === null && RATING_WORDS.test(normaliseText(`${goal.statement} ${goal.metric ?? ''}`)))
    return false;
  return !(
    unit === '%' &&
    (goal.kind === 'retention' || goal.kind === 'profitability' || goal.kind === 'other')
  );
}

/** Words that make a goal's figure a rating or a score, a level rather than a sum. On normaliseText output. */
const RATING_WORDS = / (?:rating|ratings|note|note moyenne|etoiles?|stars?|nps|score|csat)(?= )/u;

export interface KpiInput {
  channel: Channel;
  reach: number;
  goal: Goal | null;
  /** This action's part of its goal's target (from splitTargets), or null when it does not split. */
  target: number | null;
}

export function kpiFor(facts: BriefFacts, input: KpiInput): Kpi {
  const { t, brief } = facts;
  const { channel, goal } = input;
  const label = channel.label[brief.language];
  if (channel.id === 'tracking') {
    // assumption: tracking is judged on coverage; 90% of conversions attributed is a usual working standard.
    return { metric: channel.kpi[brief.language], target: 90, unit: '%', timeframeMonths: channel.runMonths };
  }
  if (goal && goal.target !== null && !isAdditive(goal)) {
    const metric = goal.metric ?? t.goalKindMetric[goal.kind];
    return {
      metric: t.kpiGoalLevel(metric),
      target: goal.target,
      unit: goal.unit,
      timeframeMonths: goal.horizonMonths ?? facts.horizonMonths,
    };
  }
  if (goal && input.target !== null) {
    const metric = goal.metric ?? t.goalKindMetric[goal.kind];
    return {
      metric: t.kpiGoalShare(metric, label),
      target: input.target,
      unit: goal.unit,
      timeframeMonths: goal.horizonMonths ?? facts.horizonMonths,
    };
  }
  // No figure to split (no goal, a goal without a number, or a share too small to count): the channel's own result.
  const runs = channel.runMonths / 3;
  return {
    metric: t.kpiEstimate(channel.kpi[brief.language]),
    target: Math.max(1, Math.round(input.reach * channel.conversionRate * runs)),
    unit: null,
    timeframeMonths: goal?.horizonMonths ?? channel.runMonths,
  };
}

/**
 * Each action's part of its additive goal's target, in proportion to its weight (expected results). Counts
 * (customers, subscribers) are split in whole numbers by largest remainder, so the parts add up to the goal;
 * an action whose part rounds to nothing gets null and is judged on its own channel result instead.
 */
export function splitTargets(items: readonly { goal: Goal | null; weight: number }[]): (number | null)[] {
  const targets: (number | null)[] = items.map(() => null);
  const goals = new Map<string, Goal>();
  for (const { goal } of items)
    if (goal && goal.target !== null && isAdditive(goal)) goals.set(goal.id, goal);
  for (const goal of goals.values()) {
    const members = items
      .map((item, index) => ({ ...item, index }))
      .filter((item) => item.goal?.id === goal.id);
    const total = members.reduce((sum, member) => sum + member.weight, 0);
    if (total <= 0 || goal.target === null) continue;
    const exact = members.map((member) => ((goal.target ?? 0) * member.weight) / total);
    if (!isCount(goal)) {
      members.forEach((member, rank) => {
        targets[member.index] = roundTarget(exact[rank] ?? 0);
      });
      continue;
    }
    const whole = exact.map(Math.floor);
    let left = Math.round(goal.target) - whole.reduce((sum, value) => sum + value, 0);
    const byRemainder = exact.map((value, rank) => ({ rank, remainder: value - Math.floor(value) }));
    byRemainder.sort((a, b) => b.remainder - a.remainder || a.rank - b.rank);
    for (const { rank } of byRemainder) {
      if (left <= 0) break;
      whole[rank] = (whole[rank] ?? 0) + 1;
      left -= 1;
    }
    members.forEach((member, rank) => {
      const part = whole[rank] ?? 0;
      targets[member.index] = part > 0 ? part : null;
    });
  }
  return targets;
}

/** A count of things (customers, subscribers, covers), as opposed to a percentage or an amount of money. */
function isCount(goal: Goal): boolean {
  const unit = goal.unit?.trim() ?? '';
  return unit !== '' && unit !== '%' && !/^[A-Z]{3}$/.test(unit) && !/[€$£¥]/.test(unit);
}
