// `review`: actual results in, a new version out. Rows are validated against the roadmap before anything is
// written; accepted rows replace earlier ones for the same action and month, so a file applied twice changes nothing.
import type { ActualRow } from '../arbiter/index.js';
import type { Published } from '../pipeline/publish.js';
import { type ActualsFormat, parseActuals } from './actuals-parse.js';
import { ActualsError } from './errors.js';
import { readRunInputs, steerRun } from './steer-run.js';

export interface ReviewOptions {
  /** The current month (`YYYY-MM`) when the caller knows it: later months are refused. */
  currentMonth?: string | null;
}

export interface ReviewResult extends Published {
  /** The rows this file added or replaced. */
  accepted: ActualRow[];
}

/** Throws ActualsError (code `actuals_invalid`, exit 2, `rows` = every bad row) and writes nothing on bad input. */
export async function reviewRun(
  runDir: string,
  actualsText: string,
  format: ActualsFormat,
  options: ReviewOptions = {},
): Promise<ReviewResult> {
  const inputs = await readRunInputs(runDir);
  const roadmap = inputs.current;
  const start = inputs.state.plan.start;
  const fr = (roadmap?.language ?? inputs.outputs.brief.language) === 'fr';
  if (roadmap === null)
    throw new ActualsError(
      fr ? `${runDir} n'a pas encore de feuille de route.` : `${runDir} has no roadmap yet.`,
    );
  if (start === null) {
    throw new ActualsError(
      fr
        ? `Cette feuille de route n'a pas de mois de départ : fixez-le avec \`boussole replan --run ${runDir} --start AAAA-MM\`, puis relancez la revue.`
        : `This roadmap has no start month: set one with \`boussole replan --run ${runDir} --start YYYY-MM\`, then review again.`,
    );
  }
  const knownIds = [
    ...roadmap.horizons.flatMap((h) => h.actions.map((a) => a.id)),
    ...roadmap.deferred.map((a) => a.id),
    ...roadmap.excluded.map((a) => a.id),
  ];
  const accepted = parseActuals(actualsText, format, {
    start,
    horizonMonths: roadmap.constraints.horizonMonths,
    knownIds,
    latestMonth: options.currentMonth ?? null,
    language: fr ? 'fr' : 'en',
  });
  const replaced = new Set(accepted.map((r) => `${r.month}|${r.actionId}`));
  const actuals = [
    ...inputs.state.actuals.filter((r) => !replaced.has(`${r.month}|${r.actionId}`)),
    ...accepted,
  ];
  const published = await steerRun(inputs, { ...inputs.state, actuals }, { actuals: true });
  return { ...published, accepted };
}
