// Places the kept candidates into horizons: goal coverage first, then score order, dependencies pulled in with them.
import type { Candidate } from './candidate.js';
import type { HorizonPlan } from './constraints.js';
import { fromHundredths } from './numbers.js';
import type { Phrases, RoomDetail } from './phrases.js';
import {
  commit,
  copyState,
  firstRefusal,
  type LoadState,
  PLACEMENT_RULES,
  type PlacementContext,
  type PlacementRuleCode,
} from './placement-rules.js';
import type { SteeringPhrases } from './steering-phrases.js';
import type { CalendarRules } from './windows.js';

/** How an action got its horizon: the goal pass, the score pass, as a dependency, or by a decision, deadline or review. */
export type PlacementVia =
  | 'coverage'
  | 'score'
  | 'dependency'
  | 'pin'
  | 'lock'
  | 'deadline'
  | 'follow_up'
  | 'continuing'
  | 'done';

export interface Placement {
  horizon: number;
  via: PlacementVia;
  goalId: string | null;
  neededBy: string | null;
  pushedBy: { horizon: number; code: PlacementRuleCode }[];
  afterDependency: { id: string; horizon: number } | null;
}

export interface Deferral {
  code: PlacementRuleCode | 'dependency_deferred';
  reason: string;
}

/** Placed as they are, before anything else: what a review found done or under way. */
export interface ForcedPlacement {
  id: string;
  horizon: number;
  via: 'done' | 'continuing';
  /** What is still to spend and to work on it, in cents and hundredths of a day. */
  costCents: number;
  effortHundredths: number;
}

/** Tried before the goal pass, in this order, within horizons `from`..`to`. */
export interface PriorityPlacement {
  id: string;
  via: 'lock' | 'pin' | 'deadline' | 'follow_up';
  from: number;
  to: number;
  /** A lock that does not fit is deferred with its reason; the others get another chance in the later passes. */
  strict: boolean;
  /** Said when a strict placement fails. */
  lockedLabel: string | null;
}

export interface SchedulePriorities {
  forced: readonly ForcedPlacement[];
  first: readonly PriorityPlacement[];
  /** The first horizon with months not yet past. */
  firstOpen: number;
  calendar: CalendarRules;
  steering: SteeringPhrases;
}

export interface ScheduleResult {
  /** In placement order: dependencies always before what needs them. */
  placements: Map<string, Placement>;
  deferred: Map<string, Deferral>;
  state: LoadState;
}

interface Scheduler {
  ctx: PlacementContext;
  byId: ReadonlyMap<string, Candidate>;
  state: LoadState;
  placements: Map<string, Placement>;
  deferred: Map<string, Deferral>;
  phrases: Phrases;
  currency: string;
  priorities: SchedulePriorities;
  /** The horizon each locked action must take, even when another action pulls it in as a dependency. */
  locked: ReadonlyMap<string, number>;
}

type Attempt = { ok: true } | { ok: false; deferral: Deferral };

function roomDetail(s: Scheduler, state: LoadState, c: Candidate): RoomDetail {
  const last = s.ctx.horizons.length - 1;
  const plan = s.ctx.horizons[last]!;
  const spent = state.spendCents.reduce((sum, cents) => sum + cents, 0);
  const allowed = s.ctx.cumulativeAllot[last];
  return {
    horizonLabel: plan.label,
    cost: c.cost,
    budgetLeft: allowed === null || allowed === undefined ? null : fromHundredths(allowed - spent),
    effortDays: c.effortDays,
    capacityLeft:
      plan.capacityHundredths === null
        ? null
        : fromHundredths(plan.capacityHundredths - state.capacityUsed[last]!),
    wipLimit: plan.wipLimit,
    currency: s.currency,
  };
}

function refusalReason(s: Scheduler, code: PlacementRuleCode, room: RoomDetail): string {
  if (code === 'busy_months')
    return s.priorities.steering.busyMonths(
      room.effortDays,
      [...s.priorities.calendar.busyMonths].sort((a, b) => a - b),
    );
  if (code === 'over_budget') return s.phrases.overBudget(room);
  if (code === 'over_capacity') return s.phrases.overCapacity(room);
  return s.phrases.wipLimit(room);
}

