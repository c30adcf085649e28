// A batch never stops for one bad brief: the others are drafted, the bad one is named with its reason, and the
// exit code says something went wrong (2 for bad input only, 1 when a run failed).
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { interceptFakeOpenAI } from '../support/use-fake-openai.js';
import { GOOD_BRIEFS, makeTempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.remove());

/** Run folders written under `runs/`, each with whether its roadmap was written. */
function runsIn(root: string): { name: string; roadmap: boolean }[] {
  const runs = join(root, 'runs');
  if (!existsSync(runs)) return [];
  return readdirSync(runs)
    .sort()
    .map((name) => ({ name, roadmap: existsSync(join(runs, name, 'roadmap.md')) }));
}

async function folderOfBriefs(): Promise<string> {
  const briefs = join(dir.path, 'briefs');
  await mkdir(briefs);
  await copyFile(join(GOOD_BRIEFS, 'acme-en.txt'), join(briefs, 'acme.txt'));
  await copyFile(join(GOOD_BRIEFS, 'natural', 'yoga-teacher.yml'), join(briefs, 'yoga.yml'));
  await dir.write('briefs/broken.json', '["not", "a", "brief"]');
  return briefs;
}

describe('a batch with one bad brief', () => {
  it('drafts the others offline, names the bad one with its reason, and exits 2', async () => {
    await folderOfBriefs();
    const result = await runCli(['draft', 'briefs'], { cwd: dir.path });

    expect(result.code, result.stderr).toBe(2);
    const runs = runsIn(dir.path);
    expect(runs.map((run) => run.name.replace(/-\d{8}-\d{6}.*$/, ''))).toEqual(['acme', 'yoga-avec-claire']);
    expect(runs.every((run) => run.roadmap)).toBe(true);
    expect(result.stdout.match(/Run completed/g)).toHaveLength(2);
    expect(result.stderr).toContain('1 of 3 briefs not drafted');
    expect(result.stderr).toMatch(/ {2}briefs\/broken\.json: .*bare JSON list, not a brief/);
  }, 60_000);

  it('names every bad brief and drafts nothing when none is good, with exit 2', async () => {
    await dir.write('a.json', '42');
    await dir.write('b.yaml', '- one\n- two\n');
    const result = await runCli(['draft', 'a.json', 'b.yaml', 'missing.md'], { cwd: dir.path });

    expect(result.code).toBe(2);
    expect(runsIn(dir.path)).toEqual([]);
    expect(result.stderr).toContain('3 of 3 briefs not drafted');
    expect(result.stderr).toMatch(/a\.json: .*single JSON number/);
    expect(result.stderr).toMatch(/b\.yaml: .*bare YAML list/);
    expect(result.stderr).toMatch(/missing\.md: .*not found/);
  });

  it('still refuses a single bad brief on its own, as one line', async () => {
    await dir.write('a.json', '42');
    const result = await runCli(['draft', 'a.json'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^boussole: The brief file .*a\.json is a single JSON number/);
  });

  it('exits 1 when a run of the batch failed as well, keeping the bad brief named', async () => {
    const server = await interceptFakeOpenAI({ faults: { rate: 1, kinds: ['not-json'] } });
    try {
      await dir.write(
        'good.txt',
        'Maison Fournier is a bakery in Lyon that wants 20% more weekday customers.\n',
      );
      await dir.write('bad.json', '[]');
      const result = await runCli(['draft', 'good.txt', 'bad.json', '--provider', 'openai'], {
        cwd: dir.path,
        env: { OPENAI_API_KEY: 'sk-test-batch', OPENAI_BASE_URL: server.url },
      });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toContain('Run failed');
      expect(result.stderr).toMatch(/bad\.json: .*bare JSON list/);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
