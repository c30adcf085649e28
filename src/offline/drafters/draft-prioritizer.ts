// The prioritizer drafter: candidate actions built on what the brief says exists and on what each goal needs,
// sized from the catalogue, with KPIs from the goals' increments or from benchmark rows.
import type { Brief } from '../../../agents/brief.js';
import type { Journey } from '../../../agents/journey.js';
import type { Personas } from '../../../agents/personas.js';
import type { Positioning } from '../../../agents/positioning.js';
import type { CandidateAction, Prioritizer } from '../../../agents/prioritizer.js';
import type { Swot } from '../../../agents/swot.js';
import { fold, hasWord, KNOWLEDGE } from '../../knowledge/index.js';
import { type Candidate, selectCandidates } from './candidates.js';
import { personaIdsFor } from './draft-personas.js';
import { swotIdsFor } from './draft-swot.js';
import {
  AMPLE_CAPACITY_DAYS,
  deriveFacts,
  type Facts,
  fill,
  money,
  monthNames,
  number,
  pastesBrief,
  roundHuman,
} from './facts.js';
import { halfOf, kpiFor, type Sized } from './kpis.js';

/** Names that say only what kind of asset it is, not which one. */
const GENERIC_NAMES = [
  'community',
  'communaute',
  'partners',
  'partenaires',
  'distributors',
  'distributeurs',
  'reseau',
  'network',
  'installed base',
  'parc installe',
  'customer base',
  'base clients',
  'clients existants',
  'existing customers',
];
const AUDIENCES = ['contact_list', 'community', 'customer_base'];
const IMPACT_STEPS = [0.25, 0.5, 1, 2, 3] as const;

export function draftPrioritizer(
  brief: Brief,
  swot: Swot,
  personas: Personas,
  _positioning: Positioning,
  _journey: Journey,
): Prioritizer {
  const facts = deriveFacts(brief);
  const candidates = selectCandidates(facts);
  const sized = candidates.map((candidate) => size(facts, candidate));
  const ids = candidates.map((_, index) => `A${index + 1}`);
  const actions = sized.map((s, index): CandidateAction => {
    const { channel, goals } = s.candidate;
    const { kpi, goal } = kpiFor(facts, s, sized);
    const months = Math.max(1, Math.ceil((kpi.timeframeMonths ?? channel.runMonths) / 2));
    const half = halfOf(facts, kpi);
    return {
      id: ids[index]!,
      title: titleFor(facts, s.candidate),
      description: describe(facts, s, goal),
      goalIds: goals.map((g) => g.id),
      personaIds: personaIdsFor(facts, personas, s.candidate),
      stages: [...channel.stages],
      swotIds: swotIdsFor(swot, facts, s.candidate),
      channel: channel.label[facts.lang],
      reach: roundHuman(s.reach),
      impact: impactOf(s.candidate, candidates),
      confidence: confidenceOf(facts, s.candidate),
      effortDays: effortOf(facts, s.candidate),
      cost: s.cost,
      currency: facts.currency,
      dependsOn: channel.requires
        .map((required) => ids[candidates.findIndex((c) => c.channel.id === required)])
        .filter((id): id is string => id !== undefined),
      kpi,
      killCriterion:
        channel.id === 'tracking'
          ? null
          : half === null
            ? facts.t('killMovement', { month: months })
            : facts.t('killHalf', { month: months, half }),
    };
  });
  return { actions };
}

function size(facts: Facts, candidate: Candidate): Sized {
  const { channel, existing, mode } = candidate;
  const tier = facts.tier ?? 'small';
  // Business outreach reaches companies, not consumers, whatever the company's own model.
  const forBusiness =
    channel.intents[0] === 'b2b_deals' &&
    candidate.goals.some((goal) => facts.intentOf(goal) === 'b2b_deals');
  const factor = forBusiness
    ? Math.min(facts.model.reachFactor, KNOWLEDGE.models[0]!.reachFactor)
    : facts.model.reachFactor;
  const perRun = (channel.reachPerQuarter[tier] * factor * channel.runMonths) / 3;
  // A list, an audience or a customer base the brief sizes is the reach; a count of reviews or shows is not.
  const audience = channel.kpi.base === 'list' || channel.assetKinds.some((kind) => AUDIENCES.includes(kind));
  const reach =
    audience && existing?.size && existing.size > 0
      ? existing.size
      : Math.max(perRun, channel.id === 'tracking' ? 0 : 10);
  // No single action takes more than 40 % of a stated monthly budget (assumption), unless its channel needs more to learn.
  const budget = facts.brief.budget;
  const ceiling =
    budget && budget.periodMonths > 0
      ? Math.max(0.4 * (budget.amount / budget.periodMonths), channel.minMonthly * facts.perEur)
      : Infinity;
  const monthly = existing?.committed ? 0 : Math.min(channel.monthlyCost[tier] * facts.perEur, ceiling);
  const cost = monthly > 0 ? roundHuman(monthly * channel.runMonths) : 0;
  const boost = mode === 'new' ? 1 : 2.5;
  return { candidate, reach, cost, weight: Math.sqrt(reach) * channel.impact * channel.confidence * boost };
}

