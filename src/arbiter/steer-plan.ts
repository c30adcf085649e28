// The arbiter's steering steps around scheduling: read the start and actuals, apply decisions, set priorities,
// give actions their months, and say what became of each decision. Pure, like the rest of the arbiter.
import type { Brief, Language } from '../../agents/brief.js';
import { addMonths, isMonth, monthOffset } from './calendar.js';
import type { Candidate } from './candidate.js';
import type { HorizonPlan, PlanDeductions } from './constraints.js';
import { type DeadlineTarget, matchDeadlines } from './deadlines.js';
import { type ResolvedDecisions, resolveDecisions } from './decisions.js';
import { moneyText } from './money-text.js';
import { toHundredths } from './numbers.js';
import { DEFAULT_TIMEFRAME_MONTHS, evaluateActuals, type ReviewState } from './review-eval.js';
import type { ActionReview, DecisionOutcome, ReviewSummary, RoadmapWarning } from './roadmap.js';
import type {
  ForcedPlacement,
  Placement,
  PriorityPlacement,
  SchedulePriorities,
  ScheduleResult,
} from './schedule.js';
import type { SteeringInputs } from './steering.js';
import { type SteeringPhrases, steeringPhrasesFor } from './steering-phrases.js';
import { compareText } from './text.js';
import { type CalendarRules, isBusy, isHeavy, placeWindow, type Window } from './windows.js';

export interface SteeringStart {
  start: string | null;
  deductions: PlanDeductions;
  phrases: SteeringPhrases;
}

/** The start month and what the actuals take off the plan, before any candidate is read. */
export function readSteering(steering: SteeringInputs, language: Language): SteeringStart {
  const start = typeof steering.start === 'string' && isMonth(steering.start) ? steering.start : null;
  const rows = start === null ? [] : (steering.actuals ?? []).filter((r) => isMonth(r.month));
  const last = rows
    .map((r) => r.month)
    .sort(compareText)
    .at(-1);
  return {
    start,
    deductions: {
      frozenMonths: start === null || last === undefined ? 0 : Math.max(0, monthOffset(start, last) + 1),
      // Everything reported was really spent, even on an action a later rerun dropped.
      spentCents: rows.reduce(
        (sum, r) => sum + toHundredths(Number.isFinite(r.spend) ? Math.max(0, r.spend) : 0),
        0,
      ),
    },
    phrases: steeringPhrasesFor(language),
  };
}

export interface SteeringPlan {
  decisions: ResolvedDecisions;
  review: ReviewState | null;
  deadlines: Map<string, DeadlineTarget>;
  /** Sentences for the `vetoed` exclusion rule. */
  vetoReasons: Map<string, string>;
  keep: Set<string>;
}

/** Decisions first (an estimate override changes the score), then — after scoring — the review and the deadlines. */
export function applyDecisions(
  steering: SteeringInputs,
  candidates: readonly Candidate[],
  s: SteeringStart,
  language: Language,
  currency: string,
): ResolvedDecisions {
  return resolveDecisions(steering.decisions ?? [], candidates, s.phrases, language, currency);
}

export function planSteering(
  steering: SteeringInputs,
  decisions: ResolvedDecisions,
  candidates: readonly Candidate[],
  excludedBefore: ReadonlySet<string>,
  brief: Brief,
  s: SteeringStart,
  horizonMonths: number,
  language: Language,
  currency: string,
): SteeringPlan {
  const vetoReasons = new Map([...decisions.vetoes].map(([id, why]) => [id, s.phrases.vetoed(why)]));
  const out = new Set([...excludedBefore, ...vetoReasons.keys()]);
  const review =
    s.start === null
      ? null
      : evaluateActuals(
          (steering.actuals ?? []).filter((r) => isMonth(r.month)),
          s.start,
          candidates,
          out,
          language,
          currency,
          s.phrases,
        );
  const deadlines =
    s.start === null
      ? new Map<string, DeadlineTarget>()
      : matchDeadlines(
          brief.calendar?.deadlines ?? [],
          candidates.filter((c) => !out.has(c.id)),
          s.start,
          s.deductions.frozenMonths,
          horizonMonths,
          String(brief.company?.name ?? ''),
          brief.goals ?? [],
          brief,
        );
  const keep = new Set<string>([
    ...decisions.pins.keys(),
    ...decisions.locks.keys(),
    ...(review ? [...review.promoted.keys(), ...review.done, ...review.running] : []),
  ]);
  return { decisions, review, deadlines, vetoReasons, keep };
}

const horizonOf = (plans: readonly HorizonPlan[], offset: number) => {
  const index = plans.findIndex((p) => offset >= p.startMonth && offset < p.endMonth);
  return index < 0 ? plans.length - 1 : index;
};

