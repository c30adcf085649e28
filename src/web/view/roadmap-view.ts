// Roadmap JSON → what the roadmap partial shows: every string formatted and in the page's language (pure, isomorphic).
import type { HorizonId, NotNowAction, Roadmap, ScheduledAction } from '../../arbiter/roadmap.js';
import type { UiLabels } from '../labels/ui-labels.js';
import { addMonths, formatMoney, formatNumber, shortMonth } from './format.js';

/** The widest timeline the stylesheet lays out; longer horizons are drawn up to here. */
export const MAX_TIMELINE_MONTHS = 36;

export interface ActionView {
  id: string;
  title: string;
  description: string;
  channel: string;
  cost: string;
  effort: string;
  kpi: string;
  killCriterion: string | null;
  rationale: string;
  goals: string;
  score: string;
  months: string;
  status: string | null;
  statusKey: string;
  pinned: boolean;
  locked: boolean;
  deadline: string | null;
  horizonId: HorizonId;
  lockOptions: { id: HorizonId; label: string; selected: boolean }[];
  costValue: number;
  effortValue: number;
}

export interface NotNowView {
  id: string;
  title: string;
  reason: string;
  code: string;
  cost: string;
  effort: string;
  marked: boolean;
}

export interface TimelineRow {
  id: string;
  title: string;
  horizonId: HorizonId;
  startClass: string;
  endClass: string;
  months: string;
}

export interface RoadmapView {
  t: UiLabels;
  company: string;
  banner: string | null;
  summary: { label: string; value: string; detail: string; over: boolean }[];
  timeline: {
    columnsClass: string;
    months: { label: string; past: boolean }[];
    rows: TimelineRow[];
    empty: boolean;
  };
  horizons: {
    id: HorizonId;
    label: string;
    months: string;
    budget: string;
    capacity: string;
    actions: ActionView[];
  }[];
  deferred: NotNowView[];
  excluded: NotNowView[];
  goals: { id: string; statement: string; covered: boolean; actions: string }[];
  kpis: { id: string; title: string; kpi: string }[];
  questions: { question: string; why: string }[];
  warnings: string[];
  checks: { message: string; source: string }[];
  decisions: { message: string; status: string }[];
  changes: { kind: string; kindLabel: string; title: string; reason: string }[];
  review: {
    asOf: string;
    actions: { title: string; status: string; statusKey: string; message: string }[];
  } | null;
  assumptions: string[];
  /** Decisions (pin, veto, lock, estimates) can be taken from the page. */
  steering: boolean;
}

export interface RoadmapViewOptions {
  /** Month 1 when the roadmap has no calendar start of its own: the month the run began. */
  fallbackStart: string | null;
  steering: boolean;
}

