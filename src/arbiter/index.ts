// The arbiter's public surface: build a roadmap, compare two, and the types they use.
export { arbitrate } from './arbitrate.js';
export { addMonths, isMonth, monthOffset } from './calendar.js';
export { diffRoadmaps } from './diff.js';
export type { ArbiterInputs, ConstraintOverrides } from './inputs.js';
export type {
  ActionReview,
  ActionStatus,
  ChangeKind,
  DecisionOutcome,
  GoalCoverage,
  Horizon,
  HorizonId,
  NotNowAction,
  PlacementCode,
  ReviewSummary,
  Roadmap,
  RoadmapChange,
  RoadmapConstraints,
  RoadmapMethod,
  RoadmapMove,
  RoadmapWarning,
  SanityFinding,
  ScheduledAction,
  ScoreTrace,
  WarningCode,
} from './roadmap.js';
export type { ActualRow, Decision, DecisionKind, EstimateOverride, SteeringInputs } from './steering.js';
export { type SteeringPhrases, steeringPhrasesFor } from './steering-phrases.js';
