// A draft killed with SIGKILL mid-run: every file left is whole, and `--resume` calls the model only for what is missing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT_IDS } from '../../agents/outputs.js';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { briefPath } from '../support/fixture-cases.js';
import {
  agentFilesIn,
  agentsWithStatus,
  filesOf,
  inspectRunDir,
  manifestNow,
  manifestOf,
  snapshotAgents,
} from './support/run-dir.js';
import { scriptedAnswers } from './support/scripted-answers.js';
import { runCliProcess, spawnCli } from './support/spawn-cli.js';
import { waitFor } from './support/wait-for.js';

/** Spawned CLI processes are slow on a loaded 2-core machine: generous, never a performance threshold. */
const PROCESS_TIMEOUT_MS = 90_000;

const CASE = 'fr-boulangerie-lyon';
const KEY = 'sk-boussole-canary-crash-7f3a9c';
const servers: FakeOpenAI[] = [];
const dirs: string[] = [];

async function server(latencyMs: number) {
  const script = scriptedAnswers(CASE);
  const fake = await startFakeOpenAI({ latencyMs, answer: script.answer });
  servers.push(fake);
  return fake;
}

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-crash-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((fake) => fake.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a draft killed with SIGKILL', () => {
  it(
    'leaves only whole files, and --resume calls just the missing agents, keeping the finished ones byte-identical',
    async () => {
      const slow = await server(400);
      const cwd = workDir();
      const out = join(cwd, 'run');
      const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: slow.url };
      const draft = spawnCli(['draft', briefPath(CASE), '--out', out], { env, cwd });

      // Reading run.json while the run rewrites it also proves its writes are atomic: a half file would not parse.
      await waitFor(
        () => {
          const manifest = manifestNow(out);
          return manifest !== null && agentsWithStatus(manifest, 'done').length >= 2;
        },
        { what: 'two agents done in run.json' },
      );
      draft.child.kill('SIGKILL');
      const killed = await draft.exited;
      expect(killed.signal).toBe('SIGKILL');

      const { problems } = inspectRunDir(out);
      expect(problems).toEqual([]);
      const manifest = manifestOf(out);
      expect(manifest.status).toBe('running');
      const finished = agentFilesIn(out);
      // An agent's file is written before run.json records it, so the files may be one step ahead, never behind.
      expect(finished).toEqual(expect.arrayContaining(agentsWithStatus(manifest, 'done')));
      const missing = AGENT_IDS.filter((id) => !finished.includes(id));
      expect(finished.length).toBeGreaterThanOrEqual(2);
      expect(missing).toContain('prioritizer');
      const before = snapshotAgents(out, finished);

      const fresh = await server(0);
      const resumed = await runCliProcess(['draft', '--resume', out], {
        env: { ...env, OPENAI_BASE_URL: fresh.url },
        cwd,
      });

      expect(resumed.stderr).not.toMatch(/unexpected/);
      expect(resumed.code).toBe(0);
      // The model is asked only for the agents that had no output, each once.
      expect(fresh.stats().byAgent).toEqual(Object.fromEntries(missing.map((id) => [id, 1])));
      for (const [id, bytes] of before)
        expect(snapshotAgents(out, [id]).get(id)?.equals(bytes), id).toBe(true);
      expect(inspectRunDir(out)).toEqual({ problems: [], tempFiles: [] });
      const after = manifestOf(out);
      expect(after.status).toBe('completed');
      expect(agentsWithStatus(after, 'done')).toEqual([...AGENT_IDS]);
      expect(filesOf(out)).toEqual(
        expect.arrayContaining(['roadmap.json', 'roadmap.md', 'report.html', 'draft.md']),
      );
    },
    PROCESS_TIMEOUT_MS,
  );
});
