// The living roadmap's public surface: decisions, reviews, replans and what-ifs over a run directory.
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
export { type Published, publishRoadmap } from './publish.js';
export { type PreviewResult, previewReplan, type ReplanRequest, replanRun } from './replan-run.js';
export { type ReviewOptions, type ReviewResult, reviewRun } from './review-run.js';
export { newRunPlan, readRunState, type RunPlan, writeRunPlan } from './run-state.js';
export { publishFromOutputs, readRunInputs } from './steer-run.js';
