// goals_covered: every goal of the brief has at least one candidate action working on it.
import { cannotCheck, listSome, needOutputs, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';

export const goalsCovered = defineCheck({
  name: 'goals_covered',
  column: 'goals',
  catches: 'a goal of the brief that no candidate action works on',
  plantedFault: 'goal_uncovered',
  run: (c) => {
    const got = needOutputs(c, ['brief', 'prioritizer'] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const { brief, prioritizer } = got.outputs;
    const cited = new Set(prioritizer.actions.flatMap((a) => a.goalIds.map((id) => id.trim().toUpperCase())));
    const uncovered = brief.goals.filter((g) => !cited.has(g.id.trim().toUpperCase()));
    const total = brief.goals.length;
    if (uncovered.length === 0)
      return { pass: true, score: 1, reason: `${total} goals each have a candidate action` };
    return {
      pass: false,
      score: ratio(total - uncovered.length, total),
      reason: `no candidate action for ${listSome(uncovered.map((g) => `${g.id} (${g.statement})`))}`,
    };
  },
});
