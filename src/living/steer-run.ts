// Re-arbitrates a run from its files — agents' outputs, plan.json, decisions.json, actuals.json — and publishes
// the result as a new version. The one path every command that changes a roadmap goes through.
import { AGENTS } from '../../agents/index.js';
import { AGENT_IDS, type AgentId, type AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/index.js';
import { InputError } from '../errors/index.js';
import { arbitrateState } from '../pipeline/arbitrate-run.js';
import { draftKindOf } from '../pipeline/manifest.js';
import { type Published, publishRoadmap } from '../pipeline/publish.js';
import {
  type RunState,
  readRunState,
  writeActuals,
  writeDecisions,
  writeRunPlan,
} from '../pipeline/run-state.js';
import { openRunStore, type RunStore } from '../pipeline/run-store.js';

export interface RunInputs {
  store: RunStore;
  outputs: Required<AgentOutputs>;
  draftKind: Roadmap['draftKind'];
  state: RunState;
  /** The roadmap.json in the run now, or null. */
  current: Roadmap | null;
}

/** Saved outputs that validate; an output that no longer parses counts as missing. */
async function readOutputs(store: RunStore): Promise<Partial<AgentOutputs>> {
  const outputs: Partial<Record<AgentId, unknown>> = {};
  for (const id of AGENT_IDS) {
    const saved = await store.readAgent(id);
    if (saved === null) continue;
    const parsed = AGENTS[id].output.safeParse(saved);
    if (parsed.success) outputs[id] = parsed.data;
  }
  return outputs as Partial<AgentOutputs>;
}

/** Everything a re-arbitration reads; a run with an agent output missing is refused with what to do. */
export async function readRunInputs(dir: string): Promise<RunInputs> {
  const store = openRunStore(dir);
  const manifest = await store.readManifest();
  const outputs = await readOutputs(store);
  const missing = AGENT_IDS.filter((id) => outputs[id] === undefined);
  if (missing.length > 0) {
    throw new InputError(
      'run_dir',
      `${dir} has no valid output for ${missing.join(', ')}: finish the run first with \`boussole draft --resume ${dir}\`.`,
    );
  }
  const text = await store.readText('roadmap.json');
  let current: Roadmap | null = null;
  try {
    current = text === null ? null : (JSON.parse(text) as Roadmap);
  } catch {
    current = null;
  }
  return {
    store,
    outputs: outputs as Required<AgentOutputs>,
    draftKind: current?.draftKind ?? draftKindOf(manifest),
    state: await readRunState(store),
    current,
  };
}

/** Which state files a command changed: they are written (after validation, before the roadmap) only then. */
export interface StateChange {
  plan?: boolean;
  decisions?: boolean;
  actuals?: boolean;
}

export async function steerRun(
  inputs: RunInputs,
  state: RunState,
  changed: StateChange = {},
): Promise<Published> {
  const started = performance.now();
  const roadmap = arbitrateState(inputs.outputs, inputs.draftKind, state);
  const arbiterMs = performance.now() - started;
  if (changed.plan) await writeRunPlan(inputs.store, state.plan);
  if (changed.decisions) await writeDecisions(inputs.store, state.decisions);
  if (changed.actuals) await writeActuals(inputs.store, state.actuals);
  return publishRoadmap(inputs.store, roadmap, inputs.outputs, state.plan, arbiterMs);
}
