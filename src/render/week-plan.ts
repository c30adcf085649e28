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
  /** A week of a month the brief says is busy: no marketing work planned in it. */
  paused: boolean;
}

/** When the plan's months are calendar months, the busy ones (1-12) get no work. */
export interface WeekCalendar {
  /** Month 1 of the plan, `YYYY-MM`; null when months are relative (busy months cannot be placed then). */
  start: string | null;
  busyMonths: readonly number[];
}

/** Calendar month (1-12) of a month of the plan, or null without a start. */
export function calendarMonthOf(
  start: string | null,
  planMonth: number,
): { year: number; month: number } | null {
  const match = start === null ? null : /^(\d{4})-(\d{2})$/.exec(start);
  if (!match) return null;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + planMonth;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
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
 * Fills weeks of `hoursPerWeek` in work order. An action starts no earlier than its first month's first week and the week
 * its dependencies end; hours are whole-week slices of one pool, so the team finishes one action before the next.
 */
export function planWeeks(
  roadmap: Roadmap,
  hoursPerWeek: number,
  calendar: WeekCalendar = { start: null, busyMonths: [] },
): Week[] {
  if (!(hoursPerWeek > 0) || !Number.isFinite(hoursPerWeek)) return [];
  const busy = new Set(calendar.busyMonths);
  const weeks: Week[] = [];
  const free: number[] = [];
  const endWeek = new Map<string, number>();
  // The action's own first month when the arbiter set one (it avoids busy months), else its horizon's.
  const horizonOf = new Map<string, number>();
  for (const h of roadmap.horizons) {
    for (const a of h.actions)
      horizonOf.set(a.id, Number.isFinite(a.startMonth) ? a.startMonth : h.startMonth);
  }
  const ensure = (i: number) => {
    while (weeks.length <= i) {
      const index = weeks.length;
      const month = Math.floor(index / WEEKS_PER_MONTH);
      const paused = busy.has(calendarMonthOf(calendar.start, month)?.month ?? 0);
      weeks.push({ index: index + 1, month, tasks: [], paused });
      free.push(paused ? 0 : hoursPerWeek);
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

/** A run of consecutive weeks doing the same thing (or pausing), so 8 identical weeks read as one line. */
export interface WeekRun {
  from: Week;
  to: Week;
  tasks: WeekTask[];
  paused: boolean;
}

const sameWork = (a: Week, b: Week) =>
  a.tasks.length === 1 &&
  b.tasks.length === 1 &&
  a.tasks[0]!.action.id === b.tasks[0]!.action.id &&
  !a.tasks[0]!.finishes &&
  Math.abs(a.tasks[0]!.hours - b.tasks[0]!.hours) < 1e-6;

/**
 * Groups identical full weeks of one action, and consecutive paused weeks; weeks with nothing to do are skipped
 * (they are free time). Paused weeks after the last task are not listed: the plan is over by then.
 */
export function weekRuns(weeks: readonly Week[]): WeekRun[] {
  const runs: WeekRun[] = [];
  const lastWork = weeks.reduce((last, week) => (week.tasks.length > 0 ? week.index : last), 0);
  for (const week of weeks) {
    if (week.index > lastWork) break;
    if (week.tasks.length === 0 && !week.paused) continue;
    const last = runs[runs.length - 1];
    const follows = last !== undefined && last.to.index === week.index - 1;
    if (follows && week.paused && last.paused) {
      last.to = week;
    } else if (follows && !week.paused && !last.paused && sameWork(last.to, week)) {
      last.to = week;
      last.tasks = week.tasks;
    } else {
      runs.push({ from: week, to: week, tasks: week.tasks, paused: week.paused });
    }
  }
  return runs;
}
