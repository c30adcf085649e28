// Re-plan a run from the page: a preview (nothing written) or a new version, with no model call.
import { AGENT_IDS, type AgentOutputs } from '../../agents/outputs.js';
import {
  arbitrate,
  type ConstraintOverrides,
  diffRoadmaps,
  type Roadmap,
  type RoadmapMove,
} from '../arbiter/index.js';
import { readPinned } from '../pipeline/draft.js';
import { readRoadmap, writeRoadmap } from '../pipeline/finish-run.js';
import { openRunStore } from '../pipeline/run-store.js';
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

export async function readCompleteOutputs(dir: string): Promise<Required<AgentOutputs>> {
  const outputs = await readPinned(openRunStore(dir), AGENT_IDS);
  const missing = AGENT_IDS.filter((id) => outputs[id] === undefined);
  if (missing.length > 0) {
    throw new HttpError(
      409,
      'run_incomplete',
      `This run has no valid output for ${missing.join(', ')} yet: wait for the draft to finish, or continue it with \`boussole draft --resume ${dir}\`.`,
    );
  }
  return outputs as Required<AgentOutputs>;
}

export async function replanRun(
  dir: string,
  request: ReplanRequest,
): Promise<{ roadmap: Roadmap; moves: RoadmapMove[]; saved: boolean }> {
  const outputs = await readCompleteOutputs(dir);
  const store = openRunStore(dir);
  const previous = await readRoadmap(store);
  const roadmap = arbitrate({ ...outputs, draftKind: previous?.draftKind ?? 'llm' }, request.overrides);
  if (request.apply) await writeRoadmap(store, roadmap, outputs);
  return { roadmap, moves: previous ? diffRoadmaps(previous, roadmap) : [], saved: request.apply };
}
