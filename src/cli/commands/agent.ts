// `boussole agent <id> --run DIR`: rerun one agent with its upstream pinned, then re-arbitrate.
import { resolve } from 'node:path';
import { isAgentId } from '../../../agents/index.js';
import { AGENT_IDS } from '../../../agents/outputs.js';
import { InputError } from '../../errors/index.js';
import { rerunAgent } from '../../pipeline/draft.js';
import { parseCommand } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { buildRunContext, RUN_OPTIONS } from '../run-context.js';
import { summariseOutcome } from '../summary.js';

const OPTIONS = { ...RUN_OPTIONS, run: { type: 'string' }, cascade: { type: 'boolean' } } as const;

export async function agentCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('agent', argv, OPTIONS);
  const [agentId, ...extra] = positionals;
  if (agentId === undefined || extra.length > 0) {
    throw new InputError('usage', `Give exactly one agent id (${AGENT_IDS.join(', ')}) and --run DIR.`);
  }
  if (!isAgentId(agentId)) {
    throw new InputError('usage', `Unknown agent \`${agentId}\`: expected one of ${AGENT_IDS.join(', ')}.`);
  }
  if (!values.run)
    throw new InputError('usage', '`boussole agent` needs --run DIR, the run directory to update.');
  const context = await buildRunContext(values, io);
  const outcome = await rerunAgent(
    resolve(io.cwd, values.run),
    agentId,
    values.cascade === true,
    context,
  ).finally(() => context.close());
  io.stdout(summariseOutcome(outcome, io.cwd));
  if (outcome.manifest.status === 'interrupted') return EXIT_INTERRUPTED;
  return outcome.manifest.status === 'failed' ? EXIT_FAILURE : EXIT_OK;
}