export function priorities(
  plan: SteeringPlan,
  plans: readonly HorizonPlan[],
  byId: ReadonlyMap<string, Candidate>,
  calendar: CalendarRules,
  s: SteeringStart,
): SchedulePriorities {
  const last = plans.length - 1;
  const firstOpen = Math.max(
    0,
    plans.findIndex((p) => p.endMonth > s.deductions.frozenMonths),
  );
  const open = firstOpen < 0 ? last : firstOpen;
  const forced: ForcedPlacement[] = [];
  if (plan.review) {
    for (const [id, a] of [...plan.review.actuals].sort(([x], [y]) => compareText(x, y))) {
      const c = byId.get(id);
      if (!c) continue;
      if (plan.review.done.has(id)) {
        forced.push({
          id,
          horizon: horizonOf(plans, a.lastOffset),
          via: 'done',
          costCents: 0,
          effortHundredths: 0,
        });
      } else if (plan.review.running.has(id)) {
        const timeframe = c.source.kpi?.timeframeMonths ?? DEFAULT_TIMEFRAME_MONTHS;
        const run = a.lastOffset - a.firstOffset + 1;
        const share = Math.max(0, 1 - run / Math.max(1, timeframe));
        forced.push({
          id,
          horizon: open,
          via: 'continuing',
          costCents: Math.max(0, c.costCents - a.spendCents),
          effortHundredths: Math.round(c.effortHundredths * share),
        });
      }
    }
  }
  const first: PriorityPlacement[] = [];
  for (const [id, lock] of [...plan.decisions.locks].sort(([a], [b]) => compareText(a, b))) {
    const index = plans.findIndex((p) => p.id === lock.horizon);
    const h = index < 0 ? last : index;
    first.push({ id, via: 'lock', from: h, to: h, strict: true, lockedLabel: plans[h]!.label });
  }
  for (const id of [...plan.decisions.pins.keys()].sort(compareText)) {
    first.push({ id, via: 'pin', from: 0, to: last, strict: false, lockedLabel: null });
  }
  const byDeadline = [...plan.deadlines].sort(
    ([a, x], [b, y]) =>
      x.offset - y.offset ||
      // What the brief already has (a contact list, a page with followers) goes first: the surest lever for the date.
      Number(y.buildsOn ?? false) - Number(x.buildsOn ?? false) ||
      (byId.get(b)?.score ?? 0) - (byId.get(a)?.score ?? 0) ||
      compareText(a, b),
  );
  for (const [id, target] of byDeadline) {
    first.push({
      id,
      via: 'deadline',
      from: 0,
      to: Math.max(open, horizonOf(plans, Math.max(0, target.offset - 1))),
      strict: false,
      lockedLabel: null,
    });
  }
  for (const id of [...(plan.review?.promoted.keys() ?? [])].sort(compareText)) {
    first.push({ id, via: 'follow_up', from: open, to: last, strict: false, lockedLabel: null });
  }
  return { forced, first, firstOpen: open, calendar, steering: s.phrases };
}

/** Months for every placed action, in placement order so dependencies are dated first. */
export function assignWindows(
  result: ScheduleResult,
  plans: readonly HorizonPlan[],
  byId: ReadonlyMap<string, Candidate>,
  plan: SteeringPlan,
  calendar: CalendarRules,
  horizonMonths: number,
): Map<string, Window> {
  const load: number[] = Array.from({ length: horizonMonths }, () => 0);
  const windows = new Map<string, Window>();
  for (const [id, placement] of result.placements) {
    const c = byId.get(id)!;
    const horizon = plans[placement.horizon]!;
    const actual = plan.review?.actuals.get(id);
    if (actual && (placement.via === 'done' || placement.via === 'continuing')) {
      const end =
        placement.via === 'done'
          ? actual.lastOffset + 1
          : Math.max(calendar.frozen + 1, Math.min(horizonMonths, horizon.endMonth));
      windows.set(id, { start: Math.min(actual.firstOffset, end - 1), end });
      continue;
    }
    let earliest = horizon.startMonth;
    for (const dep of c.dependsOn) {
      const w = windows.get(dep);
      if (w && result.placements.get(dep)?.horizon === placement.horizon)
        earliest = Math.max(earliest, w.start);
    }
    windows.set(id, placeWindow(calendar, horizon, c, earliest, plan.deadlines.get(id) ?? null, load));
  }
  return windows;
}

/** The extra sentence, dates and flags a scheduled action carries. */
export function steeringRationale(
  placement: Placement,
  c: Candidate,
  plan: SteeringPlan,
  plans: readonly HorizonPlan[],
  s: SteeringStart,
): string | null {
  const label = plans[placement.horizon]!.label;
  const p = s.phrases;
  const deadline = plan.deadlines.get(c.id);
  switch (placement.via) {
    case 'pin':
      return p.pinned(label, plan.decisions.pins.get(c.id) ?? null);
    case 'lock':
      return p.locked(label, plan.decisions.locks.get(c.id)?.why ?? null);
    case 'deadline':
      return deadline ? p.forDeadline(deadline.what, deadline.month, label) : null;
    case 'follow_up':
      return p.followUp(plan.review?.promoted.get(c.id) ?? '', label);
    case 'continuing':
      return p.continuing(label);
    case 'done':
      return p.done();
    default:
      return null;
  }
}

