// Small wording helpers shared by the roadmap sections: money, days, month ranges, action names, KPI targets.
import type { Language } from '../../agents/brief.js';
import type { Horizon, Roadmap, ScheduledAction } from '../arbiter/roadmap.js';
import { formatMoney, formatNumber, formatQuantity } from './format.js';
import type { Labels } from './labels.js';

export interface Context {
  roadmap: Roadmap;
  labels: Labels;
  language: Language;
}

export const money = (ctx: Context, value: number) => formatMoney(value, ctx.roadmap.currency, ctx.language);
export const days = (ctx: Context, value: number) => ctx.labels.days(formatNumber(value, ctx.language, 1));

export function monthsRange(ctx: Context, horizon: Pick<Horizon, 'startMonth' | 'endMonth'>): string {
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
