// budget_respected: no candidate action costs more than the whole budget, and each horizon holds its budget and capacity.
import { cannotCheck, listSome, needOutputs, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';

/** Rounding in the arbiter's hundredths must not read as an overrun. */
const SLACK = 0.01;

export const budgetRespected = defineCheck({
  name: 'budget_respected',
  column: 'budget',
  catches: 'a candidate action costing more than the whole budget, or a horizon over its budget or capacity',
  plantedFault: 'over_budget_action',
  run: (c) => {
    const got = needOutputs(c, ['brief', 'prioritizer'] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const { brief, prioritizer } = got.outputs;
    const budget = brief.budget;
    const total =
      c.roadmap?.constraints.budgetTotal ??
      (budget && budget.periodMonths > 0
        ? (budget.amount * brief.horizonMonths) / budget.periodMonths
        : null);
    const problems: string[] = [];
    let judged = 0;
    if (total !== null) {
      for (const action of prioritizer.actions) {
        judged += 1;
        if (action.cost > total + SLACK) {
          problems.push(
            `${action.id} "${action.title}" costs ${action.cost} ${action.currency}, over the whole budget of ${total}`,
          );
        }
      }
    }
    for (const horizon of c.roadmap?.horizons ?? []) {
      if (horizon.budget !== null) {
        judged += 1;
        if (horizon.budgetUsed > horizon.budget + SLACK) {
          problems.push(`horizon ${horizon.id} spends ${horizon.budgetUsed} of ${horizon.budget}`);
        }
      }
      if (horizon.capacityDays !== null) {
        judged += 1;
        if (horizon.capacityUsed > horizon.capacityDays + SLACK) {
          problems.push(
            `horizon ${horizon.id} uses ${horizon.capacityUsed} of ${horizon.capacityDays} person-days`,
          );
        }
      }
    }
    if (problems.length === 0) {
      return {
        pass: true,
        score: 1,
        reason:
          total === null
            ? 'the brief states no budget; horizons hold their capacity'
            : `every action fits the budget of ${total}, every horizon holds`,
      };
    }
    return { pass: false, score: ratio(judged - problems.length, judged), reason: listSome(problems) };
  },
});
