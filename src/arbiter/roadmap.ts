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
  | 'beyond_horizon'
  | 'busy_months'
  | 'vetoed'
  | 'stopped';

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
  /** Months from the plan's start (0 = month 1): the first month of work, and the month after the last. */
  startMonth: number;
  endMonth: number;
  /** The same as calendar months (`YYYY-MM`, end inclusive); null when the plan has no start month. */
  startDate: string | null;
  endDate: string | null;
  /** `planned` until a review says otherwise. */
  status: ActionStatus;
  /** A decision that holds it here. */
  decision: 'pin' | 'lock' | null;
  /** The brief's deadline it serves, e.g. "Salon de l'agriculture", or null. */
  deadline: string | null;
}

export type ActionStatus = 'planned' | 'not_started' | 'on_track' | 'behind' | 'done' | 'stopped';

export interface Horizon {
  id: HorizonId;
  label: string;
  startMonth: number;
  endMonth: number;
  /** First and last calendar month (`YYYY-MM`), or null when the plan has no start month. */
  startDate: string | null;
  endDate: string | null;
  /** Months of this horizon already past at the last review: frozen, nothing new is placed in them. */
  pastMonths: number;
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
  | 'assumption'
  | 'decision_blocked'
  | 'decision_orphaned'
  | 'deadline_at_risk'
  | 'budget_committed'
  | 'actuals_ignored';

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
  /** Spend already decided in the brief (trade shows, retainers) over the plan: counted against the budget. */
  committedSpend: number;
  /** Spent to date according to the reviewed actuals (0 before any review). */
  spentToDate: number;
  /** What is left to plan: budgetTotal − committedSpend − spentToDate, never negative; null without a budget. */
  budgetAvailable: number | null;
  /** Months of the year (1-12) the brief says are busy: no heavy action runs in them. */
  busyMonths: number[];
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
  /** Month 1 of the plan (`YYYY-MM`), or null when months are relative. */
  start: string | null;
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
  /** Every decision in the run and what became of it. */
  decisions: DecisionOutcome[];
  /** The last review of actual results, or null before any. */
  review: ReviewSummary | null;
  /** Marketing sanity checks that flagged something, each with its threshold's source. */
  checks: SanityFinding[];
  /** What changed against the previous version and why; empty for a first draft. Filled by the run's history. */
  changes: RoadmapChange[];
  /** What the brief leaves unknown that would change the plan most, most important first (open-questions.ts). */
  openQuestions: OpenQuestion[];
  /** Every channel and asset the brief names, with its figure and the actions that build on it (reason-facts.ts). */
  existing?: ExistingItem[];
}

/** A channel or an asset the brief names, as the brief states it, and the actions (any placement) built on it. */
export interface ExistingItem {
  kind: 'channel' | 'asset';
  name: string;
  /** Its figures as the brief states them ("87 reviews", "rating 4.92"): rows of one channel are one item. */
  figures: { size: number; unit: string | null }[];
  dormant: boolean;
  /** Ids of the candidates that build on it (reason-facts.ts matching), in id order: scheduled, deferred or left out. */
  actionIds: string[];
}

/** A fact the brief does not state; the plan holds without it, but would change with it. */
export type OpenQuestionTopic =
  | 'goals'
  | 'budget'
  | 'capacity'
  | 'goal_target'
  /** The goal's number only: its date is stated ("Nos objectifs pour l'an prochain"), so it is not asked again. */
  | 'goal_figure'
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

/** What became of one decision: applied, blocked by a constraint (with the reason), or its action is gone. */
export interface DecisionOutcome {
  kind: 'pin' | 'veto' | 'lock' | 'set';
  /** The action id as decided. */
  actionId: string;
  /** The id it applies to now (after a renumbering), or null when no action matches any more. */
  appliedTo: string | null;
  status: 'applied' | 'blocked' | 'orphaned';
  why: string | null;
  /** One sentence in the brief's language. */
  message: string;
}

/** One action's actual results at the last review. */
export interface ActionReview {
  id: string;
  title: string;
  status: Exclude<ActionStatus, 'planned'>;
  /** KPI value to date, or null when no row gave one. */
  value: number | null;
  target: number | null;
  unit: string | null;
  spend: number;
  /** The kill criterion, quoted, when it fired. */
  criterion: string | null;
  /** One sentence in the brief's language: the figures behind the status. */
  message: string;
  notes: string[];
}

export interface ReviewSummary {
  /** The latest month of the actuals: it and every month before are frozen. */
  asOf: string;
  elapsedMonths: number;
  spentToDate: number;
  actions: ActionReview[];
  /** Actions doing well enough that their follow-up was brought forward (or a larger budget is suggested). */
  overPerformers: { id: string; followUp: string | null; message: string }[];
}

/** A sanity check that fired: the figure, the threshold and where the threshold comes from. */
export interface SanityFinding {
  code: string;
  message: string;
  source: string;
}

export type ChangeKind = 'promoted' | 'demoted' | 'stopped' | 'added' | 'removed' | 'done' | 'decided';

/** One line of the changelog between two versions. */
export interface RoadmapChange {
  kind: ChangeKind;
  id: string;
  title: string;
  /** Where it was and where it is: a horizon id, 'deferred', 'excluded', or null (not a candidate). */
  from: HorizonId | 'deferred' | 'excluded' | null;
  to: HorizonId | 'deferred' | 'excluded' | null;
  /** One sentence in the brief's language. */
  reason: string;
}