/**
 * The action and its not-yet-placed dependencies, dependencies first (iterative depth-first, ids in order).
 * Stops early when the bundle cannot fit the slots left, so a failing attempt costs at most the WIP left.
 */
function collectBundle(
  s: Scheduler,
  target: Candidate,
  slotsLeft: number,
): string[] | { deferredDep: string } | 'too_big' {
  const order: string[] = [];
  const seen = new Set<string>([target.id]);
  const stack: { id: string; next: number }[] = [{ id: target.id, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const deps = s.byId.get(frame.id)?.dependsOn ?? [];
    if (frame.next < deps.length) {
      const dep = deps[frame.next]!;
      frame.next += 1;
      if (seen.has(dep) || s.placements.has(dep)) continue;
      if (s.deferred.has(dep)) return { deferredDep: dep };
      seen.add(dep);
      if (seen.size > slotsLeft) return 'too_big';
      stack.push({ id: dep, next: 0 });
      continue;
    }
    stack.pop();
    order.push(frame.id);
  }
  return order;
}

function attempt(
  s: Scheduler,
  target: Candidate,
  via: PlacementVia,
  goalId: string | null,
  range: { from: number; to: number } = { from: 0, to: s.ctx.horizons.length - 1 },
): Attempt {
  const horizons = s.ctx.horizons;
  const from = Math.max(range.from, s.priorities.firstOpen);
  const to = Math.min(range.to, horizons.length - 1);
  const slotsLeft = horizons.reduce((sum, plan, h) => sum + plan.wipLimit - s.state.count[h]!, 0);
  const unplacedDeps = () => target.dependsOn.filter((dep) => !s.placements.has(dep));
  if (slotsLeft < 1) {
    // Every horizon is full; name the rule that refuses it in the last one (budget before capacity before WIP).
    const code = firstRefusal(s.ctx, s.state, horizons.length - 1, target) ?? 'wip_limit';
    return { ok: false, deferral: { code, reason: refusalReason(s, code, roomDetail(s, s.state, target)) } };
  }
  const bundle = collectBundle(s, target, slotsLeft);
  if (bundle === 'too_big') {
    return {
      ok: false,
      deferral: { code: 'dependency_deferred', reason: s.phrases.dependencyDeferred(unplacedDeps()) },
    };
  }
  if (!Array.isArray(bundle)) {
    return {
      ok: false,
      deferral: { code: 'dependency_deferred', reason: s.phrases.dependencyDeferred([bundle.deferredDep]) },
    };
  }

  const trial = copyState(s.state);
  const local = new Map<string, Placement>();
  for (const id of bundle) {
    const c = s.byId.get(id)!;
    // A dependency the user locked goes to its own horizon or nowhere, even an earlier one than what needs it; what
    // needs it waits for it, never the reverse.
    const lockedAt = c === target ? undefined : s.locked.get(id);
    let earliest = lockedAt === undefined ? from : Math.max(lockedAt, s.priorities.firstOpen);
    let after: { id: string; horizon: number } | null = null;
    for (const dep of c.dependsOn) {
      const h = (s.placements.get(dep) ?? local.get(dep))?.horizon ?? 0;
      if (h > earliest) {
        earliest = h;
        after = { id: dep, horizon: h };
      }
    }
    const pushedBy: { horizon: number; code: PlacementRuleCode }[] = [];
    let placedAt = -1;
    const last = lockedAt === undefined ? to : Math.min(to, lockedAt);
    for (let h = earliest; h <= last; h += 1) {
      const refusal = firstRefusal(s.ctx, trial, h, c);
      if (refusal === null) {
        placedAt = h;
        break;
      }
      pushedBy.push({ horizon: h, code: refusal });
    }
    if (placedAt < 0) {
      if (c === target) {
        const code = pushedBy[pushedBy.length - 1]?.code ?? 'wip_limit';
        return { ok: false, deferral: { code, reason: refusalReason(s, code, roomDetail(s, trial, c)) } };
      }
      return {
        ok: false,
        deferral: { code: 'dependency_deferred', reason: s.phrases.dependencyDeferred([id]) },
      };
    }
    commit(trial, placedAt, c);
    local.set(id, {
      horizon: placedAt,
      via: c === target ? via : 'dependency',
      goalId: c === target ? goalId : null,
      neededBy: c === target ? null : target.id,
      pushedBy,
      afterDependency: after,
    });
  }
  s.state = trial;
  for (const [id, placement] of local) s.placements.set(id, placement);
  return { ok: true };
}

/**
 * `ranked` is every kept candidate, best score first (ties by id); `goalIds` the brief's goals sorted by id.
 * Each goal first gets its best action that fits; failures there are retried in score order, where a
 * refusal is final (space only ever shrinks).
 */
export function schedule(
  ranked: readonly Candidate[],
  goalIds: readonly string[],
  horizons: readonly HorizonPlan[],
  phrases: Phrases,
  currency: string,
  priorities: SchedulePriorities,
): ScheduleResult {
  const cumulativeAllot: (number | null)[] = [];
  let running = 0;
  for (const plan of horizons) {
    running += plan.allotCents ?? 0;
    cumulativeAllot.push(plan.allotCents === null ? null : running);
  }
  const s: Scheduler = {
    ctx: { horizons, cumulativeAllot, calendar: priorities.calendar },
    byId: new Map(ranked.map((c) => [c.id, c])),
    state: {
      spendCents: horizons.map(() => 0),
      capacityUsed: horizons.map(() => 0),
      count: horizons.map(() => 0),
    },
    placements: new Map(),
    deferred: new Map(),
    phrases,
    currency,
    priorities,
    locked: new Map(priorities.first.filter((p) => p.via === 'lock').map((p) => [p.id, p.from])),
  };

  for (const forced of priorities.forced) {
    const c = s.byId.get(forced.id);
    if (!c) continue;
    const h = Math.min(Math.max(forced.horizon, 0), horizons.length - 1);
    // What is left to pay on an action under way still has to fit what is left of the budget.
    const rest = { ...c, costCents: forced.costCents, effortHundredths: forced.effortHundredths };
    if (forced.via === 'continuing' && !PLACEMENT_RULES.over_budget(s.ctx, s.state, h, rest)) {
      s.deferred.set(c.id, {
        code: 'over_budget',
        reason: refusalReason(s, 'over_budget', roomDetail(s, s.state, rest)),
      });
      continue;
    }
    s.state.spendCents[h]! += forced.costCents;
    s.state.capacityUsed[h]! += forced.effortHundredths;
    if (forced.via === 'continuing') s.state.count[h]! += 1;
    s.placements.set(forced.id, {
      horizon: h,
      via: forced.via,
      goalId: null,
      neededBy: null,
      pushedBy: [],
      afterDependency: null,
    });
  }
  for (const first of priorities.first) {
    const c = s.byId.get(first.id);
    if (!c || s.placements.has(c.id) || s.deferred.has(c.id)) continue;
    const result = attempt(s, c, first.via, null, { from: first.from, to: first.to });
    if (!result.ok && first.strict) {
      s.deferred.set(c.id, {
        code: result.deferral.code,
        reason: priorities.steering.lockedNoRoom(first.lockedLabel ?? '', result.deferral.reason),
      });
    }
  }

  const servers = new Map<string, Candidate[]>(goalIds.map((id) => [id, []]));
  for (const c of ranked) for (const goalId of c.goalIds) servers.get(goalId)?.push(c);
  for (const goalId of goalIds) {
    const list = servers.get(goalId) ?? [];
    if (list.some((c) => s.placements.has(c.id))) continue;
    // A locked action that did not fit its horizon stays deferred: no other pass moves it elsewhere.
    for (const c of list) if (!s.deferred.has(c.id) && attempt(s, c, 'coverage', goalId).ok) break;
  }

  for (const c of ranked) {
    if (s.placements.has(c.id) || s.deferred.has(c.id)) continue;
    const result = attempt(s, c, 'score', null);
    if (!result.ok) s.deferred.set(c.id, result.deferral);
  }
  return { placements: s.placements, deferred: s.deferred, state: s.state };
}
