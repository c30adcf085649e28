// The roadmap invariants a user relies on, as one assertion helper shared by property and example tests.
import { expect } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';

const cents = (value: number) => Math.round(value * 100);

/** Every number in the roadmap is finite: no NaN or Infinity ever reaches JSON as `null`. */
function expectFiniteNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) expectFiniteNumbers(item, `${path}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectFiniteNumbers(item, `${path}.${key}`);
  }
}

export function expectRoadmapInvariants(roadmap: Roadmap, candidateCount: number): void {
  const scheduledIds = roadmap.horizons.flatMap((h) => h.actions.map((a) => a.id));
  const allIds = [
    ...scheduledIds,
    ...roadmap.deferred.map((a) => a.id),
    ...roadmap.excluded.map((a) => a.id),
  ];
  // Every candidate ends in exactly one place, and every id is unique.
  expect(allIds.length).toBe(candidateCount);
  expect(new Set(allIds).size).toBe(allIds.length);

  let spent = 0;
  for (const horizon of roadmap.horizons) {
    const costs = horizon.actions.reduce((sum, a) => sum + cents(a.cost), 0);
    const effort = horizon.actions.reduce((sum, a) => sum + cents(a.effortDays), 0);
    expect(cents(horizon.budgetUsed)).toBe(costs);
    expect(cents(horizon.capacityUsed)).toBe(effort);
    if (horizon.budget !== null) expect(cents(horizon.budgetUsed)).toBeLessThanOrEqual(cents(horizon.budget));
    if (horizon.capacityDays !== null) {
      expect(cents(horizon.capacityUsed)).toBeLessThanOrEqual(cents(horizon.capacityDays));
    }
    expect(horizon.actions.length).toBeLessThanOrEqual(horizon.wipLimit);
    spent += costs;
  }
  if (roadmap.constraints.budgetTotal !== null) {
    expect(spent).toBeLessThanOrEqual(cents(roadmap.constraints.budgetTotal));
  }

  // Dependencies are scheduled, in the same or an earlier horizon.
  const horizonOf = new Map<string, number>();
  roadmap.horizons.forEach((h, index) => {
    for (const a of h.actions) horizonOf.set(a.id, index);
  });
  for (const [index, horizon] of roadmap.horizons.entries()) {
    for (const a of horizon.actions) {
      for (const dep of a.dependsOn) {
        expect(horizonOf.has(dep), `${a.id} depends on unscheduled ${dep}`).toBe(true);
        expect(horizonOf.get(dep)!).toBeLessThanOrEqual(index);
      }
    }
  }

  const deferredCodes = new Set(['over_budget', 'over_capacity', 'wip_limit', 'dependency_deferred']);
  for (const a of roadmap.deferred) expect(deferredCodes.has(a.code), a.code).toBe(true);
  for (const a of roadmap.excluded) expect(deferredCodes.has(a.code), a.code).toBe(false);
  for (const a of [...roadmap.deferred, ...roadmap.excluded]) expect(a.reason.length).toBeGreaterThan(0);

  expectFiniteNumbers(
    roadmap.horizons.map((h) => ({ ...h, actions: h.actions.map((a) => ({ ...a, kpi: null })) })),
    'horizons',
  );
  expectFiniteNumbers(roadmap.deferred, 'deferred');
  expectFiniteNumbers(roadmap.excluded, 'excluded');
  expectFiniteNumbers(roadmap.constraints, 'constraints');
}

/** A deterministic shuffle driven by a seed (the test's own randomness comes from fast-check). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
