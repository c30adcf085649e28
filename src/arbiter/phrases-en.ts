// The arbiter's sentences in English.
import { moneyText } from './money-text.js';
import { formatNumber } from './numbers.js';
import type {
  ActionFacts,
  AdjustmentRule,
  NumericField,
  Phrases,
  PlacementStory,
  ReferenceKind,
  RoomDetail,
} from './phrase-types.js';
import { figureOf, formatGrouped } from './reason-facts.js';
import type { OpenQuestionTopic } from './roadmap.js';

const n = (value: number) => formatNumber(value, 'en');
/** "$600", "£600", "€600" as the rest of the document writes money, never "600 EUR". */
const m = (value: number, currency: string) => moneyText(value, currency, 'en');
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
    `Budget: ${m(amount, currency)} ${periodMonths === 1 ? 'a month' : `per ${n(periodMonths)} months`}, that is ${m(total, currency)} over the ${horizonMonths}-month plan.`,
  budgetNone: () => 'No budget stated: costs are shown but not limited. State a budget to have it enforced.',
  budgetReplaced: (amount, currency) => `Budget set by replan to ${m(amount, currency)}.`,
  budgetRemoved: () => 'Budget limit removed by replan: costs are shown but not limited.',
  capacityFromHours: (hours, days) =>
    `Capacity: ${n(hours)} hours a week ÷ 7 hours a day × 4.33 weeks a month = ${n(days)} person-days a month.`,
  capacityFromPeople: (people, days) =>
    `Capacity: ${n(people)} people × 35 hours a week (no hours stated) = ${n(days)} person-days a month.`,
  capacityNone: () => 'No team capacity stated: effort is shown but not limited.',
  capacityReplaced: (days) => `Capacity set by replan to ${n(days)} person-days a month.`,
  profileStated: (profile) => `Profile: ${profileName(profile)}.`,
  profileInferred: (profile, people) =>
    `No profile stated: ${profileName(profile)} assumed from a team of ${people === null ? 'unknown size' : n(people)}.`,
  profileReplaced: (profile) => `Profile chosen with --profile: ${profileName(profile)}.`,
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
      : `Goal ${goalId} ("${statement}") has ${candidates} candidate action${candidates === 1 ? '' : 's'} but none fits the plan.`,
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
    `Costs ${m(r.cost, r.currency)}; even in ${r.horizonLabel} only ${m(r.budgetLeft ?? 0, r.currency)} is left.`,
  overCapacity: (r) =>
    `Needs ${n(r.effortDays)} days of work; the team's time is taken up to the end of the plan (${left(r.capacityLeft, 'days')} in ${r.horizonLabel}).`,
  wipLimit: (r) =>
    `${r.horizonLabel} already runs its ${r.wipLimit} actions at once, and earlier periods had no room either: more at once would spread the team too thin.`,
  dependencyDeferred: (deps) => `Waits for ${list(deps)}, which cannot be scheduled yet.`,
  dependencyExcluded: (deps) => `Depends on ${list(deps)}, left out of the plan.`,
  dependencyCycle: (cycle) => `Its dependencies go round in a circle (${list(cycle)}): none can start first.`,
  noGoal: () => "Serves none of the brief's goals.",
  invalidReference: (refs) => `Names only goals that do not exist (${list(refs)}).`,
  duplicate: (keptId) => `Repeats ${keptId} (same channel, same title), which scores at least as well.`,
  belowThreshold: (score, _threshold) =>
    score <= 0
      ? 'It reaches (almost) nobody, so there is nothing to gain.'
      : "Too little expected return for the work it needs (under 1% of the best action's): not worth the effort now.",

  rationale: (s) => {
    const f = s.facts;
    // The business reason first (the goal, the lever, what exists already, the constraint); the rank at most as a tail.
    const lead =
      s.via === 'coverage'
        ? `First lever for ${goalRef(s.goalId, s.goalStatement)}${f ? leverClauseEn(f, ': ') : ''}`
        : s.via === 'dependency'
          ? `Needed first by ${s.neededBy}${f?.neededByTitle ? ` (${short(f.neededByTitle)})` : ''}${f ? leverClauseEn(f, ': ') : ''}`
          : `${servesEn(f)}${f ? leverClauseEn(f, f.goals.length > 0 ? ' ' : '') : ''}`;
    const spend = f ? spendEn(f) : '';
    const after = s.afterDependency
      ? `after ${s.afterDependency.id}${depTitle(f, s.afterDependency.id)} (${s.afterDependency.horizonLabel})`
      : '';
    const pushed = pushedEn(s.pushedBy);
    const rank =
      s.via === 'coverage' && f && f.goalCandidates > 1
        ? ` (best of ${f.goalCandidates} candidates for this goal)`
        : s.via === 'score' && s.rankedCount > 1
          ? ` (${ordinal(s.rank)} of ${s.rankedCount} on return for the work)`
          : '';
    const where = `placed in ${s.horizonLabel}${after ? `, ${after}` : ''}${pushed ? `, because ${pushed}` : ''}${rank}`;
    const enabler = s.enabler ? '; kept although its own return is low, because another action needs it' : '';
    const opening = lead.trim() === '' ? '' : `${capitalise(lead)}${spend ? `, ${spend}` : ''}. `;
    return `${opening}${capitalise(where)}${enabler}.`;
  },

  openQuestion: (topic, goal) => QUESTIONS_EN[topic](goal ? goalRef(goal.id, goal.statement) : 'this goal'),

  movedIn: (label, why) => `Now in ${label}: ${why}`,
  movedOut: (where, why) =>
    where === 'gone'
      ? 'No longer proposed by the prioritizer.'
      : `${where === 'deferred' ? 'Deferred' : 'Left out'}: ${why}`,
  movedHorizon: (from, to, why) => `Moved from ${from} to ${to}: ${why}`,
};

