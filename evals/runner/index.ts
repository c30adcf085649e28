// The eval runner's public surface: load suites, replay and score them, and render the reports.
// Its rule: it drives src/ (pipeline, cassettes, providers) and scores with ../checks, which never import it back;
// in src/ only the `eval` command and the Evals page (the report's type) reach it.
export { type BaselineReport, compareWithBaseline, readBaseline } from './baseline.js';
export { renderJunit, xmlEscape } from './junit.js';
export { loadSuite, type ResolvedCase, type ResolvedSuite } from './load-suite.js';
export { renderTable } from './render-table.js';
export type {
  BaselineMove,
  CaseCheckResult,
  CaseReport,
  CheckSummary,
  EvalReport,
  SampleCheckResult,
  StaleCall,
  SuiteReport,
} from './report.js';
export { type RunEvalOptions, runEval } from './run-eval.js';
export { type CaseToScore, scoreCase } from './score-case.js';
export { Suite, SuiteCase, SuiteCheck } from './suite-schema.js';
export { cassettesFor, variantCaseDir, variantHash } from './variant-cassettes.js';
