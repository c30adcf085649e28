// budget_read: a stated budget is read with its amount, currency and period; an unstated one stays unknown, never 0.

import { defineHonestyCheck } from './define-check.js';
import type { DraftView } from './draft-view.js';
import { verdict } from './honesty-check.js';

/** A budget read within this share of the stated monthly amount is the same budget. */
const TOLERANCE = 0.05;

const roadmapBudget = (draft: DraftView): unknown =>
  (draft.roadmapJson as { constraints?: { budget?: unknown } } | null)?.constraints?.budget;

export const budgetRead = defineHonestyCheck({
  name: 'budget_read',
  column: null,
  catches:
    'a stated budget not read (amount, currency, period), or a budget the brief never states read or planned with',
  plantedFault: null,
  run: (draft) => {
    const stated = draft.stated.budget;
    if (stated === undefined) return { pass: true, score: 1, reason: 'no stated budget to compare with' };
    const read = draft.brief?.budget ?? null;
    const problems: string[] = [];
    if (stated === null) {
      if (read !== null)
        problems.push(`the brief states no budget, yet the draft reads ${read.amount} ${read.currency}`);
      const planned = roadmapBudget(draft);
      if (typeof planned === 'number')
        problems.push(`the brief states no budget, yet roadmap.json plans with ${planned}`);
    } else if (read === null) {
      problems.push(
        `the brief states a budget of ${stated.amount} ${stated.currency}; the draft did not read it`,
      );
    } else {
      if (read.currency.toUpperCase() !== stated.currency)
        problems.push(`budget read in ${read.currency}, stated in ${stated.currency}`);
      if (stated.periodMonths !== null) {
        const monthlyRead = read.amount / Math.max(1, read.periodMonths);
        const monthlyStated = stated.amount / stated.periodMonths;
        if (Math.abs(monthlyRead - monthlyStated) > TOLERANCE * monthlyStated)
          problems.push(
            `budget read as ${read.amount} over ${read.periodMonths} months; the brief states ${stated.amount} over ${stated.periodMonths}`,
          );
      } else if (Math.abs(read.amount - stated.amount) > TOLERANCE * stated.amount) {
        problems.push(`budget read as ${read.amount}; the brief states ${stated.amount}`);
      }
    }
    return verdict(
      1,
      problems,
      stated === null
        ? 'no budget stated, none invented'
        : `budget of ${stated.amount} ${stated.currency} read`,
    );
  },
});
