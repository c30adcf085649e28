// The roadmap itself as document sections: summary, schedule, one table per horizon, "not now" and "left out".
import type { Horizon, NotNowAction, Roadmap } from '../arbiter/roadmap.js';
import { cadenceOf } from './action-how.js';
import { joinList } from './analyses-sections.js';
import { monthName, monthsOfYear } from './calendar-text.js';
import { type Block, type Field, type Schedule, type Section, section } from './document.js';
import { existingSection } from './existing-section.js';
import { formatNumber, formatPercent } from './format.js';
import type { Labels } from './labels.js';
import { type Allowance, roadmapFigures } from './roadmap-figures.js';
import {
  actionName,
  type Context,
  costText,
  days,
  howCell,
  kpiTarget,
  money,
  monthsRange,
  notNowReason,
  spendText,
} from './roadmap-text.js';
import { steeringLabelsFor } from './steering-labels.js';

function usage(
  ctx: Context,
  allowance: Allowance,
  format: (value: number) => string,
  noLimit: (used: string) => string,
): string {
  if (allowance.available === null) return noLimit(format(allowance.used));
  const ratio = allowance.available > 0 ? allowance.used / allowance.available : 0;
  return ctx.labels.usedOf(
    format(allowance.used),
    format(allowance.available),
    formatPercent(ratio, ctx.language),
  );
}

function summarySection(ctx: Context): Section {
  const { roadmap, labels } = ctx;
  const figures = roadmapFigures(roadmap);
  const perHorizon: Field[] = roadmap.horizons.map((h) => ({
    label: h.label,
    value: `${labels.actionCount(h.actions.length)} — ${monthsRange(ctx, h)}`,
  }));
  return section('summary', labels.summary, [
    { kind: 'fields', items: perHorizon },
    {
      kind: 'fields',
      items: [
        figures.budget.available === null
          ? { label: ctx.words.plannedSpend, value: spendText(ctx, figures.budget.used, null) }
          : {
              label: labels.budgetUsed,
              value: usage(ctx, figures.budget, (v) => money(ctx, v), labels.usedNoBudget),
            },
        {
          label: labels.capacityUsed,
          value: usage(ctx, figures.capacity, (v) => days(ctx, v), labels.usedNoCapacity),
        },
        { label: labels.goalsCovered, value: labels.coveredOf(figures.goalsCovered, figures.goalsTotal) },
        { label: labels.notNowCount, value: labels.actionCount(roadmap.deferred.length) },
        { label: labels.leftOutCount, value: labels.actionCount(roadmap.excluded.length) },
      ],
    },
  ]);
}

/**
 * The bars of the schedule. The arbiter's window is the months of setting an action up; recurring work (a weekly
 * post, a monthly send) keeps running after it, so its bar runs on to the end of the plan. Its start is the arbiter's.
 */
export function scheduleOf(roadmap: Roadmap, labels: Labels): Schedule {
  const ends = roadmap.horizons.map((h) => h.endMonth).filter((m) => Number.isFinite(m));
  const planEnd = Math.max(roadmap.constraints.horizonMonths, ...ends, 1);
  const endOf = (a: { title: string; description: string; endMonth: number }) =>
    cadenceOf(a) === null ? a.endMonth : Math.max(a.endMonth, planEnd);
  return {
    title: labels.schedule,
    totalMonths: planEnd,
    start: roadmap.start ?? null,
    lanes: roadmap.horizons.map((h) => ({
      horizonId: h.id,
      label: h.label,
      startMonth: h.startMonth,
      endMonth: h.endMonth,
      items: h.actions.map((a) => ({
        id: a.id,
        title: a.title,
        ...(Number.isFinite(a.startMonth) && Number.isFinite(a.endMonth)
          ? { startMonth: a.startMonth, endMonth: endOf(a) }
          : {}),
      })),
    })),
  };
}

