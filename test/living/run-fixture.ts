// Builds a run directory from a fixture case's hand-authored answers, as a draft would leave it, for the living tests.
import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_IDS, type AgentOutputs } from '../../agents/outputs.js';
import { publishFromOutputs } from '../../src/pipeline/arbitrate-run.js';
import { emptyAgentRecord, type RunManifest } from '../../src/pipeline/manifest.js';
import { newRunPlan, writeRunPlan } from '../../src/pipeline/run-state.js';
import { openRunStore } from '../../src/pipeline/run-store.js';
import { caseOutputs } from '../support/fixture-cases.js';

export { caseOutputs };

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `boussole-${prefix}-`));
}

function manifest(language: 'fr' | 'en'): RunManifest {
  const agents = Object.fromEntries(
    AGENT_IDS.map((id) => [id, { ...emptyAgentRecord(), status: 'done', provider: 'replay' }]),
  ) as RunManifest['agents'];
  return {
    version: 1,
    tool: { name: 'boussole', version: 'test' },
    status: 'completed',
    provider: 'replay',
    baseURL: null,
    brief: { source: 'brief', format: 'json', language, chars: 1 },
    prompts: {
      dir: 'prompts',
      hashes: Object.fromEntries(AGENT_IDS.map((id) => [id, 'x'])) as RunManifest['prompts']['hashes'],
    },
    agents,
    totals: { calls: 0, promptTokens: 0, completionTokens: 0 },
    error: null,
    startedAt: '2027-01-01T00:00:00.000Z',
    durationMs: 1,
  };
}

/** A completed run of `outputs` in a fresh folder named `name` (the calendar id comes from it), published once. */
export async function makeRun(
  outputs: Required<AgentOutputs>,
  start: string | null,
  name = 'run',
): Promise<string> {
  const dir = join(tempDir('living'), name);
  await mkdir(dir);
  const store = openRunStore(dir);
  for (const id of AGENT_IDS) await store.writeAgent(id, outputs[id] as never);
  await store.writeManifest(manifest(outputs.brief.language === 'fr' ? 'fr' : 'en'));
  await writeFile(join(dir, 'source.txt'), 'brief\n');
  await writeRunPlan(store, newRunPlan(start, dir));
  await publishFromOutputs(store, outputs, 'replay');
  return dir;
}
