// A run's roadmap: the agents' outputs arbitrated with the run's steering (plan.json, decisions.json, actuals.json).
// Both a finished draft and every living-roadmap command (decide, review, replan) arbitrate through here.
import type { AgentOutputs } from '../../agents/outputs.js';
import { arbitrate, type Roadmap } from '../arbiter/index.js';
import { type Published, publishRoadmap } from './publish.js';
import { overridesOf, type RunState, readRunState } from './run-state.js';
import type { RunStore } from './run-store.js';

export function arbitrateState(
  outputs: Required<AgentOutputs>,
  draftKind: Roadmap['draftKind'],
  state: RunState,
): Roadmap {
  return arbitrate({ ...outputs, draftKind }, overridesOf(state.plan), {
    start: state.plan.start,
    decisions: state.decisions,
    actuals: state.actuals,
  });
}

/** For the pipeline: the roadmap of complete outputs with the run's steering applied, published as a version. */
export async function publishFromOutputs(
  store: RunStore,
  outputs: Required<AgentOutputs>,
  draftKind: Roadmap['draftKind'],
): Promise<Published> {
  const state = await readRunState(store);
  return publishRoadmap(store, arbitrateState(outputs, draftKind, state), outputs, state.plan);
}
