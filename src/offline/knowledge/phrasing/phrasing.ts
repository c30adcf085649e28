// The phrasing contract: every sentence the offline drafters write, as functions of the brief's facts, per language.
import type { BusinessModel, GoalKind } from '../../../../agents/brief.js';
import type { JourneyStage } from '../../../../agents/ids.js';
import type { MetricKind } from '../channel-metrics.js';
import type { ProjectKindId } from '../projects.js';
import type { ChannelId } from '../types.js';

/** What a channel action's title and description may mention; every field comes from the brief or its personas. */
export interface ActionTextParams {
  company: string;
  offer: string;
  market: string | null;
  audience: string;
  competitor: string | null;
  /** The social platform the brief names (Instagram, LinkedIn...), or the usual one for the business model. */
  platform: string;
  /** Where the brief's reviews live (Google, G2, Tripadvisor...), or null when it names none. */
  reviewSite: string | null;
  /** The project a goal names, as the goal writes it ("le click & collect"); empty for channel actions. */
  project: string;
}

export interface FigureParams {
  channel: string;
  value: string;
}

export interface KillParams {
  metric: string;
  target: string | null;
  checkMonth: number;
}

export interface JourneyOpportunityParams {
  company: string;
  offer: string;
  touchpoint: string;
  criterion: string;
}

export interface Phrasing {
  // Numbers and lists.
  number(value: number): string;
  money(amount: number, currency: string): string;
  list(items: readonly string[]): string;
  quote(text: string): string;
  businessModel: { readonly [M in BusinessModel]: string };

  // Assumptions stated inside the outputs.
  assumeNoBudget: string;
  assumeCapacity(hoursPerWeek: number): string;
  assumeNoGoals: string;
  assumeModel(model: string): string;
  assumeCurrency(currency: string): string;
  assumeNoAudience: string;

  // SWOT: strengths.
  strengthFigure: { readonly [K in MetricKind]: (p: FigureParams) => string };
  strengthBudget(budget: string, months: number): string;
  strengthTeam(people: number, hours: number): string;
  strengthStage(stage: 'growth' | 'mature'): string;
  strengthMarkets(markets: readonly string[]): string;
  strengthOffer(offer: string): string;
  // SWOT: weaknesses.
  weaknessFigure: { readonly [K in MetricKind]: (p: FigureParams) => string };
  weaknessNoBudget: string;
  weaknessSmallBudget(monthly: string): string;
  weaknessNoTeam: string;
  weaknessLittleTime(hours: number): string;
  weaknessBeginner: string;
  weaknessFewChannels(channels: readonly string[]): string;
  weaknessNoChannels: string;
  weaknessNoFigures: string;
  weaknessEarlyStage(stage: 'idea' | 'launch'): string;
  weaknessNoAgency: string;
  // SWOT: opportunities and threats.
  opportunityUnusedChannel(channel: string, model: string): string;
  threatCompetitor(competitor: string, offer: string, rank: number): string;
  threatNoCompetitors: string;
  threatConstraint(constraint: string): string;
  // SWOT: evidence.
  evidenceChannel(name: string, metric: string, value: string): string;
  evidenceChannels(names: readonly string[]): string;
  evidenceBudget(budget: string, months: number): string;
  evidenceTeam(people: number, hours: number): string;
  evidenceWord(word: string): string;
  evidenceStage(stage: string): string;
  evidenceMarkets(markets: readonly string[]): string;
  evidenceOffer(offer: string): string;
  evidenceCompetitor(competitor: string): string;
  evidenceConstraint(constraint: string): string;
  evidenceSector(category: string): string;
  evidenceChannelFit(channel: string, model: string): string;
  evidenceMaturity: string;
  // SWOT: implications.
  implication: { readonly [K in 'SO' | 'ST' | 'WO' | 'WT']: (a: string, b: string) => string };

  // Personas.
  segmentFromAudience(audience: string, market: string | null): string;
  segmentIn(segment: string, market: string | null): string;
  personaOfferGoal(offer: string): string;
  objectionCompetitor(competitor: string): string;

  // Positioning and pricing.
  positioningStatement(p: {
    segment: string;
    company: string;
    category: string;
    differentiators: readonly string[];
    competitors: readonly string[];
  }): string;
  valueProposition(p: { company: string; offer: string; goal: string; differentiator: string }): string;
  proofToCollect: string;
  pillarMessage(p: { company: string; pain: string; differentiator: string }): string;
  pricingRationale(p: { logic: string; offer: string; currency: string; onQuote: boolean }): string;
  competitorPriceNote(competitor: string): string;
  tierOffer(offer: string): string;

  // Journey.
  journeyOpportunity: { readonly [S in JourneyStage]: (p: JourneyOpportunityParams) => string };

  // Prioritizer.
  actionTitle: { readonly [C in ChannelId]: (p: ActionTextParams) => string };
  actionDescription: { readonly [C in ChannelId]: (p: ActionTextParams) => string };
  /** The action that delivers a project a goal names, by kind of project (projects.ts). */
  projectTitle: { readonly [K in ProjectKindId]: (p: ActionTextParams) => string };
  projectDescription: { readonly [K in ProjectKindId]: (p: ActionTextParams) => string };
  servesGoal(goalId: string, statement: string): string;
  buildsOn(figure: string): string;
  fixes(weakness: string): string;
  quantity(value: number, unit: string | null): string;
  assumption(text: string): string;
  eases(friction: string): string;
  answersThreat(threat: string): string;
  costBasis(monthly: string, months: number): string;
  kpiGoalShare(goalMetric: string, channel: string): string;
  /** A level every action serving the goal aims at together (a rating, a churn rate). */
  kpiGoalLevel(goalMetric: string): string;
  kpiEstimate(channelKpi: string): string;
  killCriterion(p: KillParams): string;
  killCriterionNoTarget(months: number): string;
  goalKindMetric: { readonly [K in GoalKind]: string };
}
