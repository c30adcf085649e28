// An agent that never gives a valid answer: exit 1, its sibling in flight finishes and is kept, run.json says
// who failed and why, the last raw answer is saved, and --resume retries it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT_IDS } from '../../agents/outputs.js';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { briefPath } from '../support/fixture-cases.js';
import {
  agentFilesIn,
  agentsWithStatus,
  inspectRunDir,
  manifestNow,
  manifestOf,
  snapshotAgents,
} from './support/run-dir.js';
import { type ScriptedAnswers, scriptedAnswers } from './support/scripted-answers.js';
import { runCliProcess, spawnCli } from './support/spawn-cli.js';
import { waitFor } from './support/wait-for.js';

/** Spawned CLI processes are slow on a loaded 2-core machine: generous, never a performance threshold. */
const PROCESS_TIMEOUT_MS = 90_000;

const CASE = 'fr-boulangerie-lyon';
const KEY = 'sk-boussole-canary-failed-93d0b7';
/** Valid JSON that no SWOT schema accepts: the model keeps answering it, repair turns or not. */
const BROKEN_SWOT = { strengths: 'a loyal clientele', verdict: 'all good' };
const servers: FakeOpenAI[] = [];
const scripts: ScriptedAnswers[] = [];
const dirs: string[] = [];

async function server(script: ScriptedAnswers) {
  scripts.push(script);
  const fake = await startFakeOpenAI({ answer: script.answer });
  servers.push(fake);
  return fake;
}

afterEach(async () => {
  for (const script of scripts.splice(0)) script.releaseAll();
  await Promise.all(servers.splice(0).map((fake) => fake.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('an agent that fails after its repair turns', () => {
  it(
    'stops the run with exit 1, keeps the sibling that was in flight, and --resume retries only what is missing',
    async () => {
      // personas (swot's sibling) is held until run.json records swot's failure: it is in flight when swot fails.
      const script = scriptedAnswers(CASE, { hold: ['personas'], answers: { swot: () => BROKEN_SWOT } });
      const faulty = await server(script);
      const cwd = mkdtempSync(join(tmpdir(), 'boussole-failed-'));
      dirs.push(cwd);
      const out = join(cwd, 'run');
      const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: faulty.url };
      const draft = spawnCli(['draft', briefPath(CASE), '--out', out], { env, cwd });

      await waitFor(() => manifestNow(out)?.agents.swot.status === 'failed', {
        what: 'swot failed in run.json',
      });
      expect(manifestNow(out)?.agents.personas.status).toBe('running');
      script.release('personas');
      const result = await draft.exited;

      expect(result.code).toBe(1);
      const manifest = manifestOf(out);
      expect(manifest.status).toBe('failed');
      expect(manifest.error).toMatchObject({ agent: 'swot', code: 'llm_output' });
      expect(manifest.error?.message).toMatch(/Agent swot .*3 calls \(2 repair turns\)/);
      expect(manifest.agents.swot).toMatchObject({
        status: 'failed',
        attempts: { calls: 3, transportRetries: 0, repairTurns: 2 },
        error: { code: 'llm_output' },
      });
      expect(manifest.agents.swot.error?.message).toMatch(/did not match the schema/);
      // The sibling already in flight finished and was kept; nothing new started after the failure.
      expect(agentsWithStatus(manifest, 'done')).toEqual(['brief', 'personas']);
      expect(agentsWithStatus(manifest, 'pending')).toEqual(['positioning', 'journey', 'prioritizer']);
      expect(faulty.stats().byAgent).toEqual({ brief: 1, swot: 3, personas: 1 });
      expect(agentFilesIn(out)).toEqual(['brief', 'personas']);
      expect(inspectRunDir(out).problems).toEqual([]);
      // The model's last raw answer is kept for inspection, and the summary says where.
      expect(JSON.parse(readFileSync(join(out, 'swot.last-answer.txt'), 'utf8'))).toEqual(BROKEN_SWOT);
      // The summary speaks the brief's language (this case is French).
      expect(result.stdout).toMatch(/Échec à l’agent swot/);
      expect(result.stdout).toContain('swot.last-answer.txt');
      expect(result.stderr).toMatch(/\[swot\] échec après/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      const before = snapshotAgents(out, ['brief', 'personas']);

      const fresh = await server(scriptedAnswers(CASE));
      const resumed = await runCliProcess(['draft', '--resume', out], {
        env: { ...env, OPENAI_BASE_URL: fresh.url },
        cwd,
      });

      expect(resumed.code).toBe(0);
      expect(fresh.stats().byAgent).toEqual({ swot: 1, positioning: 1, journey: 1, prioritizer: 1 });
      for (const [id, bytes] of before)
        expect(snapshotAgents(out, [id]).get(id)?.equals(bytes), id).toBe(true);
      const after = manifestOf(out);
      expect(after.status).toBe('completed');
      expect(after.error).toBeNull();
      expect(agentsWithStatus(after, 'done')).toEqual([...AGENT_IDS]);
      expect(after.agents.swot.error).toBeNull();
    },
    PROCESS_TIMEOUT_MS,
  );
});
