// The Roadmap contract: what the arbiter returns, renderers draw and eval checks read. Keys are stable.
import type { GoalKind, Language, Profile } from '../../agents/brief.js';
import type { JourneyStage } from '../../agents/ids.js';
import type { Kpi } from '../../agents/prioritizer.js';

export type HorizonId = 'now' | 'next' | 'later';

/** Why an action is not in a horizon. `deferred` codes mean "good, no room now"; the others, "deliberately not done". */
export type PlacementCode =
  | 'over_budget'
  | 'over_capacity'
  | 'wip_limit'
  | 'dependency_deferred'
  | 'dependency_excluded'
  | 'dependency_cycle'
  | 'no_goal'
  | 'duplicate'
  | 'below_threshold'
  | 'invalid_reference'
  | 'beyond_horizon';

/** How the score was computed for one action: every number behind the decision. */
export interface ScoreTrace {
  reach: number;
  impact: number;
  confidence: number;
  effortDays: number;
  /** reach × impact × confidence ÷ effort, after the stated clamping rules. */
  rice: number;
  goalWeight: number;
  profileWeight: number;
  /** rice × goalWeight × profileWeight, rounded to 4 decimals. */
  score: number;
  /** Which stated rules adjusted an input (e.g. "effort 0 → 0.5 day minimum"). */
  adjustments: string[];
}

export interface ScheduledAction {
  id: string;
  /** The id the prioritizer gave, when the arbiter had to rename a clashing one. */
  originalId: string | null;
  title: string;
  description: string;
  channel: string;
  goalIds: string[];
  personaIds: string[];
  stages: JourneyStage[];
  swotIds: string[];
  cost: number;
  effortDays: number;
  score: number;
  dependsOn: string[];
  kpi: Kpi;
  killCriterion: string | null;
  /** One sentence in the brief's language: why this action is here, now. */
  rationale: string;
  trace: ScoreTrace;
}

export interface Horizon {
  id: HorizonId;
  label: string;
  startMonth: number;
  endMonth: number;
  /** Budget available in this horizon: its share by months plus what earlier horizons left unspent. */
  budget: number | null;
  /** This horizon's own share of the budget, by its months. */
  budgetAllotted: number | null;
  /** Unspent budget carried in from earlier horizons. */
  budgetRolledIn: number | null;
  budgetUsed: number;
  capacityDays: number | null;
  capacityUsed: number;
  wipLimit: number;
  actions: ScheduledAction[];
}

export interface NotNowAction {
  id: string;
  /** The id the prioritizer gave, when the arbiter had to rename a clashing one. */
  originalId: string | null;
  title: string;
  code: PlacementCode;
  /** One sentence in the brief's language. */
  reason: string;
  score: number | null;
  cost: number;
  effortDays: number;
  goalIds: string[];
  /** The numbers behind the score, null when the action could not be scored (no goal). */
  trace: ScoreTrace | null;
}

export interface GoalCoverage {
  goalId: string;
  statement: string;
  kind: GoalKind;
  actionIds: string[];
  covered: boolean;
}

export type WarningCode =
  | 'goal_uncovered'
  | 'persona_unserved'
  | 'threat_unanswered'
  | 'differentiator_unsupported'
  | 'currency_mismatch'
  | 'reference_repaired'
  | 'reference_dropped'
  | 'id_renamed'
  | 'duplicate_merged'
  | 'input_adjusted'
  | 'assumption';

export interface RoadmapWarning {
  code: WarningCode;
  message: string;
  refs: string[];
}

export interface RoadmapConstraints {
  /** Budget amount as stated (or overridden), over `budgetPeriodMonths`. */
  budget: number | null;
  /** The budget over the whole planning horizon: budget × horizonMonths ÷ budgetPeriodMonths. */
  budgetTotal: number | null;
  currency: string;
  budgetPeriodMonths: number | null;
  capacityDaysPerMonth: number | null;
  horizonMonths: number;
  profile: Profile;
}

export interface RoadmapMethod {
  formula: string;
  goalWeights: Record<GoalKind, number>;
  /** The active profile's weights, by goal kind. */
  profileWeights: Record<string, number>;
  rules: string[];
  profile: Profile;
  /** Work-in-progress limit per quarter of a horizon, by profile. */
  wipPerQuarter: Record<Profile, number>;
  /** Share of the best score under which an action is `below_threshold`. */
  belowThresholdRatio: number;
  /** The resulting absolute score threshold for this roadmap. */
  scoreThreshold: number;
}

export interface Roadmap {
  company: string;
  language: Language;
  currency: string;
  /** 'offline' when drafted by the rule-based drafters; renderers label such outputs. */
  draftKind: 'llm' | 'offline' | 'replay';
  constraints: RoadmapConstraints;
  method: RoadmapMethod;
  horizons: Horizon[];
  deferred: NotNowAction[];
  excluded: NotNowAction[];
  goals: GoalCoverage[];
  warnings: RoadmapWarning[];
  assumptions: string[];
  /** What the brief leaves unknown that would change the plan most, most important first (open-questions.ts). */
  openQuestions: OpenQuestion[];
}

/** A fact the brief does not state; the plan holds without it, but would change with it. */
export type OpenQuestionTopic =
  | 'goals'
  | 'budget'
  | 'capacity'
  | 'goal_target'
  | 'goal_baseline'
  | 'goal_horizon'
  | 'offer'
  | 'audience'
  | 'channels'
  | 'business_model'
  | 'competitors'
  | 'calendar';

export interface OpenQuestion {
  topic: OpenQuestionTopic;
  /** The goal it is about (goal_* topics), else null. */
  goalId: string | null;
  /** Where the answer goes in brief.yaml, e.g. `budget`, `goals[G1].baseline`. */
  field: string;
  /** The question, in the brief's language. */
  question: string;
  /** What the answer would change in the plan. */
  why: string;
}

/** One line of the "what moved" summary printed by `replan` and `agent`. */
export interface RoadmapMove {
  id: string;
  title: string;
  kind: 'in' | 'out' | 'moved';
  /** Where it was: a horizon id, 'deferred', 'excluded', or null when it was not a candidate. */
  from: HorizonId | 'deferred' | 'excluded' | null;
  to: HorizonId | 'deferred' | 'excluded' | null;
  /** The placement code in the new roadmap when the action left the plan. */
  code: PlacementCode | null;
  /** One sentence in the new roadmap's language. */
  reason: string;
}
