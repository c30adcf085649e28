// Gives each scheduled action its months inside its horizon: staggered by the team's monthly capacity, heavy work
// kept out of the brief's busy months, deadline work finished before the deadline, nothing in months already past.
import { monthOfYear } from './calendar.js';
import type { Candidate } from './candidate.js';
import type { HorizonPlan } from './constraints.js';
import type { DeadlineTarget } from './deadlines.js';
import { HEAVY_EFFORT_DAYS } from './weights.js';

export interface Window {
  start: number;
  end: number;
}

export interface CalendarRules {
  start: string | null;
  /** Months of the year (1-12). */
  busyMonths: ReadonlySet<number>;
  /** Person-days per month in hundredths; null when the brief gives no capacity. */
  capacityPerMonth: number | null;
  /** Months already past (frozen by a review). */
  frozen: number;
}

export const isHeavy = (c: Candidate) => c.effortDays >= HEAVY_EFFORT_DAYS;

export function isBusy(rules: CalendarRules, offset: number): boolean {
  return (
    rules.start !== null &&
    rules.busyMonths.size > 0 &&
    rules.busyMonths.has(monthOfYear(rules.start, offset))
  );
}

/** Months of work: the effort spread over the monthly capacity, at least one, at most the horizon's open months. */
export function duration(rules: CalendarRules, c: Candidate, open: number): number {
  const months =
    rules.capacityPerMonth === null || rules.capacityPerMonth <= 0
      ? 1
      : Math.ceil(c.effortHundredths / rules.capacityPerMonth);
  return Math.max(1, Math.min(months, Math.max(open, 1)));
}

const openStart = (rules: CalendarRules, plan: HorizonPlan) => Math.max(plan.startMonth, rules.frozen);

function freeOfBusy(rules: CalendarRules, from: number, length: number): boolean {
  for (let m = from; m < from + length; m += 1) if (isBusy(rules, m)) return false;
  return true;
}

/** Whether a heavy action has a window outside the busy months in this horizon (light ones always do). */
export function fitsSeason(rules: CalendarRules, plan: HorizonPlan, c: Candidate): boolean {
  if (!isHeavy(c)) return true;
  const lo = openStart(rules, plan);
  const d = duration(rules, c, plan.endMonth - lo);
  for (let m = lo; m + d <= plan.endMonth; m += 1) if (freeOfBusy(rules, m, d)) return true;
  return false;
}

/** Monthly load in hundredths of a person-day, shared by every action of the plan. */
export type Load = number[];

export function placeWindow(
  rules: CalendarRules,
  plan: HorizonPlan,
  c: Candidate,
  earliest: number,
  deadline: DeadlineTarget | null,
  load: Load,
): Window {
  const lo = Math.min(Math.max(openStart(rules, plan), earliest), plan.endMonth - 1);
  const d = duration(rules, c, plan.endMonth - lo);
  const perMonth = c.effortHundredths / d;
  // Every action prefers months outside the busy season; light work may fall in it when nothing else is left,
  // heavy work never (the placement rule already moved it to a horizon with a free window).
  const starts: number[] = [];
  for (let m = lo; m + d <= plan.endMonth; m += 1) if (freeOfBusy(rules, m, d)) starts.push(m);
  if (starts.length === 0 && !isHeavy(c)) for (let m = lo; m + d <= plan.endMonth; m += 1) starts.push(m);
  if (starts.length === 0) starts.push(lo);
  const beforeDeadline = deadline === null ? [] : starts.filter((m) => m + d <= deadline.offset);
  const pool = beforeDeadline.length > 0 ? beforeDeadline : starts;
  const peak = (m: number) => {
    let max = 0;
    for (let k = m; k < m + d; k += 1) max = Math.max(max, (load[k] ?? 0) + perMonth);
    return max;
  };
  const limit = rules.capacityPerMonth;
  const chosen =
    (limit === null ? pool[0] : pool.find((m) => peak(m) <= limit)) ??
    pool.reduce((best, m) => (peak(m) < peak(best) ? m : best), pool[0]!);
  for (let k = chosen; k < chosen + d; k += 1) load[k] = (load[k] ?? 0) + perMonth;
  return { start: chosen, end: chosen + d };
}
