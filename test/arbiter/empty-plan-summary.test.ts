// An empty plan is never reported as a normal success: stdout says it is empty and why (the committed spend).
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { isEmptyPlan, summariseOutcome } from '../../src/cli/summary.js';
import { completedOutcome } from '../support/run-outcome.js';
import { action, brief, inputs } from './builders.js';

const outcome = completedOutcome;

describe('the summary of an empty plan', () => {
  it('says the plan is empty and gives the committed spend as the reason', () => {
    const roadmap = arbitrate(
      inputs({
        brief: brief({ committedSpend: [{ what: 'Trailer agency', amount: 12_000, periodMonths: null }] }),
        actions: [action('A1', { cost: 3_000 }), action('A2', { cost: 2_000 })],
      }),
    );
    expect(isEmptyPlan(roadmap)).toBe(true);
    const text = summariseOutcome(outcome(roadmap), '/tmp');
    expect(text).toContain('EMPTY PLAN');
    expect(text).toMatch(/Spend already committed .* takes the whole budget/);
  });

  it('prints no such line for a plan with actions', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1')] }));
    expect(isEmptyPlan(roadmap)).toBe(false);
    expect(summariseOutcome(outcome(roadmap), '/tmp')).not.toContain('EMPTY PLAN');
  });
});
