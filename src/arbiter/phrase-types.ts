// What the arbiter says, as one interface: the sentences every language implements, and the facts they take.
import type { HorizonId, OpenQuestionTopic } from './roadmap.js';

/** Which stated rule changed a number from a model. */
export type AdjustmentRule =
  | 'not_a_number'
  | 'negative'
  | 'below_minimum'
  | 'above_maximum'
  | 'snapped'
  | 'percent';

export type NumericField = 'reach' | 'impact' | 'confidence' | 'effortDays' | 'cost';
export type ReferenceKind = 'goal' | 'persona' | 'stage' | 'swot' | 'dependency';
export type ConstraintCode = 'over_budget' | 'over_capacity' | 'wip_limit';

/** Numbers behind a "no room" decision, from the last horizon the action was tried in. */
export interface RoomDetail {
  horizonLabel: string;
  cost: number;
  budgetLeft: number | null;
  effortDays: number;
  capacityLeft: number | null;
  wipLimit: number;
  currency: string;
}

/** What the brief says exists and an action builds on: a list, reviews, a channel with its figure. */
export interface BuiltOn {
  name: string;
  size: number | null;
  unit: string | null;
  dormant: boolean;
}

/** The business facts behind a placement: the lever, what it costs, what it builds on, what it waits for. */
export interface ActionFacts {
  /** The channel as the prioritizer named it; '' when none. */
  channel: string;
  cost: number;
  currency: string;
  /** False when no budget is stated: a zero cost is then "no spend", never a figure against a budget. */
  budgetKnown: boolean;
  effortDays: number;
  builtOn: BuiltOn | null;
  /** Dependencies with their titles, in id order. */
  dependencies: { id: string; title: string }[];
  /** Title of the action that needs this one first, when placed as a dependency. */
  neededByTitle: string | null;
  /** The goals it serves, with their statements, in id order. */
  goals: QuestionGoal[];
  /** Kept candidates serving the same goal, this one included: "the best of 4 actions for G1". */
  goalCandidates: number;
}

/** The goal an open question is about. */
export interface QuestionGoal {
  id: string;
  statement: string;
}

/** Why an action sits where it does in a horizon. */
export interface PlacementStory {
  via: 'coverage' | 'score' | 'dependency';
  goalId: string | null;
  goalStatement: string | null;
  rank: number;
  rankedCount: number;
  neededBy: string | null;
  score: number;
  rice: number;
  goalWeight: number;
  profileWeight: number;
  horizonLabel: string;
  /** Earlier horizons that had no room, with the rule that said no. */
  pushedBy: { horizonLabel: string; code: ConstraintCode }[];
  /** A dependency that forced this horizon, if any. */
  afterDependency: { id: string; horizonLabel: string } | null;
  /** True when its own score was negligible but a kept action needs it. */
  enabler: boolean;
  /** The business facts for the sentence; absent, the sentence names the goal and the placement only. */
  facts?: ActionFacts;
}

export interface Phrases {
  horizonLabel(id: HorizonId): string;
  adjustment(field: NumericField, from: number, to: number, rule: AdjustmentRule): string;
  formula: string;
  rules(input: {
    wip: string;
    threshold: number;
    horizons: { label: string; start: number; end: number }[];
  }): string[];

  // Assumptions about constraints.
  budgetStated(
    amount: number,
    currency: string,
    periodMonths: number,
    total: number,
    horizonMonths: number,
  ): string;
  budgetNone(): string;
  budgetReplaced(amount: number, currency: string): string;
  budgetRemoved(): string;
  capacityFromHours(hoursPerWeek: number, daysPerMonth: number): string;
  capacityFromPeople(people: number, daysPerMonth: number): string;
  capacityNone(): string;
  capacityReplaced(daysPerMonth: number): string;
  profileStated(profile: string): string;
  profileInferred(profile: string, people: number | null): string;
  profileReplaced(profile: string): string;
  horizonStated(months: number): string;
  currencyFallback(currency: string, from: 'pricing' | 'language'): string;
  noGoals(): string;
  constraintAdjusted(what: string, from: string, to: string): string;

  // Warnings about references and ids.
  referenceRepaired(actionId: string, kind: ReferenceKind, from: string, to: string): string;
  referenceDropped(actionId: string, kind: ReferenceKind, ref: string): string;
  goalFromOnlyGoal(actionId: string, goalId: string): string;
  goalInherited(actionId: string, goalIds: string[], fromIds: string[]): string;
  idRenamed(originalId: string, newId: string): string;
  idAssigned(newId: string, title: string): string;
  duplicateMerged(droppedId: string, keptId: string): string;
  dependencyRedirected(actionId: string, from: string, to: string): string;
  inputsAdjusted(actionId: string, adjustments: string[]): string;

  // Cross-agent warnings.
  goalUncovered(goalId: string, statement: string, candidates: number): string;
  personaUnserved(personaId: string, name: string, candidates: number): string;
  threatUnanswered(threatId: string, statement: string): string;
  differentiatorUnsupported(statement: string, cited: string[]): string;
  actionCurrency(actionId: string, currency: string, expected: string): string;
  pricingCurrency(currency: string, expected: string): string;
  tierCurrency(tier: string, currency: string, expected: string): string;

  // Not-now reasons, one sentence each.
  overBudget(room: RoomDetail): string;
  overCapacity(room: RoomDetail): string;
  wipLimit(room: RoomDetail): string;
  dependencyDeferred(depIds: string[]): string;
  dependencyExcluded(depIds: string[]): string;
  dependencyCycle(cycleIds: string[]): string;
  noGoal(): string;
  invalidReference(refs: string[]): string;
  duplicate(keptId: string): string;
  belowThreshold(score: number, threshold: number): string;

  /** Why a scheduled action is where it is. */
  rationale(story: PlacementStory): string;

  /** An open question about what the brief leaves unknown, and what its answer would change. */
  openQuestion(topic: OpenQuestionTopic, goal: QuestionGoal | null): { question: string; why: string };

  // "What moved" after a replan.
  movedIn(horizonLabel: string, why: string): string;
  movedOut(where: 'deferred' | 'excluded' | 'gone', why: string | null): string;
  movedHorizon(fromLabel: string, toLabel: string, why: string): string;
}
