// Recording against a local OpenAI-compatible server: the real key reaches the server and no written file.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cassette } from '../../src/cassettes/index.js';
import { runCli } from '../support/cli.js';
import { briefPath } from '../support/fixture-cases.js';
import { readTree, STABLE_RUN_FILES, startFixtureUpstream, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

/** Recognisable, and shaped like a real key, so the secret scan would also catch it if it ever reached a body. */
const API_KEY = 'sk-boussole-test-KEY-0123456789abcdef';
const CASE = 'fr-boulangerie-lyon';

function recordRun(baseURL: string, cassettes: string, out: string) {
  return runCli(['draft', briefPath(CASE), '--record', '--cassettes', cassettes, '--out', out], {
    env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: baseURL },
  });
}

describe('draft --record', () => {
  it('records one cassette per call with the key sent upstream only, then replays them byte-identically', async () => {
    const upstream = await startFixtureUpstream(CASE);
    try {
      const cassettes = join(await tempDir(), CASE);
      const recordedRun = join(await tempDir(), 'run');
      const result = await recordRun(`${upstream.origin}/v1`, cassettes, recordedRun);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/0 replayed, 6 recorded$/m);
      expect(upstream.calls.map((call) => call.authorization)).toEqual(Array(6).fill(`Bearer ${API_KEY}`));

      const files = await readdir(cassettes);
      expect(files.sort()).toEqual(
        ['brief', 'journey', 'personas', 'positioning', 'prioritizer', 'swot'].map((agent) =>
          expect.stringMatching(new RegExp(`^${agent}-[0-9a-f]{12}\\.json$`)),
        ),
      );
      for (const file of files) {
        const cassette = Cassette.parse(JSON.parse(await readFile(join(cassettes, file), 'utf8')));
        expect(cassette.provenance).toEqual({
          kind: 'recorded',
          model: 'gpt-4.1-mini',
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        });
        expect(cassette.response.status).toBe(200);
      }
      // Neither the key nor any header made it into a file: cassettes, run directory, run.json.
      for (const [path, text] of [...(await readTree(cassettes)), ...(await readTree(recordedRun))]) {
        expect(text, path).not.toContain(API_KEY);
        expect(text, path).not.toMatch(/bearer|authorization|x-stainless/i);
      }

      const replayedRun = join(await tempDir(), 'run');
      const replayed = await runCli([
        'draft',
        briefPath(CASE),
        '--provider',
        'replay',
        '--cassettes',
        cassettes,
        '--out',
        replayedRun,
      ]);
      expect(replayed.code, replayed.stderr).toBe(0);
      for (const file of STABLE_RUN_FILES.filter((name) => name !== 'roadmap.json')) {
        expect(await readFile(join(replayedRun, file), 'utf8'), file).toBe(
          await readFile(join(recordedRun, file), 'utf8'),
        );
      }

      // Recording again calls nothing: every call has its cassette now.
      const again = await recordRun(`${upstream.origin}/v1`, cassettes, join(await tempDir(), 'run'));
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toMatch(/6 replayed, 0 recorded$/m);
      expect(upstream.calls).toHaveLength(6);
    } finally {
      await upstream.close();
    }
  });

  it('refuses to save an answer holding an sk- key: that agent fails with cassette_secret and no file is written for it', async () => {
    const leak = 'sk-proj-LEAKEDabcdefghijklmnopqrstuvwxyz0123';
    const upstream = await startFixtureUpstream(CASE, (call) =>
      call.agent === 'swot'
        ? { content: `{"strengths":[{"id":"S1","statement":"Our key is ${leak}"}]}` }
        : null,
    );
    try {
      const cassettes = join(await tempDir(), CASE);
      const run = join(await tempDir(), 'run');
      const result = await recordRun(`${upstream.origin}/v1`, cassettes, run);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Refused to save the swot cassette');
      expect(result.stderr).toContain('an sk- API key at response.body.choices[0].message.content');
      expect(result.stderr).not.toContain(leak);
      expect(upstream.calls.filter((call) => call.agent === 'swot')).toHaveLength(1);
      const files = await readdir(cassettes);
      expect(files.some((name) => name.startsWith('swot-'))).toBe(false);
      expect(files.some((name) => name.startsWith('brief-'))).toBe(true);
      for (const [path, text] of [...(await readTree(cassettes)), ...(await readTree(run))]) {
        expect(text, path).not.toContain(leak);
      }
    } finally {
      await upstream.close();
    }
  });

  it('passes an upstream error back without storing it', async () => {
    const upstream = await startFixtureUpstream(CASE, (call) =>
      call.agent === 'brief' ? { error: { status: 401, message: 'Incorrect API key provided' } } : null,
    );
    try {
      const cassettes = join(await tempDir(), CASE);
      const result = await recordRun(`${upstream.origin}/v1`, cassettes, join(await tempDir(), 'run'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('HTTP 401');
      expect(await readdir(cassettes).catch(() => [])).toEqual([]);
    } finally {
      await upstream.close();
    }
  });
});
