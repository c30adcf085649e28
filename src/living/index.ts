// The living roadmap's public surface: decisions, reviews, replans and what-ifs over a run directory.

export type { Published } from '../pipeline/publish.js';
export { type ActualsFormat, actualsFormatOf, parseActuals } from './actuals-parse.js';
export {
  type CompareResult,
  parseScenarios,
  type Scenario,
  type ScenarioOutcome,
  type Unlock,
} from './compare.js';
export { applyDecision, type DecisionRequest, type DecisionResult, listDecisions } from './decide.js';
export { ActualsError, type BadRow, DecisionError, ScenarioError } from './errors.js';
export { type PreviewResult, previewReplan, type ReplanRequest, replanRun } from './replan-run.js';
export { type ReviewOptions, type ReviewResult, reviewRun } from './review-run.js';
export { readRunInputs } from './steer-run.js';
