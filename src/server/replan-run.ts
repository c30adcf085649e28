// Re-plan a run from the page through the living roadmap: a preview (nothing written) or a new version (plan.json).
import { type ConstraintOverrides, diffRoadmaps, type Roadmap, type RoadmapMove } from '../arbiter/index.js';
import { readRunInputs, replanRun } from '../living/index.js';
import { arbitrateState } from '../pipeline/arbitrate-run.js';
import { HttpError } from './http-error.js';
import { type Body, optionalBoolean, optionalChoice, optionalNumber } from './request-fields.js';

export interface ReplanRequest {
  overrides: ConstraintOverrides;
  apply: boolean;
}

export function parseReplanRequest(body: Body): ReplanRequest {
  const overrides: ConstraintOverrides = {};
  const budget = optionalNumber(body, 'budget', 0);
  const capacityDays = optionalNumber(body, 'capacityDays', 0);
  const horizonMonths = optionalNumber(body, 'horizonMonths', 1, true);
  const profile = optionalChoice(body, 'profile', ['executive', 'cmo', 'smb'] as const);
  if (horizonMonths !== undefined && horizonMonths > 60) {
    throw new HttpError(
      400,
      'usage',
      `Expected \`horizonMonths\` to be a whole number from 1 to 60, got \`${horizonMonths}\`.`,
      'horizonMonths',
    );
  }
  if (budget !== undefined) overrides.budget = budget;
  if (capacityDays !== undefined) overrides.capacityDays = capacityDays;
  if (horizonMonths !== undefined) overrides.horizonMonths = horizonMonths;
  if (profile !== undefined) overrides.profile = profile;
  return { overrides, apply: optionalBoolean(body, 'apply') };
}

export interface ReplanAnswer {
  roadmap: Roadmap;
  moves: RoadmapMove[];
  saved: boolean;
  /** The run's version after this request (unchanged by a preview). */
  version: number | null;
}

/**
 * A preview re-arbitrates the run's own state (decisions, actuals, start) with these constraints on top and
 * writes nothing; `apply` goes through the living roadmap's replan, which archives the previous version.
 */
export async function replanFromPage(dir: string, request: ReplanRequest): Promise<ReplanAnswer> {
  if (request.apply) {
    const published = await replanRun(dir, { overrides: request.overrides });
    const moves = published.previous ? diffRoadmaps(published.previous, published.roadmap) : [];
    return { roadmap: published.roadmap, moves, saved: true, version: published.version };
  }
  const inputs = await readRunInputs(dir);
  const plan = { ...inputs.state.plan, overrides: { ...inputs.state.plan.overrides, ...request.overrides } };
  const roadmap = arbitrateState(inputs.outputs, inputs.draftKind, { ...inputs.state, plan });
  return {
    roadmap,
    moves: inputs.current ? diffRoadmaps(inputs.current, roadmap) : [],
    saved: false,
    version: null,
  };
}
