// The arbiter's public surface: build a roadmap, compare two, and the types they use.
export { arbitrate } from './arbitrate.js';
export { diffRoadmaps } from './diff.js';
export type { ArbiterInputs, ConstraintOverrides } from './inputs.js';
export type {
  GoalCoverage,
  Horizon,
  HorizonId,
  NotNowAction,
  PlacementCode,
  Roadmap,
  RoadmapConstraints,
  RoadmapMethod,
  RoadmapMove,
  RoadmapWarning,
  ScheduledAction,
  ScoreTrace,
  WarningCode,
} from './roadmap.js';
