// `replan` over a run directory: new constraints (kept in plan.json for every later re-arbitration), or scenarios
// compared side by side without changing anything.
import { type ConstraintOverrides, isMonth } from '../arbiter/index.js';
import type { Published } from '../pipeline/publish.js';
import { renderCompareMarkdown } from '../render/compare-markdown.js';
import { type CompareResult, compareScenarios, parseScenarios, type Scenario } from './compare.js';
import { ScenarioError } from './errors.js';
import { readRunInputs, steerRun } from './steer-run.js';

export interface ReplanRequest {
  overrides?: ConstraintOverrides;
  /** A new month 1 (`YYYY-MM`). */
  start?: string;
  /** Forget the constraints earlier replans set before applying these. */
  reset?: boolean;
}

/** Same run and same request, same bytes: a replan that changes nothing archives nothing. */
export async function replanRun(runDir: string, request: ReplanRequest): Promise<Published> {
  const inputs = await readRunInputs(runDir);
  if (request.start !== undefined && !isMonth(request.start)) {
    throw new ScenarioError(`--start must be a month as YYYY-MM, e.g. 2027-01; got \`${request.start}\`.`);
  }
  const plan = {
    ...inputs.state.plan,
    start: request.start ?? inputs.state.plan.start,
    overrides: { ...(request.reset ? {} : inputs.state.plan.overrides), ...(request.overrides ?? {}) },
  };
  return steerRun(inputs, { ...inputs.state, plan }, { plan: true });
}

export interface PreviewResult extends CompareResult {
  /** compare.md, in the roadmap's language. */
  markdown: string;
}

/** `scenarios` as the CLI takes them (`budget=-20%,capacity=+50%`) or already parsed. Writes nothing. */
export async function previewReplan(
  runDir: string,
  scenarios: string | readonly Scenario[],
): Promise<PreviewResult> {
  const inputs = await readRunInputs(runDir);
  if (inputs.current === null)
    throw new ScenarioError(`${runDir} has no roadmap yet: finish the draft first.`);
  const parsed =
    typeof scenarios === 'string' ? parseScenarios(scenarios, inputs.current.constraints) : [...scenarios];
  const result = compareScenarios(inputs, parsed);
  return { ...result, markdown: renderCompareMarkdown(inputs.current, result) };
}