export function roadmapView(roadmap: Roadmap, t: UiLabels, options: RoadmapViewOptions): RoadmapView {
  const lang = t.lang;
  const money = (value: number) => formatMoney(value, roadmap.currency, lang);
  const days = (value: number) => `${formatNumber(value, lang)} ${t.days}`;
  const start = roadmap.start ?? options.fallbackStart;
  const horizonMonths = Math.max(1, Math.round(roadmap.constraints.horizonMonths));
  const columns = Math.min(horizonMonths, MAX_TIMELINE_MONTHS);
  const monthLabel = (offset: number) =>
    start ? shortMonth(addMonths(start, offset), lang) : `M${offset + 1}`;
  const span = (from: number, to: number) =>
    to - from <= 1 ? monthLabel(from) : `${monthLabel(from)} – ${monthLabel(Math.max(from, to - 1))}`;
  const pastMonths = Math.max(
    0,
    ...roadmap.horizons.map((h) => ((h.pastMonths ?? 0) > 0 ? h.startMonth + (h.pastMonths ?? 0) : 0)),
  );

  const scheduled = roadmap.horizons.flatMap((horizon) =>
    horizon.actions.map((action) => ({
      horizon,
      action,
      ...monthsOf(action, horizon.startMonth, horizon.endMonth),
    })),
  );
  const marked = new Set(
    (roadmap.decisions ?? []).filter((d) => d.kind === 'veto').map((d) => d.appliedTo ?? d.actionId),
  );

  const actionView = (
    action: ScheduledAction,
    horizonId: HorizonId,
    from: number,
    to: number,
  ): ActionView => ({
    id: action.id,
    title: action.title,
    description: action.description,
    channel: action.channel,
    cost: money(action.cost),
    effort: days(action.effortDays),
    kpi: kpiText(action, lang, t),
    killCriterion: action.killCriterion,
    rationale: action.rationale,
    goals: action.goalIds.join(', '),
    score: formatNumber(action.score, lang),
    months: span(from, to),
    status:
      action.status && action.status !== 'planned' ? (t.actionStatus[action.status] ?? action.status) : null,
    statusKey: action.status ?? 'planned',
    pinned: action.decision === 'pin',
    locked: action.decision === 'lock',
    deadline: action.deadline ?? null,
    horizonId,
    lockOptions: roadmap.horizons.map((h) => ({ id: h.id, label: h.label, selected: h.id === horizonId })),
    costValue: action.cost,
    effortValue: action.effortDays,
  });

  const notNow = (action: NotNowAction): NotNowView => ({
    id: action.id,
    title: action.title,
    reason: action.reason,
    code: action.code,
    cost: money(action.cost),
    effort: days(action.effortDays),
    marked: marked.has(action.id) || action.code === 'vetoed' || action.code === 'stopped',
  });

  const budgetUsed = roadmap.horizons.reduce((sum, h) => sum + h.budgetUsed, 0);
  const budgetLimit = roadmap.constraints.budgetAvailable ?? roadmap.constraints.budgetTotal;
  const capacityUsed = roadmap.horizons.reduce((sum, h) => sum + h.capacityUsed, 0);
  const capacityLimit = roadmap.horizons.every((h) => h.capacityDays !== null)
    ? roadmap.horizons.reduce((sum, h) => sum + (h.capacityDays ?? 0), 0)
    : null;
  const covered = roadmap.goals.filter((g) => g.covered).length;

  return {
    t,
    company: roadmap.company,
    banner:
      roadmap.draftKind === 'offline'
        ? t.offlineBanner
        : roadmap.draftKind === 'replay'
          ? t.replayBanner
          : null,
    summary: [
      {
        label: t.summaryBudget,
        value: money(budgetUsed),
        detail: budgetLimit === null ? t.noLimit : `/ ${money(budgetLimit)}`,
        over: budgetLimit !== null && budgetUsed > budgetLimit + 0.5,
      },
      {
        label: t.summaryCapacity,
        value: formatNumber(Math.round(capacityUsed * 10) / 10, lang),
        detail: capacityLimit === null ? `${t.days} · ${t.noLimit}` : `/ ${days(capacityLimit)}`,
        over: false,
      },
      {
        label: t.summaryGoals,
        value: `${covered} / ${roadmap.goals.length}`,
        detail: '',
        over: covered < roadmap.goals.length,
      },
      { label: t.summaryActions, value: String(scheduled.length), detail: '', over: false },
    ],
    timeline: {
      columnsClass: `cols-${columns}`,
      months: Array.from({ length: columns }, (_, offset) => ({
        label: monthLabel(offset),
        past: offset < pastMonths,
      })),
      rows: scheduled.map(({ horizon, action, from, to }) => ({
        id: action.id,
        title: action.title,
        horizonId: horizon.id,
        startClass: `s${Math.min(from, columns - 1)}`,
        endClass: `e${Math.min(Math.max(to, from + 1), columns)}`,
        months: span(from, to),
      })),
      empty: scheduled.length === 0,
    },
    horizons: roadmap.horizons.map((horizon) => ({
      id: horizon.id,
      label: horizon.label,
      months: span(horizon.startMonth, horizon.endMonth),
      budget:
        horizon.budget === null
          ? money(horizon.budgetUsed)
          : `${money(horizon.budgetUsed)} / ${money(horizon.budget)}`,
      capacity:
        horizon.capacityDays === null
          ? days(horizon.capacityUsed)
          : `${formatNumber(horizon.capacityUsed, lang)} / ${days(horizon.capacityDays)}`,
      actions: scheduled
        .filter((item) => item.horizon === horizon)
        .map(({ action, from, to }) => actionView(action, horizon.id, from, to)),
    })),
    deferred: roadmap.deferred.map(notNow),
    excluded: roadmap.excluded.map(notNow),
    goals: roadmap.goals.map((goal) => ({
      id: goal.goalId,
      statement: goal.statement,
      covered: goal.covered,
      actions: goal.actionIds.join(', '),
    })),
    kpis: scheduled.map(({ action }) => ({
      id: action.id,
      title: action.title,
      kpi: kpiText(action, lang, t),
    })),
    questions: (roadmap.openQuestions ?? []).map((q) => ({ question: q.question, why: q.why })),
    warnings: roadmap.warnings.map((w) => w.message),
    checks: (roadmap.checks ?? []).map((c) => ({ message: c.message, source: c.source })),
    decisions: (roadmap.decisions ?? []).map((d) => ({ message: d.message, status: d.status })),
    changes: (roadmap.changes ?? []).map((c) => ({
      kind: c.kind,
      kindLabel: t.changeKinds[c.kind] ?? c.kind,
      title: c.title,
      reason: c.reason,
    })),
    review: roadmap.review
      ? {
          asOf: start ? shortMonth(roadmap.review.asOf, lang) : roadmap.review.asOf,
          actions: roadmap.review.actions.map((a) => ({
            title: a.title,
            status: t.actionStatus[a.status] ?? a.status,
            statusKey: a.status,
            message: a.message,
          })),
        }
      : null,
    assumptions: roadmap.assumptions,
    steering: options.steering,
  };
}

/** An action's months: its own when the arbiter placed it by month, else its horizon's. */
function monthsOf(
  action: ScheduledAction,
  horizonStart: number,
  horizonEnd: number,
): { from: number; to: number } {
  const from = Number.isFinite(action.startMonth) ? action.startMonth : horizonStart;
  const to = Number.isFinite(action.endMonth) ? action.endMonth : horizonEnd;
  return { from: Math.max(0, Math.floor(from)), to: Math.max(Math.ceil(to), Math.floor(from) + 1) };
}

function kpiText(action: ScheduledAction, lang: UiLabels['lang'], t: UiLabels): string {
  const { metric, target, unit, timeframeMonths } = action.kpi;
  const goal = target === null ? '' : ` → ${formatNumber(target, lang)}${unit ? ` ${unit}` : ''}`;
  const when = timeframeMonths ? ` (${formatNumber(timeframeMonths, lang, 0)} ${t.months})` : '';
  return `${metric}${goal}${when}`;
}
