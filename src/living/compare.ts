// What-if, side by side: scenarios (budget −20 %, capacity +50 %…) re-arbitrated against the current roadmap without
// changing it, and what would unlock the next actions just outside the budget or the capacity.
import type { CompareResult, Scenario, Unlock } from '../arbiter/compare-types.js';
import { arbitrate, type ConstraintOverrides, diffRoadmaps, type Roadmap } from '../arbiter/index.js';
import { arbitrateState } from '../pipeline/arbitrate-run.js';
import type { RunState } from '../pipeline/run-state.js';
import { overridesOf } from '../pipeline/run-state.js';
import { ScenarioError } from './errors.js';
import type { RunInputs } from './steer-run.js';

export type { CompareResult, Scenario, ScenarioOutcome, Unlock } from '../arbiter/compare-types.js';

const KEYS: Record<string, 'budget' | 'capacityDays' | 'horizonMonths' | 'profile'> = {
  budget: 'budget',
  capacity: 'capacityDays',
  'capacity-days': 'capacityDays',
  capacite: 'capacityDays',
  horizon: 'horizonMonths',
  'horizon-months': 'horizonMonths',
  profile: 'profile',
  profil: 'profile',
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/** `budget=-20%,budget=+20%,capacity=+50%,budget=5000,horizon=6,profile=smb` against the current constraints. */
export function parseScenarios(text: string, base: Roadmap['constraints']): Scenario[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0)
    throw new ScenarioError('Give at least one scenario, e.g. `--compare budget=-20%,capacity=+50%`.');
  return parts.map((label) => {
    const match = /^([a-z-]+)\s*=\s*(.+)$/i.exec(label);
    const key = match ? KEYS[match[1]!.toLowerCase()] : undefined;
    if (!match || !key) {
      throw new ScenarioError(
        `Scenario \`${label}\` is not KEY=VALUE with KEY budget, capacity, horizon or profile (e.g. budget=-20%).`,
      );
    }
    const raw = match[2]!.trim();
    if (key === 'profile') {
      if (raw !== 'executive' && raw !== 'cmo' && raw !== 'smb')
        throw new ScenarioError(`Scenario \`${label}\`: profile is executive, cmo or smb.`);
      return { label, overrides: { profile: raw } };
    }
    const relative = /^([+-])\s*(\d+(?:[.,]\d+)?)\s*(%?)$/.exec(raw);
    const absolute = /^(\d+(?:[.,]\d+)?)$/.exec(raw);
    const current =
      key === 'budget'
        ? base.budget
        : key === 'capacityDays'
          ? base.capacityDaysPerMonth
          : base.horizonMonths;
    let value: number;
    if (absolute) value = Number(absolute[1]!.replace(',', '.'));
    else if (relative) {
      if (current === null) {
        throw new ScenarioError(
          `Scenario \`${label}\`: the roadmap has no ${key === 'budget' ? 'budget' : 'capacity'} to change by ${relative[1]}${relative[2]}${relative[3]}; give a figure instead (e.g. ${match[1]}=5000).`,
        );
      }
      const amount = Number(relative[2]!.replace(',', '.'));
      const delta = relative[3] === '%' ? (current * amount) / 100 : amount;
      value = relative[1] === '-' ? current - delta : current + delta;
    } else {
      throw new ScenarioError(`Scenario \`${label}\`: \`${raw}\` is not a figure, +N, -N or ±N%.`);
    }
    if (!Number.isFinite(value) || value < 0)
      throw new ScenarioError(`Scenario \`${label}\` gives a negative ${key}.`);
    if (key === 'horizonMonths')
      return { label, overrides: { horizonMonths: Math.max(1, Math.round(value)) } };
    return { label, overrides: { [key]: round2(value) } };
  });
}

const scheduledOf = (roadmap: Roadmap) => roadmap.horizons.flatMap((h) => h.actions);
const spendOf = (roadmap: Roadmap) => round2(roadmap.horizons.reduce((sum, h) => sum + h.budgetUsed, 0));

