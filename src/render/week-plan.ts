// Lays the scheduled actions out week by week for a small team: one thing at a time, within the stated hours a week.
import type { Roadmap, ScheduledAction } from '../arbiter/roadmap.js';
import { compareText } from '../arbiter/text.js';

/** The arbiter's own conversion (constraints.ts): 7 hours a day, 52 weeks a year. */
export const HOURS_PER_DAY = 7;
const WEEKS_PER_MONTH = 52 / 12;
/** A plan never lists more weeks than this, whatever a hostile roadmap says. */
const MAX_WEEKS = 520;

export interface WeekTask {
  action: ScheduledAction;
  hours: number;
  /** This week finishes the action. */
  finishes: boolean;
}

export interface Week {
  /** 1-based week of the plan. */
  index: number;
  /** Month of the plan (0-based) the week starts in. */
  month: number;
  tasks: WeekTask[];
}

/** Every scheduled action in the order a small team should take them: horizon, dependencies first, then score. */
export function workOrder(roadmap: Roadmap): ScheduledAction[] {
  const order: ScheduledAction[] = [];
  const done = new Set<string>();
  for (const horizon of roadmap.horizons) {
    const pending = [...horizon.actions].sort((a, b) => b.score - a.score || compareText(a.id, b.id));
    const inHorizon = new Set(pending.map((a) => a.id));
    while (pending.length > 0) {
      // The best action whose dependencies in this horizon are done; a cycle (never produced) falls back to the best.
      const ready = pending.findIndex((a) => a.dependsOn.every((d) => done.has(d) || !inHorizon.has(d)));
      const [next] = pending.splice(Math.max(ready, 0), 1);
      if (!next) break;
      order.push(next);
      done.add(next.id);
    }
  }
  return order;
}

const hoursOf = (action: ScheduledAction) =>
  Number.isFinite(action.effortDays) && action.effortDays > 0 ? action.effortDays * HOURS_PER_DAY : 0;

/**
 * Fills weeks of `hoursPerWeek` in work order. An action starts no earlier than its horizon's first week and the week
 * its dependencies end; hours are whole-week slices of one pool, so the team finishes one action before the next.
 */
export function planWeeks(roadmap: Roadmap, hoursPerWeek: number): Week[] {
  if (!(hoursPerWeek > 0) || !Number.isFinite(hoursPerWeek)) return [];
  const weeks: Week[] = [];
  const free: number[] = [];
  const endWeek = new Map<string, number>();
  const horizonOf = new Map<string, number>();
  for (const h of roadmap.horizons) for (const a of h.actions) horizonOf.set(a.id, h.startMonth);
  const ensure = (i: number) => {
    while (weeks.length <= i) {
      const index = weeks.length;
      weeks.push({ index: index + 1, month: Math.floor(index / WEEKS_PER_MONTH), tasks: [] });
      free.push(hoursPerWeek);
    }
  };
  for (const action of workOrder(roadmap)) {
    const startMonth = horizonOf.get(action.id) ?? 0;
    let week = Math.max(
      0,
      Math.ceil((Number.isFinite(startMonth) ? startMonth : 0) * WEEKS_PER_MONTH - 1e-9),
      ...action.dependsOn.map((d) => endWeek.get(d) ?? 0),
    );
    let left = hoursOf(action);
    if (left === 0) continue;
    while (left > 1e-9 && week < MAX_WEEKS) {
      ensure(week);
      const take = Math.min(left, free[week]!);
      if (take > 1e-9) {
        left -= take;
        free[week]! -= take;
        weeks[week]!.tasks.push({ action, hours: take, finishes: left <= 1e-9 });
      }
      if (left > 1e-9) week += 1;
    }
    endWeek.set(action.id, week);
  }
  return weeks;
}

/** A run of consecutive weeks doing the same thing, so 8 identical weeks read as one line. */
export interface WeekRun {
  from: Week;
  to: Week;
  tasks: WeekTask[];
}

const sameWork = (a: Week, b: Week) =>
  a.tasks.length === 1 &&
  b.tasks.length === 1 &&
  a.tasks[0]!.action.id === b.tasks[0]!.action.id &&
  !a.tasks[0]!.finishes &&
  Math.abs(a.tasks[0]!.hours - b.tasks[0]!.hours) < 1e-6;

/** Groups identical full weeks of one action; weeks with nothing to do are skipped (they are free time). */
export function weekRuns(weeks: readonly Week[]): WeekRun[] {
  const runs: WeekRun[] = [];
  for (const week of weeks) {
    if (week.tasks.length === 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.to.index === week.index - 1 && sameWork(last.to, week)) {
      last.to = week;
      last.tasks = week.tasks;
    } else {
      runs.push({ from: week, to: week, tasks: week.tasks });
    }
  }
  return runs;
}
