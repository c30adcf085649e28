// Ctrl-C (SIGINT) mid-run: in-flight calls stop, run.json says interrupted, finished outputs stay, exit 130, resume works.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
const KEY = 'sk-boussole-canary-sigint-2c81e4';
const servers: FakeOpenAI[] = [];
const scripts: ScriptedAnswers[] = [];
const dirs: string[] = [];

async function server(script: ScriptedAnswers, latencyMs = 0) {
  scripts.push(script);
  const fake = await startFakeOpenAI({ latencyMs, answer: script.answer });
  servers.push(fake);
  return fake;
}

afterEach(async () => {
  for (const script of scripts.splice(0)) script.releaseAll();
  await Promise.all(servers.splice(0).map((fake) => fake.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Ctrl-C during a draft', () => {
  it(
    'exits 130 without waiting for the call in flight, marks the run interrupted, and resumes',
    async () => {
      // positioning's answer never comes while the CLI runs: it is certainly in flight when SIGINT arrives.
      const script = scriptedAnswers(CASE, { hold: ['positioning'] });
      const slow = await server(script, 300);
      const cwd = mkdtempSync(join(tmpdir(), 'boussole-sigint-'));
      dirs.push(cwd);
      const out = join(cwd, 'run');
      const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: slow.url };
      const draft = spawnCli(['draft', briefPath(CASE), '--out', out], { env, cwd });

      await waitFor(
        () => {
          const manifest = manifestNow(out);
          return manifest?.agents.journey.status === 'done' && script.arrivals('positioning') === 1;
        },
        { what: 'journey done and positioning in flight' },
      );
      draft.child.kill('SIGINT');
      const result = await draft.exited;

      expect(result.code).toBe(130);
      // The summary speaks the brief's language (this case is French).
      expect(result.stdout).toMatch(/Interrompu : les résultats terminés sont gardés/);
      expect(result.stdout).toContain(`boussole draft --resume`);
      const manifest = manifestOf(out);
      expect(manifest.status).toBe('interrupted');
      expect(manifest.error?.code).toBe('interrupted');
      expect(agentsWithStatus(manifest, 'done')).toEqual(['brief', 'swot', 'personas', 'journey']);
      // The agent cut off mid-call is not a failure: it goes back to pending, with no error and no raw answer.
      expect(manifest.agents.positioning).toMatchObject({ status: 'pending', error: null });
      expect(manifest.agents.prioritizer.status).toBe('pending');
      expect(agentsWithStatus(manifest, 'failed')).toEqual([]);
      expect(existsSync(join(out, 'positioning.last-answer.txt'))).toBe(false);
      expect(agentFilesIn(out)).toEqual(['brief', 'swot', 'personas', 'journey']);
      expect(inspectRunDir(out).problems).toEqual([]);
      const before = snapshotAgents(out, agentFilesIn(out));

      const fresh = await server(scriptedAnswers(CASE));
      const resumed = await runCliProcess(['draft', '--resume', out], {
        env: { ...env, OPENAI_BASE_URL: fresh.url },
        cwd,
      });

      expect(resumed.code).toBe(0);
      expect(fresh.stats().byAgent).toEqual({ positioning: 1, prioritizer: 1 });
      for (const [id, bytes] of before)
        expect(snapshotAgents(out, [id]).get(id)?.equals(bytes), id).toBe(true);
      const after = manifestOf(out);
      expect(after.status).toBe('completed');
      expect(after.error).toBeNull();
      expect(agentsWithStatus(after, 'done')).toEqual([...AGENT_IDS]);
      expect(inspectRunDir(out)).toEqual({ problems: [], tempFiles: [] });
    },
    PROCESS_TIMEOUT_MS,
  );
});
