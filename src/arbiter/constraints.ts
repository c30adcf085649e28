// Resolves the planning constraints (horizons, budget, capacity, profile, WIP) from the brief and replan overrides.
import type { Brief, Profile } from '../../agents/brief.js';
import type { ConstraintOverrides } from './inputs.js';
import { clamp, round2, toHundredths } from './numbers.js';
import type { Phrases } from './phrases.js';
import type { HorizonId, RoadmapConstraints, RoadmapWarning } from './roadmap.js';
import { HOURS_PER_DAY, HOURS_PER_PERSON_WEEK, LIMITS, WEEKS_PER_MONTH, WIP_PER_QUARTER } from './weights.js';

/** One horizon's limits in integer units: cents of budget, hundredths of a person-day. */
export interface HorizonPlan {
  id: HorizonId;
  label: string;
  startMonth: number;
  endMonth: number;
  /** Budget allotted by months, in cents; null when there is no budget limit. */
  allotCents: number | null;
  capacityHundredths: number | null;
  wipLimit: number;
}

/** What a review or the brief's commitments take off the plan before anything is scheduled. */
export interface PlanDeductions {
  /** Months from the start already past: frozen, with no budget or capacity left in them. */
  frozenMonths: number;
  /** Spent to date, in cents. */
  spentCents: number;
}

