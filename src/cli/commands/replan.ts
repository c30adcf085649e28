// `boussole replan --run DIR`: re-arbitrate a finished run with new constraints, no LLM call, and print what moved.
import { resolve } from 'node:path';
import { AGENT_IDS, type AgentOutputs } from '../../../agents/outputs.js';
import { arbitrate, type ConstraintOverrides } from '../../arbiter/index.js';
import { InputError } from '../../errors/index.js';
import { readPinned } from '../../pipeline/draft.js';
import { readRoadmap, writeRoadmap } from '../../pipeline/finish-run.js';
import { openRunStore, type RunStore } from '../../pipeline/run-store.js';
import { oneOf, parseCommand, positiveNumber, wholeNumber } from '../args.js';
import type { CliIo } from '../io.js';
import { replanLines } from '../summary.js';

const OPTIONS = {
  run: { type: 'string' },
  budget: { type: 'string' },
  'capacity-days': { type: 'string' },
  'horizon-months': { type: 'string' },
  profile: { type: 'string' },
  debug: { type: 'boolean' },
} as const;

export async function replanCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('replan', argv, OPTIONS);
  if (!values.run)
    throw new InputError('usage', '`boussole replan` needs --run DIR, a finished run directory.');
  if (positionals.length > 0)
    throw new InputError(
      'usage',
      `Unexpected argument \`${positionals[0]}\` (see \`boussole replan --help\`).`,
    );
  const overrides: ConstraintOverrides = {};
  const budget = positiveNumber('budget', values.budget, 0);
  const capacityDays = positiveNumber('capacity-days', values['capacity-days'], 0);
  const horizonMonths = wholeNumber('horizon-months', values['horizon-months'], 1);
  const profile = oneOf('profile', values.profile, ['executive', 'cmo', 'smb'] as const);
  if (budget !== undefined) overrides.budget = budget;
  if (capacityDays !== undefined) overrides.capacityDays = capacityDays;
  if (horizonMonths !== undefined) overrides.horizonMonths = horizonMonths;
  if (profile !== undefined) overrides.profile = profile;

  const dir = resolve(io.cwd, values.run);
  const store = openRunStore(dir);
  await store.readManifest();
  const outputs = await readAllOutputs(store, dir);
  const previous = await readRoadmap(store);
  const started = performance.now();
  const roadmap = arbitrate({ ...outputs, draftKind: previous?.draftKind ?? 'llm' }, overrides);
  const elapsed = performance.now() - started;
  await writeRoadmap(store, roadmap, outputs);
  const lines = replanLines(roadmap, elapsed, dir, previous);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

async function readAllOutputs(store: RunStore, dir: string): Promise<Required<AgentOutputs>> {
  const outputs = await readPinned(store, AGENT_IDS);
  const missing = AGENT_IDS.filter((id) => outputs[id] === undefined);
  if (missing.length > 0) {
    throw new InputError(
      'run_dir',
      `${dir} has no valid output for ${missing.join(', ')}: finish the run first with \`boussole draft --resume ${dir}\`.`,
    );
  }
  return outputs as Required<AgentOutputs>;
}