/** What exists is worth more: an existing channel one impact step up, a dormant one the top (3); a goal's only lever 3. */
function impactOf(candidate: Candidate, all: readonly Candidate[]): number {
  const { channel, mode, goals } = candidate;
  let step = IMPACT_STEPS.indexOf(channel.impact);
  if (mode === 'build') step = Math.min(step + 1, 3);
  if (mode === 'revive') step = 4;
  const soleLever = goals.some((goal) => all.filter((c) => c.goals.includes(goal)).length === 1);
  if (soleLever) step = 4;
  return IMPACT_STEPS[Math.min(step, 4)]!;
}

function confidenceOf(facts: Facts, candidate: Candidate): number {
  let confidence = candidate.channel.confidence + { new: 0, build: 0.15, revive: 0.2 }[candidate.mode];
  if (facts.brief.maturity === 'beginner' && candidate.mode === 'new') confidence -= 0.1;
  return Math.round(Math.min(1, Math.max(0.5, confidence)) * 100) / 100;
}

/**
 * Person-days to set the action up and run its first quarter (its whole run when the team has ample time); building on what exists costs less (assumption: 40 %
 * less; restarting a dormant asset half: the audience is there, the work is one clean-up and one message). A small team gets the light version: no action takes more than half a quarter of the stated capacity.
 */
function effortOf(facts: Facts, candidate: Candidate): number {
  const { channel, mode } = candidate;
  let days = channel.effortDaysPerQuarter * { new: 1, build: 0.6, revive: 0.5 }[mode];
  // A team with time to spare runs recurring work (a monthly send, weekly posts, an outreach cadence) for its whole
  // run, not one quarter: its effort is counted over every month it runs.
  if ((facts.capacityDays ?? 0) >= AMPLE_CAPACITY_DAYS && channel.runMonths > 3)
    days *= channel.runMonths / 3;
  const capacity = facts.brief.capacity;
  if (capacity && capacity.hoursPerWeek > 0) days = Math.min(days, (capacity.hoursPerWeek * 13) / 7 / 2);
  return Math.max(0.5, Math.round(days * 2) / 2);
}

/** The first title alternative whose slots are known and that pastes no fragment of the brief. */
function titleFor(facts: Facts, candidate: Candidate): string {
  const { channel, mode, existing } = candidate;
  const variants =
    (mode !== 'new' && channel.title[mode]) ||
    (mode === 'revive' && channel.title.build) ||
    channel.title.new;
  // The brief's own names are clean slots when short (a domain's dot is no sentence end: "Coworker.com listing"); a
  // review of uncatalogued channels names them all.
  const names = existing ? [existing.name, ...existing.names.filter((n) => n !== existing.name)] : [];
  // A name that only repeats the channel's own word ("community", "partenaires") adds nothing to a title;
  // a platform's name ("Instagram") does.
  const generic = new Set(
    [channel.label.fr, channel.label.en, ...GENERIC_NAMES].map((word) => fold(word).trim()),
  );
  const short = names.filter(
    (n) => n.split(' ').length <= 3 && !/[!?;:]|\.(?!\w)/.test(n) && !generic.has(fold(n).trim()),
  );
  const name = channel.id === 'existing_review' ? short.slice(0, 3).join(', ') || null : (short[0] ?? null);
  const slots: Record<string, string> = { company: facts.company };
  const countries = targetCountries(facts, candidate);
  // A title aimed at other countries does not also name the home city.
  if (facts.city && countries.length === 0) slots.city = facts.city;
  if (facts.segment) slots.segment = facts.segment;
  if (existing?.size) slots.size = number(facts, existing.size);
  if (name) slots.name = name;
  // Several things of one kind the brief names ("YouTube, research report"), for a title that lists them.
  if (short.length > 0) slots.names = short.slice(0, 3).join(', ');
  const withNoun = { ...slots, company: facts.noun };
  // Building on what exists first; the catalogue's wording for a new action when a slot is missing; the company's
  // name before the sector's noun.
  const wordings = [...variants[facts.lang], ...channel.title.new[facts.lang]];
  const options = [...wordings.map((v) => fill(v, slots)), ...wordings.map((v) => fill(v, withNoun))];
  const title =
    options.find((text) => !text.includes('{') && !pastesBrief(facts, text)) ??
    options.find((text) => !text.includes('{')) ??
    fill(channel.title.new[facts.lang].at(-1)!, withNoun);
  const capital = title.charAt(0).toUpperCase() + title.slice(1);
  // The goal's countries, as many as read without repeating the brief's own list word for word.
  const suffixes = [3, 2, 1].map((n) => `${capital} — ${countries.slice(0, n).join(', ')}`);
  if (countries.length === 0) return capital;
  return suffixes.find((text) => !pastesBrief(facts, text)) ?? capital;
}