function arbitrateWith(inputs: RunInputs, state: RunState, extra: ConstraintOverrides): Roadmap {
  return arbitrate(
    { ...inputs.outputs, draftKind: inputs.draftKind },
    { ...overridesOf(state.plan), ...extra },
    {
      start: state.plan.start,
      decisions: state.decisions,
      actuals: state.actuals,
    },
  );
}

/** How much more budget or capacity the next deferred actions need, checked by re-arbitrating with it. */
function unlocks(inputs: RunInputs, base: Roadmap, limit: number): Unlock[] {
  const c = base.constraints;
  const free = c.budgetAvailable === null ? null : c.budgetAvailable - spendOf(base);
  const open = base.horizons.filter((h) => h.endMonth > h.startMonth + h.pastMonths);
  const freeDays = open.map((h) => (h.capacityDays === null ? null : h.capacityDays - h.capacityUsed));
  const candidates = base.deferred
    .filter((a) => a.code === 'over_budget' || a.code === 'over_capacity')
    .slice(0, limit);
  return candidates.map((a) => {
    let budget = a.code === 'over_budget' && free !== null ? Math.max(1, Math.ceil(a.cost - free)) : null;
    let perMonth: number | null = null;
    if (a.code === 'over_capacity' && c.capacityDaysPerMonth !== null) {
      const best = open.reduce(
        (bestIndex, _h, i) => ((freeDays[i] ?? 0) > (freeDays[bestIndex] ?? 0) ? i : bestIndex),
        0,
      );
      const months = Math.max(
        1,
        (open[best]?.endMonth ?? 1) - (open[best]?.startMonth ?? 0) - (open[best]?.pastMonths ?? 0),
      );
      perMonth = Math.max(0.5, Math.ceil(((a.effortDays - (freeDays[best] ?? 0)) / months) * 2) / 2);
    }
    let verified = false;
    for (let attempt = 0; attempt < 4 && !verified; attempt += 1) {
      const extra: ConstraintOverrides = {};
      if (budget !== null && c.budget !== null && c.budgetPeriodMonths !== null) {
        extra.budget = round2(c.budget + (budget * c.budgetPeriodMonths) / c.horizonMonths);
      }
      if (perMonth !== null && c.capacityDaysPerMonth !== null)
        extra.capacityDays = round2(c.capacityDaysPerMonth + perMonth);
      const trial = arbitrateWith(inputs, inputs.state, extra);
      verified = scheduledOf(trial).some((s) => s.id === a.id);
      if (!verified) {
        if (budget !== null) budget = Math.ceil(budget * 1.5);
        if (perMonth !== null) perMonth = Math.ceil(perMonth * 1.5 * 2) / 2;
      }
    }
    return { id: a.id, title: a.title, budget, capacityDaysPerMonth: perMonth, verified };
  });
}

/** Re-arbitrates each scenario against the run's current state; writes nothing. */
export function compareScenarios(
  inputs: RunInputs,
  scenarios: readonly Scenario[],
  unlockLimit = 5,
): CompareResult {
  const base = arbitrateState(inputs.outputs, inputs.draftKind, inputs.state);
  return {
    current: { scheduled: scheduledOf(base).length, plannedSpend: spendOf(base) },
    scenarios: scenarios.map((scenario) => {
      const after = arbitrateWith(inputs, inputs.state, scenario.overrides);
      const moves = diffRoadmaps(base, after);
      return {
        label: scenario.label,
        overrides: scenario.overrides,
        added: moves.filter((m) => m.kind === 'in'),
        removed: moves.filter((m) => m.kind === 'out'),
        moved: moves.filter((m) => m.kind === 'moved'),
        scheduled: scheduledOf(after).length,
        plannedSpend: spendOf(after),
      };
    }),
    unlock: unlocks(inputs, base, unlockLimit),
  };
}
