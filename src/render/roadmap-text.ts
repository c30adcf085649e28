// Small wording helpers shared by the roadmap sections: money, days, month ranges, action names, KPI targets.
import type { Brief, Language } from '../../agents/brief.js';
import type { Horizon, Roadmap, ScheduledAction } from '../arbiter/roadmap.js';
import { cadenceOf, howOf } from './action-how.js';
import { monthSpan } from './calendar-text.js';
import type { DeliverableLabels } from './deliverable-labels.js';
import { formatMoney, formatNumber, formatQuantity } from './format.js';
import type { Labels } from './labels.js';

export interface Context {
  roadmap: Roadmap;
  labels: Labels;
  /** Wording of the open questions, the memo, the checklist and the score appendix. */
  words: DeliverableLabels;
  language: Language;
  /** The brief behind the roadmap, when the run has it (hours a week for the checklist). */
  brief: Brief | null;
}

/** True when the plan has a budget to hold costs against (stated, or set by replan). */
export const budgetKnown = (ctx: Context) =>
  ctx.roadmap.constraints.budget !== null || ctx.roadmap.constraints.budgetTotal !== null;

/**
 * An action's cost as a reader should take it: "no spend" rather than "0 €", and "about 900 €" when no budget is
 * stated, so a zero or an estimate is never read as a figure from the brief.
 */
export function costText(ctx: Context, cost: number): string {
  if (!Number.isFinite(cost)) return '—';
  if (cost <= 0) return ctx.words.noSpend;
  return budgetKnown(ctx) ? money(ctx, cost) : ctx.words.estimatedCost(money(ctx, cost));
}

/** Money spent in a horizon or the plan, said without a "0 €" and without a budget the brief never gave. */
export function spendText(ctx: Context, spent: number, available: number | null): string {
  if (available === null) {
    return spent > 0
      ? ctx.words.spendNotCapped(money(ctx, spent))
      : `${ctx.words.noSpend} (${ctx.words.budgetNotStated})`;
  }
  return `${money(ctx, spent)} / ${money(ctx, available)}`;
}

export const money = (ctx: Context, value: number) => formatMoney(value, ctx.roadmap.currency, ctx.language);
export const days = (ctx: Context, value: number) => ctx.labels.days(formatNumber(value, ctx.language, 1));

export function monthsRange(ctx: Context, horizon: Pick<Horizon, 'startMonth' | 'endMonth'>): string {
  // With a start month the reader sees calendar months ("janvier – mars 2027"), not offsets.
  const start = ctx.roadmap.start;
  if (start) return monthSpan(start, horizon.startMonth, horizon.endMonth, ctx.language);
  return ctx.labels.months(
    formatNumber(horizon.startMonth, ctx.language),
    formatNumber(horizon.endMonth, ctx.language),
  );
}

/** "A3b · Title (was A3)" when the arbiter renamed a clashing id, so the reader can find it in the prioritizer's list. */
export function actionName(
  ctx: Context,
  action: { id: string; title: string; originalId: string | null },
): string {
  const renamed = action.originalId !== null && action.originalId !== action.id;
  return `${action.id} · ${action.title}${renamed ? ` (${ctx.labels.renamedFrom(action.originalId ?? '')})` : ''}`;
}

export function kpiTarget(ctx: Context, action: ScheduledAction): string {
  const { kpi } = action;
  const target =
    kpi.target === null ? null : formatQuantity(kpi.target, kpi.unit, ctx.roadmap.currency, ctx.language);
  const timeframe =
    kpi.timeframeMonths === null
      ? null
      : ctx.labels.inMonths(formatNumber(kpi.timeframeMonths, ctx.language));
  return ctx.labels.kpiTarget(kpi.metric, target, timeframe);
}

const DEPENDENCY_CODES: ReadonlySet<string> = new Set([
  'dependency_deferred',
  'dependency_excluded',
  'dependency_cycle',
]);

/**
 * A not-now reason as the reader needs it: when the action waits for others, their titles follow the ids the arbiter
 * names ("Waits for A3 (Landing page)"), so nobody has to look an id up. Other reasons are shown as written.
 */
export function notNowReason(ctx: Context, action: { code: string; reason: string }): string {
  if (!DEPENDENCY_CODES.has(action.code)) return action.reason;
  const titles = new Map<string, string>();
  for (const h of ctx.roadmap.horizons) for (const a of h.actions) titles.set(a.id, a.title);
  for (const a of [...ctx.roadmap.deferred, ...ctx.roadmap.excluded]) titles.set(a.id, a.title);
  const named = [...new Set(action.reason.match(/\bA\d+[a-z]?\b/g) ?? [])]
    .filter((id) => titles.has(id) && (titles.get(id) ?? '').trim() !== '')
    .map((id) => `${id} · ${titles.get(id)}`);
  return named.length === 0 ? action.reason : `${action.reason} (${named.join(' ; ')})`;
}

/** The action's rhythm in words ("once a month"), or null for one-off work. */
export function recurrence(
  ctx: Context,
  action: Pick<ScheduledAction, 'title' | 'description'>,
): string | null {
  const cadence = cadenceOf(action);
  return cadence === null ? null : ctx.words.cadence[cadence];
}

/** The "how" cell: the description's first sentence, and that the work comes back when it does. */
export function howCell(ctx: Context, action: Pick<ScheduledAction, 'title' | 'description'>): string {
  const how = howOf(action.description);
  const rhythm = recurrence(ctx, action);
  const note = rhythm === null ? '' : ctx.words.recurringNote(rhythm);
  return [how, note].filter((part) => part !== '').join(' ') || '—';
}

/** "14 h in all", or "14 h to set up, then once a month" for recurring work. */
export function hoursText(
  ctx: Context,
  action: Pick<ScheduledAction, 'title' | 'description'>,
  hours: number,
): string {
  const text = formatNumber(hours, ctx.language, 1);
  const rhythm = recurrence(ctx, action);
  return rhythm === null ? ctx.words.totalHours(text) : ctx.words.setupThenRecurring(text, rhythm);
}
