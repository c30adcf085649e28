// What a SIGKILL can leave between two writes, rebuilt exactly: resume must trust the files, not a stale manifest.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT_IDS } from '../../agents/outputs.js';
import { runCli } from '../support/cli.js';
import type { FakeOpenAI } from '../support/fake-openai-server.js';
import { briefPath } from '../support/fixture-cases.js';
import { interceptFakeOpenAI } from '../support/use-fake-openai.js';
import { agentsWithStatus, inspectRunDir, manifestOf } from './support/run-dir.js';
import { scriptedAnswers } from './support/scripted-answers.js';

/** Two full drafts in process: generous on a loaded 2-core machine, never a performance threshold. */
const PROCESS_TIMEOUT_MS = 90_000;

const CASE = 'en-coffee-roaster-b2c';
const KEY = 'sk-boussole-canary-state-51be0d';
const servers: FakeOpenAI[] = [];
const dirs: string[] = [];

async function server() {
  const fake = await interceptFakeOpenAI({ answer: scriptedAnswers(CASE).answer });
  servers.push(fake);
  return fake;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((fake) => fake.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resume after a crash between two writes', () => {
  it(
    'keeps an output saved just before the kill (run.json still said running) and sweeps stale temp files',
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'boussole-state-'));
      dirs.push(cwd);
      const out = join(cwd, 'run');
      const first = await server();
      const drafted = await runCli(['draft', briefPath(CASE), '--out', out], {
        env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: first.url },
        cwd,
      });
      expect(drafted.code).toBe(0);

      // The state after a kill: journey.json written but not yet recorded; positioning being written (its temp
      // file is half there); prioritizer never started.
      const manifest = manifestOf(out);
      manifest.status = 'running';
      manifest.agents.journey.status = 'running';
      manifest.agents.positioning.status = 'running';
      manifest.agents.prioritizer.status = 'pending';
      writeFileSync(join(out, 'run.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      const positioning = readFileSync(join(out, 'positioning.json'), 'utf8');
      writeFileSync(
        join(out, '.positioning.json.4242.0badc0de.tmp'),
        positioning.slice(0, positioning.length / 2),
      );
      unlinkSync(join(out, 'positioning.json'));
      unlinkSync(join(out, 'prioritizer.json'));
      const journey = readFileSync(join(out, 'journey.json'));

      const second = await server();
      const resumed = await runCli(['draft', '--resume', out], {
        env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: second.url },
        cwd,
      });

      expect(resumed.code).toBe(0);
      expect(second.stats().byAgent).toEqual({ positioning: 1, prioritizer: 1 });
      expect(readFileSync(join(out, 'journey.json')).equals(journey)).toBe(true);
      const after = manifestOf(out);
      expect(after.status).toBe('completed');
      // A kept output is recorded as done: a completed run with an agent still "running" would be a lie.
      expect(agentsWithStatus(after, 'done')).toEqual([...AGENT_IDS]);
      expect(inspectRunDir(out)).toEqual({ problems: [], tempFiles: [] });
    },
    PROCESS_TIMEOUT_MS,
  );
});