export interface ResolvedConstraints {
  constraints: RoadmapConstraints;
  /** Spend already committed over the plan, in cents, and the brief's items behind it. */
  committed: { cents: number; items: { what: string; amount: number }[] };
  horizons: HorizonPlan[];
  profile: Profile;
  assumptions: string[];
  warnings: RoadmapWarning[];
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * Month boundaries: Now 0–3, Next 3–6, Later 6–H. A horizon of 6 months or less is split in thirds
 * (whole months); under 3 months, one horizon per month.
 */
export function horizonBounds(months: number): { id: HorizonId; start: number; end: number }[] {
  if (months >= 7) {
    return [
      { id: 'now', start: 0, end: 3 },
      { id: 'next', start: 3, end: 6 },
      { id: 'later', start: 6, end: months },
    ];
  }
  if (months < 3) {
    const ids: HorizonId[] = ['now', 'next'];
    return ids.slice(0, months).map((id, index) => ({ id, start: index, end: index + 1 }));
  }
  const first = Math.round(months / 3);
  const second = Math.round((2 * months) / 3);
  return [
    { id: 'now', start: 0, end: first },
    { id: 'next', start: first, end: second },
    { id: 'later', start: second, end: months },
  ];
}

function resolveHorizonMonths(
  brief: Brief,
  overrides: ConstraintOverrides,
  phrases: Phrases,
  warnings: RoadmapWarning[],
) {
  const raw = overrides.horizonMonths ?? brief.horizonMonths;
  if (!isFiniteNumber(raw) || raw < LIMITS.horizonMonthsMin) {
    warnings.push({
      code: 'input_adjusted',
      message: phrases.constraintAdjusted('horizonMonths', String(raw), String(LIMITS.defaultHorizonMonths)),
      refs: [],
    });
    return LIMITS.defaultHorizonMonths;
  }
  const months = clamp(Math.round(raw), LIMITS.horizonMonthsMin, LIMITS.horizonMonthsMax);
  if (months !== raw) {
    warnings.push({
      code: 'input_adjusted',
      message: phrases.constraintAdjusted('horizonMonths', String(raw), String(months)),
      refs: [],
    });
  }
  return months;
}

interface BudgetResolution {
  amount: number | null;
  periodMonths: number | null;
  total: number | null;
}

function resolveBudget(
  brief: Brief,
  overrides: ConstraintOverrides,
  horizonMonths: number,
  currency: string,
  phrases: Phrases,
  assumptions: string[],
  warnings: RoadmapWarning[],
): BudgetResolution {
  const overridden = 'budget' in overrides && overrides.budget !== undefined;
  const raw = overridden ? overrides.budget : brief.budget?.amount;
  if (raw === null || raw === undefined) {
    assumptions.push(overridden ? phrases.budgetRemoved() : phrases.budgetNone());
    return { amount: null, periodMonths: null, total: null };
  }
  let amount = raw;
  if (!isFiniteNumber(amount) || amount < 0) {
    // A budget that is not a number says nothing; a negative one means nothing to spend.
    const to = isFiniteNumber(amount) ? 0 : null;
    warnings.push({
      code: 'input_adjusted',
      message: phrases.constraintAdjusted('budget', String(raw), to === null ? '—' : '0'),
      refs: [],
    });
    if (to === null) {
      assumptions.push(phrases.budgetNone());
      return { amount: null, periodMonths: null, total: null };
    }
    amount = to;
  }
  amount = round2(Math.min(amount, LIMITS.moneyMax));
  const statedPeriod = brief.budget?.periodMonths;
  const periodMonths = isFiniteNumber(statedPeriod) && statedPeriod > 0 ? statedPeriod : horizonMonths;
  if (brief.budget && periodMonths !== statedPeriod) {
    warnings.push({
      code: 'input_adjusted',
      message: phrases.constraintAdjusted('budget.periodMonths', String(statedPeriod), String(periodMonths)),
      refs: [],
    });
  }
  const total = round2(clamp((amount * horizonMonths) / periodMonths, 0, LIMITS.moneyMax));
  if (overridden) assumptions.push(phrases.budgetReplaced(amount, currency));
  assumptions.push(phrases.budgetStated(amount, currency, periodMonths, total, horizonMonths));
  return { amount, periodMonths, total };
}

function resolveCapacity(
  brief: Brief,
  overrides: ConstraintOverrides,
  phrases: Phrases,
  assumptions: string[],
  warnings: RoadmapWarning[],
): number | null {
  if ('capacityDays' in overrides && overrides.capacityDays !== undefined) {
    const raw = overrides.capacityDays;
    if (raw === null) {
      assumptions.push(phrases.capacityNone());
      return null;
    }
    if (isFiniteNumber(raw)) {
      const days = round2(clamp(raw, 0, LIMITS.capacityDaysPerMonthMax));
      if (days !== raw) {
        warnings.push({
          code: 'input_adjusted',
          message: phrases.constraintAdjusted('capacityDays', String(raw), String(days)),
          refs: [],
        });
      }
      assumptions.push(phrases.capacityReplaced(days));
      return days;
    }
    warnings.push({
      code: 'input_adjusted',
      message: phrases.constraintAdjusted('capacityDays', String(raw), '—'),
      refs: [],
    });
  }
  const hours = brief.capacity?.hoursPerWeek;
  const people = brief.capacity?.people;
  if (isFiniteNumber(hours) && hours > 0) {
    const days = round2(clamp((hours / HOURS_PER_DAY) * WEEKS_PER_MONTH, 0, LIMITS.capacityDaysPerMonthMax));
    assumptions.push(phrases.capacityFromHours(hours, days));
    return days;
  }
  if (isFiniteNumber(people) && people > 0) {
    const days = round2(
      clamp(
        ((people * HOURS_PER_PERSON_WEEK) / HOURS_PER_DAY) * WEEKS_PER_MONTH,
        0,
        LIMITS.capacityDaysPerMonthMax,
      ),
    );
    assumptions.push(phrases.capacityFromPeople(people, days));
    return days;
  }
  assumptions.push(phrases.capacityNone());
  return null;
}

const PROFILES: readonly Profile[] = ['executive', 'cmo', 'smb'];

function resolveProfile(
  brief: Brief,
  overrides: ConstraintOverrides,
  phrases: Phrases,
  assumptions: string[],
): Profile {
  if (overrides.profile && PROFILES.includes(overrides.profile)) {
    assumptions.push(phrases.profileReplaced(overrides.profile));
    return overrides.profile;
  }
  if (brief.profile && PROFILES.includes(brief.profile)) {
    assumptions.push(phrases.profileStated(brief.profile));
    return brief.profile;
  }
  // No profile: a team of more than two is run like a marketing department, anything smaller like a small business.
  const people = brief.capacity?.people;
  const known = isFiniteNumber(people) ? people : null;
  const profile: Profile = known !== null && known > 2 ? 'cmo' : 'smb';
  assumptions.push(phrases.profileInferred(profile, known));
  return profile;
}

/**
 * An override equal to what the brief already gives is no override: a replan that restates the brief's own
 * constraints reproduces the draft's roadmap byte for byte (no "set by replan" note).
 */
function withoutRestated(
  brief: Brief,
  overrides: ConstraintOverrides,
  phrases: Phrases,
): ConstraintOverrides {
  const kept: ConstraintOverrides = { ...overrides };
  if (kept.budget !== undefined && kept.budget === (brief.budget?.amount ?? null)) delete kept.budget;
  if (kept.capacityDays !== undefined && kept.capacityDays === resolveCapacity(brief, {}, phrases, [], [])) {
    delete kept.capacityDays;
  }
  if (kept.profile !== undefined && kept.profile === resolveProfile(brief, {}, phrases, []))
    delete kept.profile;
  return kept;
}

/**
 * Committed spend over the plan: a one-off counts in full, a recurring amount for every period the plan runs
 * ("£18k a month on Meta" is £216k over a 12-month plan, the spend running this year, as the budget is scaled).
 */
function committedSpend(brief: Brief, horizonMonths: number): ResolvedConstraints['committed'] {
  const items = (brief.committedSpend ?? []).flatMap((item) => {
    if (!isFiniteNumber(item?.amount) || item.amount <= 0) return [];
    const period = isFiniteNumber(item.periodMonths) && item.periodMonths > 0 ? item.periodMonths : null;
    const share = period === null ? 1 : horizonMonths / period;
    return [
      { what: String(item.what ?? ''), amount: round2(Math.min(item.amount, LIMITS.moneyMax) * share) },
    ];
  });
  return { cents: items.reduce((sum, item) => sum + toHundredths(item.amount), 0), items };
}

export function resolveConstraints(
  brief: Brief,
  requested: ConstraintOverrides,
  currency: string,
  phrases: Phrases,
  deductions: PlanDeductions = { frozenMonths: 0, spentCents: 0 },
): ResolvedConstraints {
  const overrides = withoutRestated(brief, requested, phrases);
  const assumptions: string[] = [];
  const warnings: RoadmapWarning[] = [];
  const horizonMonths = resolveHorizonMonths(brief, overrides, phrases, warnings);
  assumptions.push(phrases.horizonStated(horizonMonths));
  const budget = resolveBudget(brief, overrides, horizonMonths, currency, phrases, assumptions, warnings);
  const capacityDaysPerMonth = resolveCapacity(brief, overrides, phrases, assumptions, warnings);
  const profile = resolveProfile(brief, overrides, phrases, assumptions);

  const committed = committedSpend(brief, horizonMonths);
  const frozen = Math.min(Math.max(0, Math.floor(deductions.frozenMonths)), horizonMonths);
  // What is left to plan: the budget less what is committed and what was spent; spread over the open months only.
  const totalCents =
    budget.total === null
      ? null
      : Math.max(0, toHundredths(budget.total) - committed.cents - Math.max(0, deductions.spentCents));
  const openMonths = horizonMonths - frozen;
  const cumulative = (month: number) =>
    totalCents === null || month <= frozen || openMonths <= 0
      ? 0
      : month >= horizonMonths
        ? totalCents
        : Math.floor((totalCents * (month - frozen)) / openMonths);
  const perMonth = capacityDaysPerMonth === null ? null : toHundredths(capacityDaysPerMonth);

  const horizons = horizonBounds(horizonMonths).map(({ id, start, end }) => ({
    id,
    label: phrases.horizonLabel(id),
    startMonth: start,
    endMonth: end,
    allotCents: totalCents === null ? null : cumulative(end) - cumulative(start),
    capacityHundredths: perMonth === null ? null : perMonth * Math.max(0, end - Math.max(start, frozen)),
    wipLimit: WIP_PER_QUARTER[profile] * Math.max(1, Math.round((end - start) / 3)),
  }));

  return {
    constraints: {
      budget: budget.amount,
      budgetTotal: budget.total,
      currency,
      budgetPeriodMonths: budget.periodMonths,
      capacityDaysPerMonth,
      horizonMonths,
      profile,
      committedSpend: committed.cents / 100,
      spentToDate: Math.max(0, deductions.spentCents) / 100,
      budgetAvailable: totalCents === null ? null : totalCents / 100,
      busyMonths: [
        ...new Set(
          (brief.calendar?.busyMonths ?? []).filter((m) => Number.isInteger(m) && m >= 1 && m <= 12),
        ),
      ].sort((a, b) => a - b),
    },
    committed,
    horizons,
    profile,
    assumptions,
    warnings,
  };
}
