// Attaches every action to the brief's goals (repairing where unambiguous) and computes its published score.
import type { Goal, GoalKind, Profile } from '../../agents/brief.js';
import type { Candidate, Exclusion } from './candidate.js';
import { round4 } from './numbers.js';
import type { Phrases } from './phrases.js';
import type { RoadmapWarning } from './roadmap.js';
import { compareText } from './text.js';
import { GOAL_WEIGHTS, PROFILE_WEIGHTS } from './weights.js';

const KINDS = new Set<string>(Object.keys(GOAL_WEIGHTS));
export const goalKind = (goal: Goal | undefined): GoalKind =>
  goal && KINDS.has(goal.kind) ? goal.kind : 'other';

/**
 * An action naming no valid goal takes the only goal when the brief has one; otherwise the goals of the
 * actions that depend on it (an enabler serves what it enables), level by level so order never matters.
 * What still has no goal is excluded: `invalid_reference` if it named goals that do not exist, else `no_goal`.
 */
export function repairGoals(
  candidates: readonly Candidate[],
  goals: readonly Goal[],
  phrases: Phrases,
): { excluded: Map<string, Exclusion>; warnings: RoadmapWarning[] } {
  const warnings: RoadmapWarning[] = [];
  const excluded = new Map<string, Exclusion>();
  if (goals.length === 0) return { excluded, warnings };
  const only = goals.length === 1 ? goals[0] : undefined;

  const orphans = candidates.filter((candidate) => candidate.goalIds.length === 0);
  if (only) {
    for (const orphan of orphans) {
      orphan.goalIds = [only.id];
      warnings.push({
        code: 'reference_repaired',
        message: phrases.goalFromOnlyGoal(orphan.id, only.id),
        refs: [orphan.id, only.id],
      });
    }
    return { excluded, warnings };
  }

  const dependants = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    for (const dep of candidate.dependsOn) {
      const list = dependants.get(dep);
      if (list) list.push(candidate);
      else dependants.set(dep, [candidate]);
    }
  }
  let waiting = orphans;
  for (;;) {
    const inherited: { orphan: Candidate; goalIds: string[]; fromIds: string[] }[] = [];
    for (const orphan of waiting) {
      const givers = (dependants.get(orphan.id) ?? []).filter((d) => d.goalIds.length > 0);
      if (givers.length === 0) continue;
      const goalIds = [...new Set(givers.flatMap((d) => d.goalIds))].sort(compareText);
      inherited.push({ orphan, goalIds, fromIds: givers.map((d) => d.id).sort(compareText) });
    }
    if (inherited.length === 0) break;
    // Applied after the whole level is read, so a chain inherits one link per level whatever the order.
    for (const { orphan, goalIds, fromIds } of inherited) {
      orphan.goalIds = goalIds;
      warnings.push({
        code: 'reference_repaired',
        message: phrases.goalInherited(orphan.id, goalIds, fromIds),
        refs: [orphan.id, ...goalIds],
      });
    }
    waiting = waiting.filter((orphan) => orphan.goalIds.length === 0);
  }

  for (const orphan of waiting) {
    excluded.set(
      orphan.id,
      orphan.danglingGoalIds.length > 0
        ? { code: 'invalid_reference', reason: phrases.invalidReference(orphan.danglingGoalIds) }
        : { code: 'no_goal', reason: phrases.noGoal() },
    );
  }
  return { excluded, warnings };
}

/** score = reach × impact × confidence ÷ effort × goal weight × profile weight, the best goal served counting. */
export function scoreCandidates(
  candidates: readonly Candidate[],
  goals: readonly Goal[],
  profile: Profile,
): void {
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  for (const candidate of candidates) {
    let goalWeight = 1;
    let profileWeight = 1;
    if (goals.length > 0) {
      if (candidate.goalIds.length === 0) continue;
      let best = -1;
      for (const goalId of candidate.goalIds) {
        const kind = goalKind(goalById.get(goalId));
        const weight = GOAL_WEIGHTS[kind] * PROFILE_WEIGHTS[profile][kind];
        if (weight > best) {
          best = weight;
          goalWeight = GOAL_WEIGHTS[kind];
          profileWeight = PROFILE_WEIGHTS[profile][kind];
        }
      }
    }
    const rice = (candidate.reach * candidate.impact * candidate.confidence) / candidate.effortDays;
    const score = round4(rice * goalWeight * profileWeight);
    candidate.score = score;
    candidate.trace = {
      reach: candidate.reach,
      impact: candidate.impact,
      confidence: candidate.confidence,
      effortDays: candidate.effortDays,
      rice: round4(rice),
      goalWeight,
      profileWeight,
      score,
      adjustments: candidate.adjustments,
    };
  }
}