/** Said after the rationale when a heavy action was kept clear of busy months that fall in its horizon. */
export function busyNote(
  c: Candidate,
  plans: readonly HorizonPlan[],
  placement: Placement,
  calendar: CalendarRules,
  s: SteeringStart,
): string {
  if (placement.via === 'done' || placement.via === 'continuing') return '';
  if (!isHeavy(c) || calendar.busyMonths.size === 0 || calendar.start === null) return '';
  const h = plans[placement.horizon]!;
  for (let m = h.startMonth; m < h.endMonth; m += 1) {
    if (isBusy(calendar, m)) return s.phrases.outsideBusy([...calendar.busyMonths].sort((a, b) => a - b));
  }
  return '';
}

export const dateOf = (start: string | null, offset: number) =>
  start === null ? null : addMonths(start, offset);

/** Decisions that could not be honoured are said, with what blocked them. */
export function decisionOutcomes(
  plan: SteeringPlan,
  placed: ReadonlySet<string>,
  notNowReason: (id: string) => string | null,
  s: SteeringStart,
): { outcomes: DecisionOutcome[]; warnings: RoadmapWarning[] } {
  const warnings: RoadmapWarning[] = [...plan.decisions.warnings];
  const outcomes = plan.decisions.outcomes.map((o) => {
    if (o.status !== 'applied' || o.appliedTo === null || (o.kind !== 'pin' && o.kind !== 'lock')) return o;
    if (placed.has(o.appliedTo)) return o;
    if (!plan.decisions.pins.has(o.appliedTo) && !plan.decisions.locks.has(o.appliedTo)) {
      return { ...o, status: 'blocked' as const, message: s.phrases.decisionConflict(o.appliedTo) };
    }
    const message = s.phrases.decisionBlocked(o.kind, o.appliedTo, notNowReason(o.appliedTo) ?? '');
    warnings.push({ code: 'decision_blocked', message, refs: [o.appliedTo] });
    return { ...o, status: 'blocked' as const, message };
  });
  return { outcomes, warnings };
}

/**
 * The review as the roadmap carries it: every action with results, then the scheduled actions due in the first open
 * horizon that have none yet ("not started"), in id order.
 */
export function reviewSummary(
  review: ReviewState | null,
  dueNow: readonly { id: string; title: string; target: number | null; unit: string | null }[],
  s: SteeringStart,
): ReviewSummary | null {
  if (review === null) return null;
  const waiting: ActionReview[] = dueNow
    .filter((a) => !review.actuals.has(a.id))
    .map((a) => ({
      ...a,
      status: 'not_started',
      value: null,
      spend: 0,
      criterion: null,
      message: s.phrases.statusNotStarted(),
      notes: [],
    }));
  return {
    asOf: review.asOf,
    elapsedMonths: review.elapsed,
    spentToDate: review.spentCents / 100,
    actions: [...review.reviews, ...waiting].sort((a, b) => compareText(a.id, b.id)),
    overPerformers: review.overPerformers,
  };
}

export function steeringAssumptions(
  s: SteeringStart,
  committed: { cents: number; items: { what: string; amount: number }[] },
  budgetTotal: number | null,
  budgetAvailable: number | null,
  busyMonths: number[],
  language: Language,
  currency: string,
): { assumptions: string[]; warnings: RoadmapWarning[] } {
  const money = (value: number) => moneyText(value, currency, language);
  const assumptions: string[] = [];
  const warnings: RoadmapWarning[] = [];
  assumptions.push(s.start === null ? s.phrases.noStart() : s.phrases.startStated(s.start));
  if (s.start !== null && busyMonths.length > 0) assumptions.push(s.phrases.busyStated(busyMonths));
  if (committed.cents > 0) {
    const items = committed.items.map((item) => `${item.what} ${money(item.amount)}`);
    const message = s.phrases.committedStated(money(committed.cents / 100), items);
    assumptions.push(message);
    if (budgetTotal !== null && committed.cents > toHundredths(budgetTotal)) {
      warnings.push({
        code: 'budget_committed',
        message: s.phrases.committedOverBudget(money(committed.cents / 100), money(budgetTotal)),
        refs: [],
      });
    }
  }
  if (s.start !== null && s.deductions.frozenMonths > 0) {
    const asOf = addMonths(s.start, s.deductions.frozenMonths - 1);
    assumptions.push(
      s.phrases.reviewStated(
        asOf,
        money(s.deductions.spentCents / 100),
        budgetAvailable === null ? null : money(budgetAvailable),
      ),
    );
  }
  return { assumptions, warnings };
}
