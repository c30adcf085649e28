// The facts every drafter reasons on, derived once from a Brief: sector, model, budget, capacity, channel figures.
import type { Brief, BusinessModel } from '../../../agents/brief.js';
import { ASSUMED_HOURS_PER_WEEK, budgetTier, HOURS_PER_DAY, WEEKS_PER_MONTH } from '../knowledge/budget.js';
import { METRIC_RULES, type MetricKind } from '../knowledge/channel-metrics.js';
import type { ConstraintCue } from '../knowledge/constraints.js';
import { DEFAULT_CURRENCY, eurPerUnit } from '../knowledge/currencies.js';
import type { DifferentiatorCue } from '../knowledge/differentiators.js';
import type { BuyerFamily } from '../knowledge/journey-stages.js';
import {
  classifyMetric,
  findRefusal,
  matchChannel,
  matchConstraints,
  matchCues,
} from '../knowledge/lookup.js';
import { matchSector } from '../knowledge/match-sector.js';
import { type Phrasing, phrasingFor } from '../knowledge/phrasing/index.js';
import type { SectorKnowledge } from '../knowledge/sector-knowledge.js';
import { normaliseText } from '../knowledge/text-match.js';
import type { BudgetTier, ChannelId } from '../knowledge/types.js';
import { isMetaLine, isTitleLine } from '../reader/meta-lines.js';
import { shortenAudience, shortenOffer } from './shorten.js';

export interface ChannelFact {
  /** The channel's name as the brief writes it. */
  name: string;
  channelId: ChannelId | null;
  metric: string | null;
  value: number | null;
  kind: MetricKind | null;
  verdict: 'strong' | 'weak' | 'neutral';
  /** The value written for people (a CPC as money), or null when the brief gives none. */
  figure: string | null;
}

export interface BriefFacts {
  brief: Brief;
  t: Phrasing;
  company: string;
  sector: SectorKnowledge;
  model: BusinessModel;
  modelAssumed: boolean;
  family: BuyerFamily;
  currency: string;
  eurPerUnit: number;
  /** Budget per month and over the planning horizon, in the brief's currency; null without a budget. */
  budgetMonthly: number | null;
  budgetHorizon: number | null;
  tier: BudgetTier;
  hoursPerWeek: number;
  capacityAssumed: boolean;
  /** Person-days available over the planning horizon. */
  capacityDays: number;
  horizonMonths: number;
  offer: string;
  audience: string | null;
  market: string | null;
  platform: string;
  reviewSite: string | null;
  channels: ChannelFact[];
  cues: { cue: DifferentiatorCue; word: string }[];
  constraints: { cue: ConstraintCue; text: string }[];
  excludedChannels: ReadonlySet<ChannelId>;
  /** Assumptions the drafts rest on, phrased in the brief's language. */
  assumptions: string[];
}

const BUSINESS_FAMILIES: readonly BusinessModel[] = ['B2B', 'B2G'];

export function deriveFacts(brief: Brief): BriefFacts {
  const t = phrasingFor(brief.language);
  const { knowledge: sector } = matchSector(brief);
  const model = brief.company.businessModel ?? sector.defaultModel;
  const currency = (brief.budget?.currency ?? DEFAULT_CURRENCY[brief.language]).toUpperCase();
  const rate = eurPerUnit(currency);
  const horizonMonths = brief.horizonMonths > 0 ? brief.horizonMonths : 12;

  const budgetMonthly =
    brief.budget && brief.budget.amount > 0
      ? brief.budget.amount / Math.max(brief.budget.periodMonths, 1)
      : null;
  const hoursPerWeek = capacityHours(brief);
  const channels = brief.channels.map((channel) => channelFact(channel, sector, rate, currency, t));

  const assumptions: string[] = [];
  if (!brief.budget) assumptions.push(t.assumeNoBudget, t.assumeCurrency(currency));
  if (!brief.capacity) assumptions.push(t.assumeCapacity(ASSUMED_HOURS_PER_WEEK));
  if (brief.goals.length === 0) assumptions.push(t.assumeNoGoals);
  if (!brief.company.businessModel) assumptions.push(t.assumeModel(t.businessModel[model] || model));

  const constraints = matchConstraints(brief);
  // A goal may refuse a channel too: "30 % de réservations directes pour moins dépendre des plateformes".
  const refusals = [...brief.constraints, ...brief.goals.map((goal) => goal.statement)].map(findRefusal);
  const refusedPlatforms = new Set(refusals.flatMap((refusal) => refusal.platforms));
  const allowed = (name: string) => !refusedPlatforms.has(normaliseText(name).trim().split(' ')[0] ?? '');
  const social = channels.find((channel) => channel.channelId === 'social_organic' && allowed(channel.name));
  const defaultPlatform = BUSINESS_FAMILIES.includes(model) ? 'LinkedIn' : 'Instagram';
  const fallbackPlatform = allowed(defaultPlatform)
    ? defaultPlatform
    : BUSINESS_FAMILIES.includes(model)
      ? 'YouTube'
      : 'Facebook';
  const offerSource = offerWords(brief, sector);
  return {
    brief,
    t,
    company: brief.company.name,
    sector,
    model,
    modelAssumed: brief.company.businessModel === null,
    family: BUSINESS_FAMILIES.includes(model) ? 'business' : 'consumer',
    currency,
    eurPerUnit: rate,
    budgetMonthly,
    budgetHorizon: budgetMonthly === null ? null : budgetMonthly * horizonMonths,
    tier: budgetTier(budgetMonthly === null ? null : budgetMonthly * rate),
    hoursPerWeek,
    capacityAssumed: brief.capacity === null,
    capacityDays: (hoursPerWeek * WEEKS_PER_MONTH * horizonMonths) / HOURS_PER_DAY,
    horizonMonths,
    offer: shortenOffer(offerSource, 45),
    audience: brief.audience ? shortenAudience(brief.audience, 50) : null,
    market: brief.company.markets[0] ?? null,
    platform: social?.name ?? fallbackPlatform,
    reviewSite: channels.find((channel) => channel.channelId === 'reviews')?.name ?? null,
    channels,
    cues: matchCues(brief),
    constraints,
    // A cue ("pas de publicité") or a refusal naming the channel ("pas par Uber Eats") rules a channel out.
    excludedChannels: new Set([
      ...constraints.flatMap(({ cue }) => cue.excludes),
      ...refusals.flatMap((refusal) => refusal.channels),
    ]),
    assumptions,
  };
}