function horizonSection(ctx: Context, horizon: Horizon): Section {
  const { labels } = ctx;
  const limit = (used: string, available: number | null, format: (v: number) => string, unknown: string) =>
    `${used} / ${available === null ? unknown : format(available)}`;
  // Money an earlier horizon left unspent is said, so a larger budget "later" is not a mystery.
  const rolledIn =
    horizon.budget !== null && horizon.budgetRolledIn !== null && horizon.budgetRolledIn > 0
      ? ` (${labels.rolledIn(money(ctx, horizon.budgetRolledIn))})`
      : '';
  const facts: Block = {
    kind: 'fields',
    items: [
      {
        label: horizon.budget === null ? ctx.words.plannedSpend : labels.horizonBudget,
        value: `${spendText(ctx, horizon.budgetUsed, horizon.budget)}${rolledIn}`,
      },
      {
        label: labels.horizonCapacity,
        value: limit(
          days(ctx, horizon.capacityUsed),
          horizon.capacityDays,
          (v) => days(ctx, v),
          labels.noCapacityStated,
        ),
      },
      { label: labels.wipLimit, value: labels.wipLimitValue(horizon.wipLimit) },
    ],
  };
  const table: Block =
    horizon.actions.length === 0
      ? { kind: 'paragraph', text: labels.emptyHorizon }
      : {
          kind: 'table',
          columns: [
            { title: labels.colAction, numeric: false },
            { title: ctx.words.colHow, numeric: false },
            { title: labels.colGoal, numeric: false },
            { title: labels.colKpiTarget, numeric: false },
            { title: labels.colCost, numeric: true },
            { title: labels.colEffort, numeric: true },
            { title: labels.colWhyNow, numeric: false },
          ],
          rows: horizon.actions.map((a) => [
            actionName(ctx, a),
            howCell(ctx, a),
            joinList(a.goalIds),
            kpiTarget(ctx, a),
            costText(ctx, a.cost),
            formatNumber(a.effortDays, ctx.language, 1),
            a.rationale,
          ]),
        };
  return section(`horizon-${horizon.id}`, `${horizon.label} — ${monthsRange(ctx, horizon)}`, [facts, table]);
}

function notNowSection(
  ctx: Context,
  id: string,
  title: string,
  intro: string,
  empty: string,
  actions: NotNowAction[],
) {
  const { labels, language } = ctx;
  const block: Block =
    actions.length === 0
      ? { kind: 'paragraph', text: empty }
      : {
          kind: 'table',
          columns: [
            { title: labels.colAction, numeric: false },
            { title: labels.colReason, numeric: false },
            { title: labels.colWhy, numeric: false },
            { title: labels.colCost, numeric: true },
            { title: labels.colEffort, numeric: true },
          ],
          rows: actions.map((a) => [
            actionName(ctx, a),
            labels.placement[a.code] ?? a.code,
            notNowReason(ctx, a),
            costText(ctx, a.cost),
            formatNumber(a.effortDays, language, 1),
          ]),
        };
  return section(id, title, actions.length === 0 ? [block] : [{ kind: 'paragraph', text: intro }, block]);
}

export function roadmapSections(ctx: Context): Section[] {
  const { roadmap, labels } = ctx;
  const existing = existingSection(ctx);
  return [
    summarySection(ctx),
    ...(existing ? [existing] : []),
    section('schedule', labels.schedule, [
      {
        kind: 'paragraph',
        text: roadmap.start
          ? steeringLabelsFor(ctx.language).scheduleNoteDated(
              monthName(roadmap.start, ctx.language),
              monthsOfYear(roadmap.constraints.busyMonths ?? [], ctx.language) || null,
            )
          : labels.scheduleNote,
      },
      { kind: 'schedule', schedule: scheduleOf(roadmap, labels) },
    ]),
    ...roadmap.horizons.map((h) => horizonSection(ctx, h)),
    notNowSection(
      ctx,
      'not-now',
      labels.notNow,
      labels.notNowIntro,
      labels.nothingDeferred,
      roadmap.deferred,
    ),
    notNowSection(
      ctx,
      'left-out',
      labels.leftOut,
      labels.leftOutIntro,
      labels.nothingExcluded,
      roadmap.excluded,
    ),
  ];
}
