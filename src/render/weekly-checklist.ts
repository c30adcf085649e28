// The small team's deliverable: the plan as a week-by-week checklist that fits the hours a week the brief states.
import type { ScheduledAction } from '../arbiter/roadmap.js';
import { MONTH_ABBREVIATIONS } from '../language/month-names.js';
import { howOf } from './action-how.js';
import type { Block, Section } from './document.js';
import { section } from './document.js';
import { formatNumber } from './format.js';
import { actionName, type Context, hoursText, kpiTarget } from './roadmap-text.js';
import { calendarMonthOf, HOURS_PER_DAY, planWeeks, type Week, weekRuns, workOrder } from './week-plan.js';

/** Days a month → hours a week, the inverse of the arbiter's hours ÷ 7 × 52 ÷ 12. */
const hoursFromDays = (daysPerMonth: number) => (daysPerMonth * HOURS_PER_DAY * 12) / 52;

interface Pace {
  hoursPerWeek: number;
  fromBrief: boolean;
}

/** The brief's hours when the plan still uses them; else what the plan's capacity (a replan, a head count) gives. */
function paceOf(ctx: Context): Pace | null {
  const capacity = ctx.roadmap.constraints.capacityDaysPerMonth;
  const stated = ctx.brief?.capacity?.hoursPerWeek;
  const statedOk = typeof stated === 'number' && Number.isFinite(stated) && stated > 0;
  if (capacity === null || !Number.isFinite(capacity) || capacity <= 0) return null;
  const fromPlan = hoursFromDays(capacity);
  // The arbiter rounds days a month to 2 decimals: within half an hour, the plan still runs on the brief's hours.
  if (statedOk && Math.abs(fromPlan - stated) < 0.5) return { hoursPerWeek: stated, fromBrief: true };
  return { hoursPerWeek: Math.round(fromPlan * 10) / 10, fromBrief: false };
}

/** "juin 2027" for a month of the plan, when the roadmap has a calendar start; null when months are relative. */
function calendarMonth(ctx: Context, planMonth: number): string | null {
  const month = calendarMonthOf(planStart(ctx), planMonth);
  return month === null ? null : `${MONTH_ABBREVIATIONS[ctx.language][month.month - 1]} ${month.year}`;
}

const planStart = (ctx: Context): string | null => ctx.roadmap.start ?? null;
const busyMonths = (ctx: Context): number[] => ctx.roadmap.constraints.busyMonths ?? [];

const weeksLabel = (ctx: Context, from: Week, to: Week) => {
  const month = calendarMonth(ctx, from.month);
  return `${ctx.words.weeks(from.index, to.index)}${month === null ? '' : ` (${month})`}`;
};

/** " — how it is done", so a ticked line is an instruction and not only a title. */
function howTail(action: ScheduledAction): string {
  const how = howOf(action.description);
  return how === '' ? '' : ` — ${how}`;
}

interface Line {
  week: number;
  /** Pauses sort before the work of the same week. */
  rank: number;
  text: string;
}

/**
 * One line per action — the weeks it spans, its hours, and the KPI to watch once it is done — plus one line per pause,
 * in week order: a week shared by two actions shows in both lines rather than as a tangle of fractions.
 */
function checklistLines(ctx: Context, weeks: readonly Week[]): string[] {
  const lines: Line[] = [];
  for (const run of weekRuns(weeks)) {
    if (run.paused)
      lines.push({
        week: run.from.index,
        rank: 0,
        text: `${weeksLabel(ctx, run.from, run.to)}${ctx.labels.colon}${ctx.words.pausedWeeks}`,
      });
  }
  const spans = new Map<
    string,
    { action: ScheduledAction; from: Week; to: Week; hours: number; order: number }
  >();
  for (const week of weeks) {
    for (const task of week.tasks) {
      const span = spans.get(task.action.id);
      if (span) {
        span.to = week;
        span.hours += task.hours;
      } else {
        spans.set(task.action.id, {
          action: task.action,
          from: week,
          to: week,
          hours: task.hours,
          order: spans.size,
        });
      }
    }
  }
  for (const span of spans.values()) {
    const hours = hoursText(ctx, span.action, span.hours);
    const kpi =
      span.action.kpi.metric.trim() === '' ? '' : ` — ${ctx.words.checkKpi(kpiTarget(ctx, span.action))}`;
    lines.push({
      week: span.from.index,
      rank: 1 + span.order,
      text: `${weeksLabel(ctx, span.from, span.to)}${ctx.labels.colon}${actionName(ctx, span.action)} (${hours})${howTail(span.action)}${kpi}`,
    });
  }
  return lines.sort((a, b) => a.week - b.week || a.rank - b.rank).map((line) => line.text);
}

/** Without hours a week: the order, the horizon and the hours of each step, honestly without weeks. */
function orderOnly(ctx: Context, actions: ScheduledAction[]): Block {
  const horizonOf = new Map(
    ctx.roadmap.horizons.flatMap((h) => h.actions.map((a) => [a.id, h.label] as const)),
  );
  return {
    kind: 'checklist',
    items: actions.map((a) => {
      const total = hoursText(ctx, a, a.effortDays * HOURS_PER_DAY);
      return `${horizonOf.get(a.id) ?? ''}${ctx.labels.colon}${actionName(ctx, a)} (${total})${howTail(a)}`;
    }),
  };
}

export function weeklyChecklistSection(ctx: Context): Section {
  const { words, roadmap } = ctx;
  const order = workOrder(roadmap);
  if (order.length === 0)
    return section('checklist', words.checklist, [{ kind: 'paragraph', text: words.emptyChecklist }]);
  const pace = paceOf(ctx);
  if (pace === null) {
    return section('checklist', words.checklist, [
      { kind: 'paragraph', text: words.paceUnknown },
      orderOnly(ctx, order),
    ]);
  }
  const hours = formatNumber(pace.hoursPerWeek, ctx.language, 1);
  const weeks = planWeeks(roadmap, pace.hoursPerWeek, { start: planStart(ctx), busyMonths: busyMonths(ctx) });
  return section('checklist', words.checklist, [
    { kind: 'paragraph', text: pace.fromBrief ? words.paceFromBrief(hours) : words.paceFromCapacity(hours) },
    { kind: 'checklist', items: checklistLines(ctx, weeks) },
  ]);
}
