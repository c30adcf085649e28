// English phrasing for the offline drafters: analyses (SWOT, personas, positioning, journey) and shared wording.
import { CURRENCY_SYMBOLS } from '../currencies.js';
import { EN_ACTIONS } from './en-actions.js';
import { formatNumber } from './format-number.js';
import type { Phrasing } from './phrasing.js';

const number = (value: number) => formatNumber(value, ',', '.');
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const lower = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const inMarket = (market: string | null) => (market ? ` (${market})` : '');

export const EN: Phrasing = {
  number,
  money: (amount, currency) => {
    const symbol = CURRENCY_SYMBOLS[currency];
    return symbol ? `${symbol}${number(amount)}` : `${currency} ${number(amount)}`;
  },
  list,
  quote: (text) => `"${text}"`,
  businessModel: {
    B2B: 'B2B',
    B2C: 'consumer',
    B2B2C: 'B2B2C',
    B2G: 'public-sector',
    marketplace: 'marketplace',
    other: '',
  },

  assumeNoBudget: 'no budget given: assumed organic-only (no media spend)',
  assumeCapacity: (hours) => `no team given: assumed one person about ${number(hours)} hours a week`,
  assumeNoGoals:
    'no goal given: assumed the aim is to win first customers; add goals with figures to get KPI targets',
  assumeModel: (model) => `business model not given: assumed ${model}`,
  assumeCurrency: (currency) => `no currency given: assumed ${currency}`,
  assumeNoAudience: 'assumption: no audience in the brief',

  strengthFigure: {
    reviews: (p) => `${p.value} reviews on ${p.channel}: social proof to build on`,
    rating: (p) => `Rated ${p.value}/5 on ${p.channel}`,
    followers: (p) => `An audience of ${p.value} followers on ${p.channel}`,
    subscribers: (p) => `${p.value} contacts on ${p.channel}, an audience the company owns`,
    visits: (p) => `${p.value} visits on ${p.channel}: existing traffic to convert`,
    cpc: (p) => `Low cost per click on ${p.channel} (${p.value})`,
    conversion: (p) => `A ${p.value}% conversion rate on ${p.channel}`,
    open_rate: (p) => `A ${p.value}% open rate on ${p.channel}: an engaged list`,
    customers: (p) => `${p.value} customers already won (${p.channel})`,
  },
  strengthBudget: (budget, months) =>
    `A marketing budget of ${budget} over ${months} months, enough to test paid channels`,
  strengthTeam: (people, hours) => `A marketing team of ${number(people)} (${number(hours)} h a week)`,
  strengthStage: (stage) =>
    stage === 'mature'
      ? 'An established business with a loyal base'
      : 'A growing business with customers who already buy',
  strengthMarkets: (markets) => `Already present in ${list(markets)}`,
  strengthOffer: (offer) => `A clear, specific offer: ${offer}`,
  weaknessFigure: {
    reviews: (p) => `Only ${p.value} reviews on ${p.channel}: thin social proof`,
    rating: (p) => `A ${p.value}/5 rating on ${p.channel}, below what buyers expect`,
    followers: (p) => `A small audience on ${p.channel} (${p.value} followers)`,
    subscribers: (p) => `A small contact list on ${p.channel} (${p.value})`,
    visits: (p) => `Little traffic on ${p.channel} (${p.value} visits)`,
    cpc: (p) => `Expensive clicks on ${p.channel} (${p.value} per click)`,
    conversion: (p) => `A low conversion rate on ${p.channel} (${p.value}%)`,
    open_rate: (p) => `A low open rate on ${p.channel} (${p.value}%)`,
    customers: (p) => `Few customers so far (${p.value}, ${p.channel})`,
  },
  weaknessNoBudget: 'No marketing budget stated',
  weaknessSmallBudget: (monthly) => `A tight budget (${monthly} a month): room for one paid channel at most`,
  weaknessNoTeam: 'No team or time stated for marketing',
  weaknessLittleTime: (hours) => `Little time for marketing (${number(hours)} h a week)`,
  weaknessBeginner: 'Little marketing experience in-house',
  weaknessFewChannels: (channels) =>
    `Depends on ${channels.length === 1 ? 'a single channel' : 'few channels'}: ${list(channels)}`,
  weaknessNoChannels: 'No current marketing channel named in the brief',
  weaknessNoFigures: 'No results figures in the brief: hard to tell what works today',
  weaknessEarlyStage: (stage) =>
    stage === 'idea' ? 'Not launched yet: no track record to show' : 'Just launched: few references to show',
  weaknessNoAgency: 'Everything must be done in-house (no agency)',
  opportunityUnusedChannel: (channel, model) =>
    `${upper(channel)} is not used yet and suits ${model ? `a ${model} business` : 'this business'}`,
  threatCompetitor: (competitor, offer, rank) =>
    rank === 0
      ? `Head-on competition from ${competitor} for buyers of ${lower(offer)}`
      : `Another option for buyers of ${lower(offer)}: ${competitor}`,
  threatNoCompetitors:
    'Competitors are not named in the brief: buyers still have alternatives (a rival, doing it themselves, doing nothing)',
  threatConstraint: (constraint) => `A constraint that limits sales: ${lower(constraint)}`,
  evidenceChannel: (name, metric, value) => `Brief: ${name}, ${metric}: ${value}`,
  evidenceChannels: (names) => `Brief: current channels: ${list(names)}`,
  evidenceBudget: (budget, months) => `Brief: budget of ${budget} for ${months} months`,
  evidenceTeam: (people, hours) => `Brief: ${number(people)} people, ${number(hours)} h a week`,
  evidenceWord: (word) => `Brief: the description says "${word}"`,
  evidenceStage: (stage) => `Brief: stage "${stage}"`,
  evidenceMarkets: (markets) => `Brief: markets ${list(markets)}`,
  evidenceOffer: (offer) => `Brief: offer "${offer}"`,
  evidenceCompetitor: (competitor) => `Brief: ${competitor} named as a competitor`,
  evidenceConstraint: (constraint) => `Brief: constraint "${constraint}"`,
  evidenceSector: (category) =>
    `General trend for ${category.replace(/^the /, '')} businesses (Boussole knowledge base, not from the brief)`,
  evidenceChannelFit: (channel, model) =>
    `Brief: ${channel} not among current channels; catalogue fit for ${model || 'this'} businesses`,
  evidenceMaturity: 'Brief: marketing maturity "beginner"',
  implication: {
    SO: (s, o) => `Use ${lower(s)} to seize this: ${lower(o)}`,
    ST: (s, t) => `Lean on ${lower(s)} to stand apart: ${lower(t)}`,
    WO: (w, o) => `Fix this first to benefit from "${lower(o)}": ${lower(w)}`,
    WT: (w, t) => `Risk to contain: ${lower(w)}, while ${lower(t)}`,
  },

  segmentFromAudience: (audience, market) => `${audience}${inMarket(market)}`,
  segmentIn: (segment, market) => `${segment}${inMarket(market)}`,
  personaOfferGoal: (offer) => `Find ${lower(offer)} they can trust`,
  objectionCompetitor: (competitor) => `"Why not just go with ${competitor}?"`,

  positioningStatement: (p) => {
    const unlike =
      p.competitors.length > 0 ? `Unlike ${list(p.competitors)}, ` : 'Unlike the usual alternatives, ';
    return `For ${lower(p.segment)}, ${p.company} is ${p.category} set apart by ${list(p.differentiators.map(lower))}. ${unlike}${p.company} can prove it.`;
  },
  valueProposition: (p) =>
    `${p.company} helps its customers ${lower(p.goal)} with ${lower(p.offer)}, thanks to ${lower(p.differentiator)}.`,
  proofToCollect: 'To collect: first customer testimonials and results with figures',
  pillarMessage: (p) => `${p.company} answers "${lower(p.pain)}" with ${lower(p.differentiator)}.`,
  pricingRationale: (p) =>
    `For ${lower(p.offer)}: ${p.logic}. Reference prices in ${p.currency} from Boussole's knowledge base (assumption), to check against your current prices and margins${p.onQuote ? '; tiers without a price are sold on quote' : ''}.`,
  competitorPriceNote: (competitor) =>
    `Prices of ${competitor} are not in the brief: check their public price list`,
  tierOffer: (offer) => `Built around ${lower(offer)}`,

  journeyOpportunity: {
    awareness: (p) => `Be found where they look: ${p.touchpoint}, with ${lower(p.offer)} front and centre`,
    consideration: (p) => `Show proof on what they judge first: ${lower(p.criterion)}`,
    decision: (p) => `Make buying from ${p.company} a one-step action, with price and terms visible`,
    onboarding: (p) => `Welcome message from ${p.company} that sets expectations and asks for feedback`,
    retention: (p) => `Regular news from ${p.company} with a reason to come back`,
    advocacy: (p) => `Ask happy customers of ${p.company} for a review or a referral at the right moment`,
  },

  ...EN_ACTIONS,
  servesGoal: (goalId, statement) => `Serves ${goalId}: ${statement}.`,
  buildsOn: (figure) => `Builds on: ${lower(figure)}.`,
  fixes: (weakness) => `Fixes: ${lower(weakness)}.`,
  quantity: (value, unit) =>
    unit === null
      ? number(value)
      : unit === '%'
        ? `${number(value)}%`
        : CURRENCY_SYMBOLS[unit]
          ? `${CURRENCY_SYMBOLS[unit]}${number(value)}`
          : `${number(value)} ${unit}`,
  assumption: (text) => `Assumption: ${text}.`,
  eases: (friction) => `Eases the friction: ${lower(friction)}.`,
  answersThreat: (threat) => `Answers the threat: ${lower(threat)}.`,
  costBasis: (monthly, months) =>
    `Cost: about ${monthly} a month for ${months} month${months === 1 ? '' : 's'}.`,
  kpiGoalShare: (goalMetric, channel) => `${goalMetric} from ${channel}`,
  kpiGoalLevel: (goalMetric) => `${goalMetric} (shared goal target)`,
  kpiEstimate: (channelKpi) => `${channelKpi} (Boussole estimate)`,
  killCriterion: (p) =>
    p.target === null
      ? `Stop or rethink if "${p.metric}" has not moved by month ${p.checkMonth}`
      : `Stop or rethink if "${p.metric}" is below ${p.target} at month ${p.checkMonth}`,
  killCriterionNoTarget: (months) => `Stop if nothing measurable has come from it after ${months} months`,
  goalKindMetric: {
    growth: 'growth',
    profitability: 'margin',
    market_share: 'market share',
    awareness: 'awareness',
    retention: 'retention',
    other: 'result',
  },
};
