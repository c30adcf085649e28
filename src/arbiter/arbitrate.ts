// The arbiter: agent outputs and constraints in, a roadmap out. Pure: no I/O, no clock, no randomness.
import type { Brief, Goal, Language } from '../../agents/brief.js';
import type { Persona } from '../../agents/personas.js';
import type { Positioning } from '../../agents/positioning.js';
import type { Kpi } from '../../agents/prioritizer.js';
import { assignIds } from './action-ids.js';
import type { Candidate } from './candidate.js';
import { type HorizonPlan, resolveConstraints } from './constraints.js';
import { CROSS_CHECK_ORDER, CROSS_CHECKS } from './cross-checks.js';
import { EXCLUSION_ORDER, EXCLUSION_RULES, type ExclusionContext } from './exclusion-rules.js';
import { repairGoals, scoreCandidates } from './goals-and-scores.js';
import type { ArbiterInputs, ConstraintOverrides } from './inputs.js';
import { fromHundredths } from './numbers.js';
import { openQuestions } from './open-questions.js';
import { type Phrases, phrasesFor } from './phrases.js';
import { prepareCandidates } from './prepare-candidates.js';
import { existingItems, type FactsContext, reasonFacts } from './reason-facts.js';
import { buildIndex } from './references.js';
import type { NotNowAction, Roadmap, RoadmapWarning, ScheduledAction, WarningCode } from './roadmap.js';
import { sanityChecks } from './sanity-checks.js';
import { type Placement, schedule } from './schedule.js';
import {
  applyDecisions,
  assignWindows,
  busyNote,
  dateOf,
  decisionOutcomes,
  planSteering,
  priorities,
  readSteering,
  reviewSummary,
  steeringAssumptions,
  steeringRationale,
} from './steer-plan.js';
import type { SteeringInputs } from './steering.js';
import { compareText } from './text.js';
import { BELOW_THRESHOLD_RATIO, GOAL_WEIGHTS, PROFILE_WEIGHTS, WIP_PER_QUARTER } from './weights.js';
import type { CalendarRules } from './windows.js';

/** Warnings are grouped by kind in this order; within a kind they keep the (deterministic) order found. */
const WARNING_ORDER: readonly WarningCode[] = [
  'assumption',
  'goal_uncovered',
  'persona_unserved',
  'threat_unanswered',
  'differentiator_unsupported',
  'currency_mismatch',
  'id_renamed',
  'duplicate_merged',
  'reference_repaired',
  'reference_dropped',
  'input_adjusted',
  'budget_committed',
  'decision_blocked',
  'decision_orphaned',
  'deadline_at_risk',
  'actuals_ignored',
];

/** First of each id after sorting by (id, statement/name), so duplicated ids in an agent's output never reorder. */
function uniqueById<T extends { id: string }>(
  items: readonly T[] | undefined,
  text: (item: T) => string,
): T[] {
  const sorted = [...(items ?? [])].sort((a, b) => compareText(a.id, b.id) || compareText(text(a), text(b)));
  return sorted.filter((item, index) => index === 0 || sorted[index - 1]!.id !== item.id);
}

function resolveCurrency(brief: Brief, positioning: Positioning, language: Language, phrases: Phrases) {
  const fromBrief = brief.budget?.currency?.trim().toUpperCase();
  if (fromBrief) return { currency: fromBrief, note: null };
  const fromPricing = positioning.pricing?.currency?.trim().toUpperCase();
  if (fromPricing) return { currency: fromPricing, note: phrases.currencyFallback(fromPricing, 'pricing') };
  const fallback = language === 'fr' ? 'EUR' : 'USD';
  return { currency: fallback, note: phrases.currencyFallback(fallback, 'language') };
}

const finiteOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function cleanKpi(kpi: Kpi | undefined): Kpi {
  return {
    metric: String(kpi?.metric ?? ''),
    target: finiteOrNull(kpi?.target),
    unit: kpi?.unit == null ? null : String(kpi.unit),
    timeframeMonths: finiteOrNull(kpi?.timeframeMonths),
  };
}

const byScoreThenId = (a: Candidate, b: Candidate) => b.score - a.score || compareText(a.id, b.id);

function notNow(c: Candidate, code: NotNowAction['code'], reason: string): NotNowAction {
  return {
    id: c.id,
    originalId: c.originalId,
    title: String(c.source.title ?? ''),
    code,
    reason,
    score: c.trace === null ? null : c.score,
    cost: c.cost,
    effortDays: c.effortDays,
    goalIds: c.goalIds,
    trace: c.trace,
  };
}

const notNowOrder = (a: NotNowAction, b: NotNowAction) =>
  (b.score ?? -1) - (a.score ?? -1) || compareText(a.id, b.id);

