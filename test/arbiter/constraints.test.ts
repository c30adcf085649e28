// Example tests for horizons, budget roll-forward, capacity and profile, and the overrides `boussole replan` passes.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { action, brief, inputs } from './builders.js';
import { expectRoadmapInvariants } from './invariants.js';
import { codeOf } from './lookup.js';

const bounds = (months: number) =>
  arbitrate(inputs({ brief: brief({ horizonMonths: months }) })).horizons.map((h) => [
    h.id,
    h.startMonth,
    h.endMonth,
  ]);

describe('constraints', () => {
  it('uses Now 0–3, Next 3–6, Later 6–H, and splits short plans sensibly', () => {
    expect(bounds(12)).toEqual([
      ['now', 0, 3],
      ['next', 3, 6],
      ['later', 6, 12],
    ]);
    expect(bounds(24)).toEqual([
      ['now', 0, 3],
      ['next', 3, 6],
      ['later', 6, 24],
    ]);
    expect(bounds(6)).toEqual([
      ['now', 0, 2],
      ['next', 2, 4],
      ['later', 4, 6],
    ]);
    expect(bounds(3)).toEqual([
      ['now', 0, 1],
      ['next', 1, 2],
      ['later', 2, 3],
    ]);
    expect(bounds(2)).toEqual([
      ['now', 0, 1],
      ['next', 1, 2],
    ]);
    expect(bounds(Number.NaN)).toEqual(bounds(12));
  });

  it('spreads the budget by months and rolls what a horizon leaves unspent forward', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1', { cost: 1000 })] }));
    expect(roadmap.horizons.map((h) => h.budgetAllotted)).toEqual([3000, 3000, 6000]);
    expect(roadmap.horizons.map((h) => h.budgetRolledIn)).toEqual([0, 2000, 5000]);
    expect(roadmap.horizons.map((h) => h.budget)).toEqual([3000, 5000, 11_000]);
  });

  it('scales a budget stated for another period to the plan', () => {
    const roadmap = arbitrate(
      inputs({ brief: brief({ budget: { amount: 1000, currency: 'EUR', periodMonths: 1 } }) }),
    );
    expect(roadmap.constraints).toMatchObject({ budget: 1000, budgetPeriodMonths: 1, budgetTotal: 12_000 });
  });

  it("turns the team's hours into person-days a month (7 h a day, 4.33 weeks a month)", () => {
    const hours = arbitrate(inputs({ brief: brief({ capacity: { people: 2, hoursPerWeek: 14 } }) }));
    expect(hours.constraints.capacityDaysPerMonth).toBe(8.67);
    expect(hours.horizons[0]!.capacityDays).toBe(26.01);
    const people = arbitrate(inputs({ brief: brief({ capacity: { people: 2, hoursPerWeek: 0 } }) }));
    expect(people.constraints.capacityDaysPerMonth).toBe(43.33);
  });

  it('infers a profile when the brief gives none, and says so', () => {
    const solo = arbitrate(
      inputs({ brief: brief({ profile: null, capacity: { people: 1, hoursPerWeek: 20 } }) }),
    );
    expect(solo.constraints.profile).toBe('smb');
    expect(solo.assumptions.join(' ')).toMatch(/small business[^.]*assumed/);
    const team = arbitrate(
      inputs({ brief: brief({ profile: null, capacity: { people: 5, hoursPerWeek: 175 } }) }),
    );
    expect(team.constraints.profile).toBe('cmo');
  });

  it('states the formula and weights in the output', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1')] }));
    expect(roadmap.method.formula).toContain('reach × impact × confidence ÷ effortDays');
    expect(roadmap.method.goalWeights.growth).toBe(1.2);
    expect(roadmap.method.profileWeights).toEqual({
      growth: 1.1,
      profitability: 1,
      retention: 1,
      market_share: 1.1,
      awareness: 1.1,
      other: 1,
    });
    expect(roadmap.method.wipPerQuarter).toEqual({ smb: 3, executive: 5, cmo: 6 });
  });
});

describe('replan overrides', () => {
  const actions = Array.from({ length: 10 }, (_, i) =>
    action(`A${i + 1}`, { cost: 1500 + i * 100, effortDays: 3, reach: 1000 + i * 50 }),
  );

  it('never schedules more than half the budget when the budget is halved', () => {
    const full = arbitrate(inputs({ actions }));
    const half = arbitrate(inputs({ actions }), { budget: 6000 });
    const spent = (r: typeof full) => r.horizons.reduce((sum, h) => sum + h.budgetUsed, 0);
    expect(spent(half)).toBeLessThanOrEqual(6000);
    expect(spent(half)).toBeLessThan(spent(full));
    expect(half.deferred.some((a) => a.code === 'over_budget')).toBe(true);
    expect(half.assumptions.join(' ')).toContain('Budget set by replan to €6,000');
    expectRoadmapInvariants(half, 10);
  });

  it("reproduces the draft byte for byte when replanned with the brief's own constraints, in any order", () => {
    const draft = arbitrate(inputs({ actions }));
    const stated = { budget: 12_000, capacityDays: 21.67, horizonMonths: 12, profile: 'cmo' as const };
    const replanned = arbitrate(inputs({ actions: [...actions].reverse() }), stated);
    expect(JSON.stringify(replanned)).toBe(JSON.stringify(draft));
    expect(JSON.stringify(arbitrate(inputs({ actions }), {}))).toBe(JSON.stringify(draft));
  });

  it('applies capacity per month, horizon and profile overrides', () => {
    const overrides = { budget: null, capacityDays: 2, horizonMonths: 6, profile: 'smb' as const };
    const roadmap = arbitrate(inputs({ actions }), overrides);
    expect(roadmap.constraints).toMatchObject({ capacityDaysPerMonth: 2, horizonMonths: 6, profile: 'smb' });
    expect(roadmap.horizons.map((h) => h.capacityDays)).toEqual([4, 4, 4]);
    expect(roadmap.horizons.map((h) => h.wipLimit)).toEqual([3, 3, 3]);
    expect(roadmap.horizons.flatMap((h) => h.actions)).toHaveLength(3);
    expectRoadmapInvariants(roadmap, 10);
  });

  it('removes the budget limit with budget: null, and says so', () => {
    const roadmap = arbitrate(inputs({ actions: [action('A1', { cost: 1e6 })] }), { budget: null });
    expect(codeOf(roadmap, 'A1')).toBe('now');
    expect(roadmap.assumptions.join(' ')).toContain('Budget limit removed by replan');
  });
});
