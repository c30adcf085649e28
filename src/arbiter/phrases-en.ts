// The arbiter's sentences in English.
import { formatNumber } from './numbers.js';
import type { AdjustmentRule, NumericField, Phrases, ReferenceKind, RoomDetail } from './phrases.js';

const n = (value: number) => formatNumber(value, 'en');
const list = (ids: readonly string[]) => ids.join(', ');

const FIELD: Record<NumericField, string> = {
  reach: 'reach',
  impact: 'impact',
  confidence: 'confidence',
  effortDays: 'effort (days)',
  cost: 'cost',
};

const RULE: Record<AdjustmentRule, string> = {
  not_a_number: 'missing or not a number',
  negative: 'negative',
  below_minimum: 'below the minimum',
  above_maximum: 'above the maximum',
  snapped: 'snapped to the RICE scale 0.25/0.5/1/2/3',
  percent: 'read as a percentage',
};

const KIND: Record<ReferenceKind, string> = {
  goal: 'goal',
  persona: 'persona',
  stage: 'journey stage',
  swot: 'SWOT item',
  dependency: 'dependency',
};

const left = (value: number | null, unit: string) =>
  value === null ? 'no limit' : `${n(value)} ${unit} left`;

export const PHRASES_EN: Phrases = {
  horizonLabel: (id) => ({ now: 'Now', next: 'Next', later: 'Later' })[id],
  adjustment: (field, from, to, rule) => `${FIELD[field]} ${String(from)} → ${n(to)} (${RULE[rule]})`,
  formula: 'score = reach × impact × confidence ÷ effortDays × goalWeight × profileWeight',
  rules: ({ wip, threshold, horizons }) => [
    'RICE: reach per quarter × impact × confidence ÷ effort in person-days, then × the weight of the goal served (the best one if several) × the profile weight for that goal kind.',
    'Missing, negative or non-numeric reach and cost count as 0; effort below 0.5 day counts as 0.5 day and is capped at 10,000 days; confidence is read as a percentage above 1 and kept within 0.5–1; impact snaps to 0.25/0.5/1/2/3 (the lower step on a tie); money is capped at 1,000,000,000,000.',
    'A goal id written with another case is repaired; an action naming no valid goal takes the only goal when there is one, or the goals of the actions that depend on it; otherwise it is excluded.',
    'Actions sharing an id are told apart by a suffix (A3 → A3b); actions in the same channel with the same title words are merged, the better score kept.',
    `Horizons: ${horizons.map((h) => `${h.label} months ${h.start}–${h.end}`).join(', ')} (0–3, 3–6, 6–end; a plan of 6 months or less is split in thirds). The budget is spread by months and what a horizon does not spend rolls forward; capacity does not roll forward.`,
    `Work in progress per horizon: ${wip} per quarter of the horizon.`,
    'Each goal first gets its best feasible action, then the rest is filled by score; an action goes in the earliest horizon where budget, capacity and work in progress allow, never before its dependencies.',
    `An action scoring under ${n(threshold)} (1% of the best score among actions that fit the budget and capacity) is left out, unless a kept action depends on it.`,
    'Ties are broken by action id.',
  ],

  budgetStated: (amount, currency, periodMonths, total, horizonMonths) =>
    `Budget: ${n(amount)} ${currency} per ${n(periodMonths)} months, that is ${n(total)} ${currency} over the ${horizonMonths}-month plan.`,
  budgetNone: () => 'No budget stated: costs are shown but not limited. State a budget to have it enforced.',
  budgetReplaced: (amount, currency) => `Budget set by replan to ${n(amount)} ${currency}.`,
  budgetRemoved: () => 'Budget limit removed by replan: costs are shown but not limited.',
  capacityFromHours: (hours, days) =>
    `Capacity: ${n(hours)} hours a week ÷ 7 hours a day × 4.33 weeks a month = ${n(days)} person-days a month.`,
  capacityFromPeople: (people, days) =>
    `Capacity: ${n(people)} people × 35 hours a week (no hours stated) = ${n(days)} person-days a month.`,
  capacityNone: () => 'No team capacity stated: effort is shown but not limited.',
  capacityReplaced: (days) => `Capacity set by replan to ${n(days)} person-days a month.`,
  profileStated: (profile) => `Profile: ${profile}.`,
  profileInferred: (profile, people) =>
    `No profile stated: ${profile} assumed from a team of ${people === null ? 'unknown size' : n(people)}.`,
  profileReplaced: (profile) => `Profile set by replan to ${profile}.`,
  horizonStated: (months) => `Planning horizon: ${months} months.`,
  currencyFallback: (currency, from) =>
    from === 'pricing'
      ? `No budget currency in the brief: ${currency} taken from the pricing.`
      : `No currency in the brief or the pricing: ${currency} assumed.`,
  noGoals: () => 'The brief states no goal: actions are ranked on RICE alone (goal weight 1).',
  constraintAdjusted: (what, from, to) => `${what} ${from} is out of range: ${to} used instead.`,

  referenceRepaired: (id, kind, from, to) => `${id}: ${KIND[kind]} ${from} read as ${to}.`,
  referenceDropped: (id, kind, ref) => `${id}: ${KIND[kind]} ${ref} does not exist and was dropped.`,
  goalFromOnlyGoal: (id, goalId) => `${id} names no valid goal: attached to the only goal, ${goalId}.`,
  goalInherited: (id, goalIds, fromIds) =>
    `${id} names no valid goal: it serves ${list(goalIds)} through ${list(fromIds)}, which depend on it.`,
  idRenamed: (originalId, newId) =>
    `Two actions shared the id ${originalId}: one is now ${newId}; references to ${originalId} point to the other.`,
  idAssigned: (newId, title) => `The action "${title}" had no id: it is now ${newId}.`,
  duplicateMerged: (droppedId, keptId) =>
    `${droppedId} repeats ${keptId} (same channel, same title): ${keptId} kept.`,
  dependencyRedirected: (id, from, to) => `${id} depended on ${from}, a duplicate: it now depends on ${to}.`,
  inputsAdjusted: (id, adjustments) => `${id}: ${adjustments.join('; ')}.`,

  goalUncovered: (goalId, statement, candidates) =>
    candidates === 0
      ? `No action serves goal ${goalId} ("${statement}").`
      : `Goal ${goalId} ("${statement}") has ${candidates} candidate action(s) but none fits the plan.`,
  personaUnserved: (personaId, name, candidates) =>
    candidates === 0
      ? `No action targets the primary persona ${personaId} (${name}).`
      : `The primary persona ${personaId} (${name}) is only targeted by actions left out of the plan.`,
  threatUnanswered: (threatId, statement) => `No planned action answers threat ${threatId} ("${statement}").`,
  differentiatorUnsupported: (statement, cited) =>
    cited.length === 0
      ? `The differentiator "${statement}" cites no strength.`
      : `The differentiator "${statement}" cites ${list(cited)}, none of them an existing strength (S).`,
  actionCurrency: (id, currency, expected) =>
    `${id} is costed in ${currency}, not ${expected}: its cost is taken as is, in ${expected}.`,
  pricingCurrency: (currency, expected) => `The pricing is in ${currency}, the brief in ${expected}.`,
  tierCurrency: (tier, currency, expected) =>
    `The price tier "${tier}" is in ${currency}, the brief in ${expected}.`,

  overBudget: (r: RoomDetail) =>
    `Costs ${n(r.cost)} ${r.currency}; even in ${r.horizonLabel} only ${n(r.budgetLeft ?? 0)} ${r.currency} is left.`,
  overCapacity: (r) =>
    `Needs ${n(r.effortDays)} person-days; even in ${r.horizonLabel} there are ${left(r.capacityLeft, 'person-days')}.`,
  wipLimit: (r) =>
    `${r.horizonLabel} already holds its ${r.wipLimit} actions in progress, and earlier horizons had no room either.`,
  dependencyDeferred: (deps) => `Waits for ${list(deps)}, which cannot be scheduled yet.`,
  dependencyExcluded: (deps) => `Depends on ${list(deps)}, left out of the plan.`,
  dependencyCycle: (cycle) => `Its dependencies go round in a circle (${list(cycle)}): none can start first.`,
  noGoal: () => "Serves none of the brief's goals.",
  invalidReference: (refs) => `Names only goals that do not exist (${list(refs)}).`,
  duplicate: (keptId) => `Repeats ${keptId} (same channel, same title), which scores at least as well.`,
  belowThreshold: (score, threshold) =>
    score <= 0
      ? 'Scores 0: it reaches (almost) nobody, so there is nothing to gain.'
      : `Scores ${n(score)}, under the threshold of ${n(threshold)}: not worth the effort.`,

  rationale: (s) => {
    const why =
      s.via === 'coverage'
        ? `Best feasible action for goal ${s.goalId}${s.goalStatement ? ` "${s.goalStatement}"` : ''}`
        : s.via === 'dependency'
          ? `Needed first by ${s.neededBy}`
          : `Ranked ${s.rank} of ${s.rankedCount} by score`;
    const score = `score ${n(s.score)} = RICE ${n(s.rice)} × goal ${n(s.goalWeight)} × profile ${n(s.profileWeight)}`;
    const pushed = s.pushedBy.map((p) => `${p.horizonLabel}: ${CODE_EN[p.code]}`).join(', ');
    const where = s.afterDependency
      ? `in ${s.horizonLabel}, after ${s.afterDependency.id} (${s.afterDependency.horizonLabel})`
      : `in ${s.horizonLabel}`;
    const enabler = s.enabler ? '; kept although its own score is low, because another action needs it' : '';
    return `${why}: ${score}; placed ${where}${pushed ? ` because ${pushed}` : ''}${enabler}.`;
  },

  movedIn: (label, why) => `Now in ${label}: ${why}`,
  movedOut: (where, why) =>
    where === 'gone'
      ? 'No longer proposed by the prioritizer.'
      : `${where === 'deferred' ? 'Deferred' : 'Left out'}: ${why}`,
  movedHorizon: (from, to, why) => `Moved from ${from} to ${to}: ${why}`,
};

const CODE_EN: Record<'over_budget' | 'over_capacity' | 'wip_limit', string> = {
  over_budget: 'no budget left',
  over_capacity: 'no capacity left',
  wip_limit: 'work in progress at its limit',
};
