// A provider's rate limit no longer fails a batch the user did not tune: four briefs with no --rpm, against a server
// that allows 20 requests a minute (429 with Retry-After past it), all complete, and the server refuses few calls.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { manifestOf } from './support/run-dir.js';
import { runCliProcess } from './support/spawn-cli.js';

/** 24 calls against 20 a minute take a little over a minute by design; generous for a loaded machine. */
const PROCESS_TIMEOUT_MS = 240_000;
const KEY = 'sk-boussole-canary-ratelimit-3a7d10';

const COMPANIES = ['Atelier Brume', 'Maison Sel', 'Vélo Nord', 'Cafés Oblique'];

const servers: FakeOpenAI[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a batch against a provider limit, with no --rpm', () => {
  it(
    'completes all four drafts against 20 requests a minute, the shared limiter keeping refusals rare',
    async () => {
      const fake = await startFakeOpenAI({ latencyMs: 150, rpmLimit: 20 });
      servers.push(fake);
      const cwd = mkdtempSync(join(tmpdir(), 'boussole-ratelimit-'));
      dirs.push(cwd);
      const briefs = COMPANIES.map((company, i) => {
        const path = join(cwd, `brief-${i + 1}.txt`);
        writeFileSync(
          path,
          `${company} is a small business in Lyon selling online and in one shop. Goal: grow online revenue by 40% within 12 months. Budget: 8,000 EUR for the year. Three people, six hours a week each for marketing.\n`,
        );
        return path;
      });
      const out = join(cwd, 'runs');
      const result = await runCliProcess(['draft', ...briefs, '--out', out], {
        env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.url },
        cwd,
      });

      expect(result.code, result.stderr).toBe(0);
      const runs = readdirSync(out);
      expect(runs).toHaveLength(4);
      for (const run of runs) expect(manifestOf(join(out, run)).status).toBe('completed');
      const stats = fake.stats();
      // 4 briefs × 6 agents, plus the calls refused and retried.
      expect(stats.byStatus['200']).toBe(24);
      // Each agent retrying on its own drew dozens; one limiter learning from the first refusal draws a handful.
      expect(stats.rateLimited).toBeLessThanOrEqual(6);
    },
    PROCESS_TIMEOUT_MS,
  );
});
