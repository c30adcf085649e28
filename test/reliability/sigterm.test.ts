// SIGTERM (kill, systemd, a CI runner stopping a job) is handled like Ctrl-C: in-flight calls stop, run.json says
// interrupted, finished outputs stay, the resume hint is printed, and the exit code is 143 (128 + 15).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashString } from '../support/fake-openai/prng.js';
import { fillSchema } from '../support/fake-openai/schema-fill.js';
import { type AnswerRequest, type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { agentsWithStatus, manifestNow, manifestOf } from './support/run-dir.js';
import { runCliProcess, spawnCli } from './support/spawn-cli.js';
import { waitFor } from './support/wait-for.js';

const PROCESS_TIMEOUT_MS = 120_000;
const KEY = 'sk-boussole-canary-sigterm-9b3e71';

const servers: FakeOpenAI[] = [];
const dirs: string[] = [];
const releases: (() => void)[] = [];
afterEach(async () => {
  for (const release of releases.splice(0)) release();
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Valid answers for every agent, except that `held` answers only once the test releases it. */
async function serverHolding(held: string): Promise<{ fake: FakeOpenAI; arrivals: () => number }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  releases.push(release);
  let arrivals = 0;
  const fake = await startFakeOpenAI({
    answer: async (request: AnswerRequest) => {
      if (request.agent === held) {
        arrivals += 1;
        await gate;
      }
      return fillSchema(request.schema, {
        style: 'schema-fill',
        seed: hashString(JSON.stringify(request.body)),
      });
    },
  });
  servers.push(fake);
  return { fake, arrivals: () => arrivals };
}

describe('SIGTERM during a draft', () => {
  it(
    'exits 143, marks the run interrupted with its finished outputs kept, prints the resume hint, and resumes',
    async () => {
      const { fake, arrivals } = await serverHolding('positioning');
      const cwd = mkdtempSync(join(tmpdir(), 'boussole-sigterm-'));
      dirs.push(cwd);
      const brief = join(cwd, 'brief.txt');
      writeFileSync(
        brief,
        'Atelier Brume makes candles in Nantes and sells them online. Goal: double online revenue within 12 months. Budget: 6,000 EUR.\n',
      );
      const out = join(cwd, 'run');
      const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.url };
      const draft = spawnCli(['draft', brief, '--out', out], { env, cwd });
      await waitFor(() => manifestNow(out)?.agents.journey.status === 'done' && arrivals() === 1, {
        what: 'journey done and positioning in flight',
      });
      draft.child.kill('SIGTERM');
      const result = await draft.exited;

      expect(result.code, result.stderr).toBe(143);
      expect(result.stdout).toMatch(/Run interrupted/);
      expect(result.stdout).toContain('boussole draft --resume');
      const manifest = manifestOf(out);
      expect(manifest.status).toBe('interrupted');
      expect(manifest.error?.code).toBe('interrupted');
      expect(agentsWithStatus(manifest, 'done')).toEqual(['brief', 'swot', 'personas', 'journey']);
      expect(manifest.agents.positioning).toMatchObject({ status: 'pending', error: null });

      const again = await serverHolding('none');
      const resumed = await runCliProcess(['draft', '--resume', out], {
        env: { ...env, OPENAI_BASE_URL: again.fake.url },
        cwd,
      });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(again.fake.stats().byAgent).toEqual({ positioning: 1, prioritizer: 1 });
      expect(manifestOf(out).status).toBe('completed');
    },
    PROCESS_TIMEOUT_MS,
  );
});