/**
 * `steering` adds what a person brings over time: the start month, decisions and actual results. Absent, months
 * stay relative and nothing is decided or reviewed. The clock is never read: the caller passes the start.
 */
export function arbitrate(
  inputs: ArbiterInputs,
  overrides: ConstraintOverrides = {},
  steering: SteeringInputs = {},
): Roadmap {
  const { brief } = inputs;
  const language: Language = brief.language === 'fr' ? 'fr' : 'en';
  const phrases = phrasesFor(language);
  const { currency, note: currencyNote } = resolveCurrency(brief, inputs.positioning, language, phrases);
  const steer = readSteering(steering, language);
  const resolved = resolveConstraints(brief, overrides, currency, phrases, steer.deductions);
  const { profile, horizons: plans } = resolved;

  const goals = uniqueById<Goal>(brief.goals, (g) => g.statement);
  const personas = uniqueById<Persona>(inputs.personas.personas, (p) => p.name);
  const swot = inputs.swot;
  const swotIds = [swot.strengths, swot.weaknesses, swot.opportunities, swot.threats].flatMap((items) =>
    (items ?? []).map((item) => item.id),
  );

  const identified = assignIds(inputs.prioritizer.actions ?? [], phrases);
  const prepared = prepareCandidates(
    identified.actions,
    {
      goals: buildIndex(goals.map((g) => g.id)),
      personas: buildIndex(personas.map((p) => p.id)),
      swot: buildIndex(swotIds),
    },
    phrases,
  );
  const candidates = prepared.candidates.sort((a, b) => compareText(a.id, b.id));
  const decided = applyDecisions(steering, candidates, steer, language, currency);
  const goalRepair = repairGoals(candidates, goals, phrases);
  scoreCandidates(candidates, goals, profile);
  const plan = planSteering(
    steering,
    decided,
    candidates,
    new Set(goalRepair.excluded.keys()),
    brief,
    steer,
    resolved.constraints.horizonMonths,
    language,
    currency,
  );

  const ctx: ExclusionContext = {
    candidates,
    byId: new Map(candidates.map((c) => [c.id, c])),
    excluded: goalRepair.excluded,
    warnings: [],
    phrases,
    threshold: 0,
    fitsPlan: fitsPlan(plans),
    vetoes: plan.vetoReasons,
    stopped: plan.review?.stopped ?? new Map(),
    keep: plan.keep,
    statedRules: {
      constraints: brief.constraints,
      // What the company is: its name, sector and how its description opens (not whom it sells to or works with).
      identity: [
        brief.company.name,
        brief.company.sector,
        brief.company.description?.split(/(?<=[.!?])\s/u)[0]?.slice(0, 80),
      ].join(' '),
      language,
    },
  };
  for (const step of EXCLUSION_ORDER) EXCLUSION_RULES[step](ctx);

  const ranked = candidates.filter((c) => !ctx.excluded.has(c.id)).sort(byScoreThenId);
  const rank = new Map(ranked.map((c, index) => [c.id, index + 1]));
  const calendar: CalendarRules = {
    start: steer.start,
    busyMonths: new Set(resolved.constraints.busyMonths),
    capacityPerMonth:
      resolved.constraints.capacityDaysPerMonth === null
        ? null
        : Math.round(resolved.constraints.capacityDaysPerMonth * 100),
    frozen: steer.deductions.frozenMonths,
  };
  const result = schedule(
    ranked,
    goals.map((g) => g.id),
    plans,
    phrases,
    currency,
    priorities(plan, plans, ctx.byId, calendar, steer),
  );
  const windows = assignWindows(result, plans, ctx.byId, plan, calendar, resolved.constraints.horizonMonths);
  const reviewed = new Map((plan.review?.reviews ?? []).map((r) => [r.id, r.status]));
  const openIndex = plans.findIndex((p) => p.endMonth > steer.deductions.frozenMonths);
  const firstOpen = openIndex < 0 ? plans.length - 1 : openIndex;
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const factsContext: FactsContext = {
    brief,
    byId: ctx.byId,
    kept: ranked,
    currency,
    budgetKnown: resolved.constraints.budgetTotal !== null,
  };

  const toScheduled = (c: Candidate, placement: Placement): ScheduledAction => {
    const window = windows.get(c.id) ?? {
      start: plans[placement.horizon]!.startMonth,
      end: plans[placement.horizon]!.endMonth,
    };
    const steered = steeringRationale(placement, c, plan, plans, steer);
    const deadline = plan.deadlines.get(c.id);
    return {
      id: c.id,
      originalId: c.originalId,
      title: String(c.source.title ?? ''),
      description: String(c.source.description ?? ''),
      channel: String(c.source.channel ?? ''),
      goalIds: c.goalIds,
      personaIds: c.personaIds,
      stages: c.stages,
      swotIds: c.swotIds,
      cost: c.cost,
      effortDays: c.effortDays,
      score: c.score,
      dependsOn: c.dependsOn,
      kpi: cleanKpi(c.source.kpi),
      killCriterion: c.source.killCriterion == null ? null : String(c.source.killCriterion),
      rationale:
        (steered ??
          phrases.rationale({
            via: placement.via === 'coverage' || placement.via === 'dependency' ? placement.via : 'score',
            goalId: placement.goalId,
            goalStatement:
              placement.goalId === null ? null : (goalById.get(placement.goalId)?.statement ?? null),
            rank: rank.get(c.id) ?? 0,
            rankedCount: ranked.length,
            neededBy: placement.neededBy,
            score: c.score,
            rice: c.trace?.rice ?? 0,
            goalWeight: c.trace?.goalWeight ?? 1,
            profileWeight: c.trace?.profileWeight ?? 1,
            horizonLabel: plans[placement.horizon]!.label,
            pushedBy: placement.pushedBy.flatMap((p) =>
              p.code === 'busy_months' ? [] : [{ horizonLabel: plans[p.horizon]!.label, code: p.code }],
            ),
            afterDependency: placement.afterDependency && {
              id: placement.afterDependency.id,
              horizonLabel: plans[placement.afterDependency.horizon]!.label,
            },
            enabler: c.enabler,
            facts: reasonFacts(c, placement.neededBy, placement.goalId, factsContext),
          })) + busyNote(c, plans, placement, calendar, steer),
      trace: c.trace!,
      startMonth: window.start,
      endMonth: window.end,
      startDate: dateOf(steer.start, window.start),
      endDate: dateOf(steer.start, window.end - 1),
      // After a review, what the plan has due in the first open horizon and no result for is "not started".
      status:
        reviewed.get(c.id) ?? (plan.review && placement.horizon === firstOpen ? 'not_started' : 'planned'),
      decision: plan.decisions.locks.has(c.id) ? 'lock' : plan.decisions.pins.has(c.id) ? 'pin' : null,
      deadline: deadline?.what ?? null,
    };
  };

  const byHorizon = plans.map(() => [] as ScheduledAction[]);
  const scheduled: Candidate[] = [];
  for (const [id, placement] of result.placements) {
    const c = ctx.byId.get(id)!;
    scheduled.push(c);
    byHorizon[placement.horizon]!.push(toScheduled(c, placement));
  }

  let spentBefore = 0;
  let allottedBefore = 0;
  const horizons = plans.map((plan, h) => {
    const spent = result.state.spendCents[h]!;
    const rolledIn = plan.allotCents === null ? null : allottedBefore - spentBefore;
    spentBefore += spent;
    allottedBefore += plan.allotCents ?? 0;
    return {
      id: plan.id,
      label: plan.label,
      startMonth: plan.startMonth,
      endMonth: plan.endMonth,
      startDate: dateOf(steer.start, plan.startMonth),
      endDate: dateOf(steer.start, plan.endMonth - 1),
      pastMonths: Math.max(0, Math.min(plan.endMonth, steer.deductions.frozenMonths) - plan.startMonth),
      budget:
        plan.allotCents === null || rolledIn === null ? null : fromHundredths(plan.allotCents + rolledIn),
      budgetAllotted: plan.allotCents === null ? null : fromHundredths(plan.allotCents),
      budgetRolledIn: rolledIn === null ? null : fromHundredths(rolledIn),
      budgetUsed: fromHundredths(spent),
      capacityDays: plan.capacityHundredths === null ? null : fromHundredths(plan.capacityHundredths),
      capacityUsed: fromHundredths(result.state.capacityUsed[h]!),
      wipLimit: plan.wipLimit,
      actions: byHorizon[h]!,
    };
  });

  const deferred = [...result.deferred]
    .map(([id, d]) => notNow(ctx.byId.get(id)!, d.code, d.reason))
    .sort(notNowOrder);
  const excluded = [...ctx.excluded]
    .map(([id, e]) => notNow(ctx.byId.get(id)!, e.code, e.reason))
    .sort(notNowOrder);

  const steered = steeringAssumptions(
    steer,
    resolved.committed,
    resolved.constraints.budgetTotal,
    resolved.constraints.budgetAvailable,
    resolved.constraints.busyMonths,
    language,
    currency,
  );
  const notNowReasons = new Map([...deferred, ...excluded].map((a) => [a.id, a.reason]));
  const decisions = decisionOutcomes(
    plan,
    new Set(result.placements.keys()),
    (id) => notNowReasons.get(id) ?? null,
    steer,
  );
  const deadlineWarnings: RoadmapWarning[] = [];
  for (const [id, target] of [...plan.deadlines].sort(([a], [b]) => compareText(a, b))) {
    const window = windows.get(id);
    if (window && window.end > target.offset) {
      deadlineWarnings.push({
        code: 'deadline_at_risk',
        message: steer.phrases.deadlineAtRisk(id, target.what, target.month),
        refs: [id],
      });
    }
  }
  if (plan.review && plan.review.unknownIds.length > 0) {
    deadlineWarnings.push({
      code: 'actuals_ignored',
      message: steer.phrases.actualsIgnored(plan.review.unknownIds),
      refs: plan.review.unknownIds,
    });
  }
  const assumptions = [
    ...(currencyNote ? [currencyNote] : []),
    ...resolved.assumptions,
    ...steered.assumptions,
  ];
  const assumptionWarnings: RoadmapWarning[] = [];
  if (goals.length === 0) {
    assumptions.push(phrases.noGoals());
    assumptionWarnings.push({ code: 'assumption', message: phrases.noGoals(), refs: [] });
  }
  if (resolved.constraints.budgetTotal === null) {
    assumptionWarnings.push({ code: 'assumption', message: phrases.budgetNone(), refs: [] });
  }
  if (resolved.constraints.capacityDaysPerMonth === null) {
    assumptionWarnings.push({ code: 'assumption', message: phrases.capacityNone(), refs: [] });
  }

  const crossContext = {
    goals,
    personas,
    swot,
    positioning: inputs.positioning,
    candidates,
    scheduled,
    currency,
    phrases,
  };
  const warnings = [
    ...assumptionWarnings,
    ...resolved.warnings,
    ...identified.warnings,
    ...prepared.warnings,
    ...goalRepair.warnings,
    ...ctx.warnings,
    ...steered.warnings,
    ...decisions.warnings,
    ...deadlineWarnings,
    ...CROSS_CHECK_ORDER.flatMap((check) => CROSS_CHECKS[check](crossContext)),
  ].sort((a, b) => WARNING_ORDER.indexOf(a.code) - WARNING_ORDER.indexOf(b.code));

  const roadmap: Roadmap = {
    company: String(brief.company?.name ?? ''),
    language,
    start: steer.start,
    currency,
    draftKind: inputs.draftKind,
    constraints: resolved.constraints,
    method: {
      formula: phrases.formula,
      goalWeights: { ...GOAL_WEIGHTS },
      profileWeights: { ...PROFILE_WEIGHTS[profile] },
      rules: phrases.rules({
        wip: `${WIP_PER_QUARTER[profile]} (${profile})`,
        threshold: ctx.threshold,
        horizons: plans.map((p) => ({ label: p.label, start: p.startMonth, end: p.endMonth })),
      }),
      profile,
      wipPerQuarter: { ...WIP_PER_QUARTER },
      belowThresholdRatio: BELOW_THRESHOLD_RATIO,
      scoreThreshold: ctx.threshold,
    },
    horizons,
    deferred,
    excluded,
    goals: goals.map((goal) => {
      const actionIds = scheduled.filter((c) => c.goalIds.includes(goal.id)).map((c) => c.id);
      return {
        goalId: goal.id,
        statement: goal.statement,
        kind: goal.kind,
        actionIds,
        covered: actionIds.length > 0,
      };
    }),
    warnings,
    assumptions,
    openQuestions: openQuestions(brief, resolved.constraints, phrases),
    existing: existingItems(brief, candidates),
    decisions: decisions.outcomes,
    review: reviewSummary(
      plan.review,
      horizons.flatMap((h, index) =>
        index === firstOpen
          ? h.actions.map((a) => ({ id: a.id, title: a.title, target: a.kpi.target, unit: a.kpi.unit }))
          : [],
      ),
      steer,
    ),
    checks: [],
    changes: [],
  };
  roadmap.checks = sanityChecks(roadmap, brief);
  return roadmap;
}

/** Cost within the whole plan's budget and effort within the largest horizon's capacity (null = no limit). */
function fitsPlan(plans: readonly HorizonPlan[]): (candidate: Candidate) => boolean {
  const budgets = plans.map((p) => p.allotCents);
  const totalCents = budgets.includes(null)
    ? null
    : budgets.reduce<number>((sum, cents) => sum + (cents ?? 0), 0);
  const capacities = plans.map((p) => p.capacityHundredths);
  const maxCapacity = capacities.includes(null) ? null : Math.max(0, ...capacities.map((c) => c ?? 0));
  return (candidate) =>
    (totalCents === null || candidate.costCents <= totalCents) &&
    (maxCapacity === null || candidate.effortHundredths <= maxCapacity);
}