/**
 * The countries an action aims at: its goals' countries for a channel that can reach abroad, but never on something
 * the brief already has (a festival at home, the shows it attends, its stockists), which has its own place.
 */
function targetCountries(facts: Facts, candidate: Candidate): string[] {
  if (candidate.existing && candidate.mode !== 'new') return [];
  return candidate.channel.intents.includes('international') ? countriesOf(facts, candidate.goals) : [];
}

/** Country or region names a goal writes with a capital: one of the brief's markets, or one the intent table knows. */
function countriesOf(facts: Facts, goals: readonly Brief['goals'][number][]): string[] {
  const words = [
    ...(KNOWLEDGE.intents.find((intent) => intent.id === 'international')?.words ?? []),
    ...facts.brief.company.markets,
  ];
  const names = goals.flatMap(
    (goal) =>
      goal.statement.match(/\p{Lu}[\p{L}-]+(?:\s(?:(?:du|de|des|of|the)\s)?\p{Lu}[\p{L}-]+)?/gu) ?? [],
  );
  // "Growing UK" at the start of a sentence is the UK: a capitalised verb before the country is dropped.
  const place = (name: string) =>
    words.some((word) => fold(word).trim() === fold(name).trim())
      ? name
      : (name.split(/\s+/).find((part) => words.some((word) => fold(word).trim() === fold(part).trim())) ??
        name);
  return [...new Set(names.filter((name) => words.some((word) => hasWord(fold(name), word))).map(place))];
}

function describe(facts: Facts, sized: Sized, kpiGoal: Brief['goals'][number] | null): string {
  const { t } = facts;
  const { channel, mode, existing, goals } = sized.candidate;
  const parts = [channel.description[facts.lang]];
  for (const goal of goals.length > 0 ? goals : kpiGoal ? [kpiGoal] : []) {
    parts.push(t('servesGoal', { goal: goal.id, statement: goal.statement }));
  }
  if (existing) {
    const figure = existing.size
      ? ` (${number(facts, existing.size)}${existing.metric ? ` ${existing.metric}` : ''})`
      : '';
    const others = existing.names.filter((n) => n !== existing.name);
    parts.push(t('buildsOn', { what: [`${existing.name}${figure}`, ...others].join(', ') }));
    if (mode === 'revive') parts.push(t('dormantWin'));
    if (existing.committed) parts.push(t('committed', { what: existing.committed }));
  }
  const countries = targetCountries(facts, sized.candidate);
  if (countries.length > 0) parts.push(t('countries', { countries: countries.join(', ') }));
  if (sized.cost > 0) {
    parts.push(
      t('costEstimate', {
        amount: money(facts, roundHuman(sized.cost / channel.runMonths)),
        months: channel.runMonths,
      }),
    );
    if (facts.tier === null) parts.push(t('costUnknownBudget'));
  }
  if (facts.brief.calendar.busyMonths.length > 0 && channel.id !== 'tracking') {
    parts.push(t('busyMonths', { months: monthNames(facts, facts.brief.calendar.busyMonths) }));
  }
  return parts.join(' ');
}
