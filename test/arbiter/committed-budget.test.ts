// Spend already committed that takes the whole budget: a sanity finding with both figures and the budget asked again.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { action, brief, inputs } from './builders.js';

describe('committed spend covering the budget', () => {
  it('says so in a sanity finding and asks for the budget again', () => {
    const roadmap = arbitrate(
      inputs({
        brief: brief({ committedSpend: [{ what: 'Trailer agency', amount: 12_000, periodMonths: null }] }),
        actions: [action('A1')],
      }),
    );
    const finding = roadmap.checks.find((c) => c.code === 'committed_covers_budget');
    expect(finding?.message).toMatch(/12,000.*12,000|12 000.*12 000/);
    expect(roadmap.openQuestions.map((q) => q.topic)).toContain('budget');
  });

  it('counts a monthly commitment for every month of the plan, as the budget is counted', () => {
    const roadmap = arbitrate(
      inputs({
        brief: brief({
          budget: { amount: 300_000, currency: 'EUR', periodMonths: 12 },
          committedSpend: [{ what: 'Meta ads', amount: 18_000, periodMonths: 1 }],
        }),
        actions: [action('A1')],
      }),
    );
    expect(roadmap.constraints.committedSpend).toBe(216_000);
    expect(roadmap.constraints.budgetAvailable).toBe(84_000);
  });

  it('stays quiet when the commitments leave money to plan', () => {
    const roadmap = arbitrate(
      inputs({
        brief: brief({ committedSpend: [{ what: 'Trade fair', amount: 4_000, periodMonths: null }] }),
        actions: [action('A1')],
      }),
    );
    expect(roadmap.checks.map((c) => c.code)).not.toContain('committed_covers_budget');
    expect(roadmap.openQuestions.map((q) => q.topic)).not.toContain('budget');
  });
});