/**
 * The words that say what is sold, for titles ("Publicités Meta : pain au levain…"): the offer, unless it is a
 * price list ("Abonnement mensuel : Solo 29 €…", "Self-serve subscription (Free, Team…)"), which says how it
 * is sold; else the description, unless it is about the document ("notes pour le consultant - …"); else the
 * sector's category words. Never the brief's meta text.
 */
function offerWords(brief: Brief, sector: SectorKnowledge): string {
  const { offer, description, name } = brief.company;
  if (offer !== null && !isPriceList(offer)) return offer;
  const described = description === null ? null : whatItIs(description, name);
  if (described !== null) return described;
  if (offer !== null) return offer;
  return sector.category[brief.language].replace(/^(?:le|la|les|l’|l'|the|an?)\s*/iu, '');
}

/** Openings of a pricing model rather than a product: subscription, plan, tiers, price list. Folded-insensitive. */
const PRICING_OPENING =
  /^(?:abonnements?|subscriptions?|self-serve|self serve|forfaits?|formules?|tarifs?|tarification|pricing|prix|plans?|paliers|tiers|freemium|pay-as-you-go|licences?|licenses?)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;

function isPriceList(offer: string): boolean {
  const words = offer.trim().split(/\s+/);
  const pricingHead = words.slice(0, 3).some((word) => PRICING_OPENING.test(word));
  return pricingHead && /[\d€$£(:]/u.test(offer);
}

/** The description as a phrase for what the company is, or null for a line about the document itself. */
function whatItIs(description: string, name: string): string | null {
  if (isMetaLine(description) || isTitleLine(description)) return null;
  const rest = (description.startsWith(name) ? description.slice(name.length) : description)
    .replace(/^[\s,:-]*(?:(?:est|is|are|sont|was|were)\s+)?(?:(?:une?|an?|the|le|la|les|des)\s+|l')?/iu, '')
    .trim();
  return rest.length > 0 ? rest : null;
}

/** Weekly marketing hours: the brief's figure, else full-time people (35 h), else the stated assumption. */
function capacityHours(brief: Brief): number {
  if (!brief.capacity) return ASSUMED_HOURS_PER_WEEK;
  if (brief.capacity.hoursPerWeek > 0) return brief.capacity.hoursPerWeek;
  return Math.max(brief.capacity.people, 0) * 35;
}

function channelFact(
  channel: Brief['channels'][number],
  sector: SectorKnowledge,
  rate: number,
  currency: string,
  t: Phrasing,
): ChannelFact {
  let channelId = matchChannel(channel.name);
  let kind = classifyMetric(channel.metric);
  // A "followers" count on an email channel is a list of subscribers.
  if (channelId === 'email' && kind === 'followers') kind = 'subscribers';
  // "Google: 240 reviews" names no channel we know, but the metric says what it is.
  // A "rating" above 10 is a count of something else (GitHub stars), not a review score.
  const ratingScale = kind === 'rating' && channel.value !== null && channel.value <= 10;
  if (channelId === null && (kind === 'reviews' || ratingScale)) channelId = 'reviews';
  const value = channel.value;
  const figure = value === null ? null : kind === 'cpc' ? t.money(value, currency) : t.number(value);
  return {
    name: channel.name,
    channelId,
    metric: channel.metric,
    value,
    kind,
    verdict: verdictOf(kind, value, sector, rate),
    figure,
  };
}

function verdictOf(
  kind: MetricKind | null,
  value: number | null,
  sector: SectorKnowledge,
  rate: number,
): ChannelFact['verdict'] {
  const rule = METRIC_RULES.find((candidate) => candidate.kind === kind);
  if (!rule || value === null) return 'neutral';
  if (rule.kind === 'rating' && value > 5) return 'neutral';
  if (rule.lowerIsBetter) {
    const ratio = (value * rate) / sector.typicalCpcEur;
    if (ratio <= rule.strong) return 'strong';
    return ratio > rule.weak ? 'weak' : 'neutral';
  }
  if (value >= rule.strong) return 'strong';
  return value < rule.weak ? 'weak' : 'neutral';
}