const CODE_EN: Record<'over_budget' | 'over_capacity' | 'wip_limit', string> = {
  over_budget: 'the budget is spent',
  over_capacity: "the team's time is taken",
  wip_limit: 'enough actions already run at once',
};

/** The reader's role in words; an unknown value is shown as given. */
const profileName = (profile: string) =>
  ({ executive: 'executive', cmo: 'marketing lead (CMO)', smb: 'small business / freelancer' })[profile] ??
  profile;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A goal statement cut at a word near 80 characters, so a pasted paragraph does not swamp the sentence. */
function short(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

const goalRef = (id: string | null, statement: string | null) =>
  id === null ? 'its goal' : `goal ${id}${statement ? ` (“${short(statement)}”)` : ''}`;

function ordinal(rank: number): string {
  const tens = rank % 100;
  if (tens >= 11 && tens <= 13) return `${rank}th`;
  return `${rank}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th'}`;
}

/** Ids only: the goals' statements are in the goal table, and repeating them in every row buries the reason. */
function servesEn(f: ActionFacts | undefined): string {
  if (!f || f.goals.length === 0) return '';
  return `serves ${f.goals.map((g) => g.id).join(' and ')}`;
}

/** The lever after the goal: "by building on Newsletter (2,400 subscribers)", "through Meta ads". */
function leverClauseEn(f: ActionFacts, joiner: string): string {
  const b = f.builtOn;
  if (b) {
    const figure = figureOf(b, (v) => formatGrouped(v, 'en'));
    const verb =
      joiner === ': '
        ? b.dormant
          ? 'reactivates'
          : 'builds on'
        : b.dormant
          ? 'by reactivating'
          : 'by building on';
    return `${joiner}${verb} ${b.name}${figure}${b.dormant ? ', unused today' : ''}`;
  }
  return f.channel.trim() === '' ? '' : `${joiner}through ${f.channel.trim()}`;
}

/** Only that it needs no money: the cost itself, and whether a budget caps it, are said once elsewhere. */
function spendEn(f: ActionFacts): string {
  return f.cost <= 0 ? 'with no spend' : '';
}

/** "the team's time is taken in Now and Next": one clause per rule, its horizons together. */
function pushedEn(pushedBy: PlacementStory['pushedBy']): string {
  const byCode = new Map<string, string[]>();
  for (const p of pushedBy) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p.horizonLabel]);
  return [...byCode]
    .map(([code, labels]) => `${CODE_EN[code as keyof typeof CODE_EN]} in ${labels.join(' and ')}`)
    .join(', and ');
}

function depTitle(f: ActionFacts | undefined, id: string): string {
  const title = f?.dependencies.find((d) => d.id === id)?.title;
  return title ? ` (${short(title, 60)})` : '';
}

const QUESTIONS_EN: Record<OpenQuestionTopic, (goal: string) => { question: string; why: string }> = {
  goals: () => ({
    question: 'Which goal matters most over the plan, with a number and a date?',
    why: 'With no goal, actions are ranked on reach and effort alone; a goal with a number sets the priorities and the KPI targets.',
  }),
  budget: () => ({
    question: 'What is your marketing budget, and for what period (a month, a year)?',
    why: 'Costs are shown but not capped: a budget decides what fits in each period and what waits.',
  }),
  capacity: () => ({
    question: 'How many hours a week can you (or your team) give to marketing?',
    why: 'Effort is shown but not limited: the hours decide how many actions run at once and the week-by-week pace.',
  }),
  goal_target: (goal) => ({
    question: `What figure, by when, would tell you that ${goal} is reached?`,
    why: 'Until the goal has a number, the KPI targets of its actions are Boussole estimates.',
  }),
  goal_figure: (goal) => ({
    question: `What figure would tell you that ${goal} is reached?`,
    why: 'Until the goal has a number, the KPI targets of its actions are Boussole estimates.',
  }),
  goal_baseline: (goal) => ({
    question: `What is today's figure for ${goal}?`,
    why: "Targets are set as growth over today's figure; without it they stay estimates.",
  }),
  goal_horizon: (goal) => ({
    question: `By when should ${goal} be reached?`,
    why: 'The date decides how early its actions must start.',
  }),
  offer: () => ({
    question: 'What do you sell, in a few words?',
    why: 'Titles and messages then name your offer instead of a generic noun.',
  }),
  audience: () => ({
    question: 'Who buys from you, and which customers should the plan reach first?',
    why: 'Personas, channels and messages are chosen for them.',
  }),
  channels: () => ({
    question:
      'Which channels and assets do you already have (newsletter, reviews, social accounts, partners…), with a figure for each?',
    why: 'What already exists is built on first: it is usually the cheapest and fastest lever.',
  }),
  business_model: () => ({
    question: 'Do you sell to businesses, to consumers, or both?',
    why: 'Business and consumer plans use different channels and sales steps.',
  }),
  competitors: () => ({
    question: 'Who do your customers compare you with?',
    why: 'Positioning and comparison content need named alternatives.',
  }),
  calendar: () => ({
    question:
      'Which months are your busiest, and which dates must the plan meet (season, trade show, launch)?',
    why: 'Heavy work is kept out of busy months and actions are pulled ahead of deadlines.',
  }),
};
