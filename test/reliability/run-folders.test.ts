// Run folders never collide: drafts of one brief started the same second, and batches into one parent, each get a
// folder of their own and complete; a lost race for an explicit --out is not told to resume the winner's run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimRunDir } from '../../src/pipeline/claim-run-dir.js';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.js';
import { manifestOf } from './support/run-dir.js';
import { runCliProcess } from './support/spawn-cli.js';

/** Spawned CLI processes are slow on a loaded 2-core machine: generous, never a performance threshold. */
const PROCESS_TIMEOUT_MS = 180_000;
const KEY = 'sk-boussole-canary-folders-5e20c9';

const servers: FakeOpenAI[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'boussole-folders-'));
  dirs.push(cwd);
  return cwd;
}

function writeBrief(cwd: string, name: string, company: string): string {
  const path = join(cwd, name);
  writeFileSync(
    path,
    `${company} is a small perfume workshop in Nantes selling candles online. Goal: double online revenue within 12 months. Budget: 6,000 EUR for the year. Two people, ten hours a week.\n`,
  );
  return path;
}

/** The folder-name stamps of the next `seconds` seconds, as `boussole draft` writes them. */
function stampsAhead(seconds: number): string[] {
  const now = Date.now();
  return Array.from({ length: seconds }, (_, i) =>
    new Date(now + i * 1000).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15),
  );
}

describe('claimRunDir', () => {
  it('gives claims racing for one generated name three different folders, each with its source', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'boussole-claim-'));
    dirs.push(parent);
    const claimed = await Promise.all(
      ['a', 'b', 'c'].map((text) => claimRunDir({ parent, name: 'acme-20260101-120000' }, text)),
    );
    expect(new Set(claimed).size).toBe(3);
    expect((await readdir(parent)).sort()).toEqual([
      'acme-20260101-120000',
      'acme-20260101-120000-2',
      'acme-20260101-120000-3',
    ]);
    const sources = await Promise.all(claimed.map((dir) => readFile(join(dir, 'source.txt'), 'utf8')));
    expect(sources.sort()).toEqual(['a', 'b', 'c']);
  });

  it('lets exactly one of two claims take an existing empty --out folder; the other is told it lost a race', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'boussole-claim-'));
    dirs.push(parent);
    const out = join(parent, 'run');
    mkdirSync(out);
    const results = await Promise.allSettled([claimRunDir(out, 'first'), claimRunDir(out, 'second')]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(String(lost[0]?.reason.message)).toMatch(/Another draft started writing .* at the same moment/);
    expect(String(lost[0]?.reason.message)).not.toContain('--resume');
    expect(lost[0]?.reason.exitCode).toBe(2);
  });
});

describe('drafts started together', () => {
  it(
    'three drafts of one brief in the same second all complete, in three folders',
    async () => {
      const fake = await startFakeOpenAI({ latencyMs: 50 });
      servers.push(fake);
      const cwd = workspace();
      const brief = writeBrief(cwd, 'atelier-brume.txt', 'Atelier Brume');
      // Whatever second the three land in, its folder name is already taken: every one must pick a suffix.
      for (const stamp of stampsAhead(60))
        mkdirSync(join(cwd, 'runs', `atelier-brume-${stamp}`), { recursive: true });
      const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.url };
      const results = await Promise.all([1, 2, 3].map(() => runCliProcess(['draft', brief], { env, cwd })));
      for (const result of results) {
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).not.toContain('--resume');
      }
      const made = readdirSync(join(cwd, 'runs')).filter((name) =>
        existsSync(join(cwd, 'runs', name, 'run.json')),
      );
      expect(made).toHaveLength(3);
      for (const name of made) {
        expect(name).toMatch(/^atelier-brume-\d{8}-\d{6}-\d+$/);
        expect(manifestOf(join(cwd, 'runs', name)).status).toBe('completed');
      }
      const printed = results.map((result) => /Run completed: (\S+)/.exec(result.stdout)?.[1]);
      expect(new Set(printed).size).toBe(3);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'three batch commands into one parent at the same time all complete, every brief in its own folder',
    async () => {
      const fake = await startFakeOpenAI({ latencyMs: 50 });
      servers.push(fake);
      const cwd = workspace();
      const briefs = [
        writeBrief(cwd, 'atelier-brume.txt', 'Atelier Brume'),
        writeBrief(cwd, 'maison-sel.txt', 'Maison Sel'),
      ];
      const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.url };
      const results = await Promise.all(
        [1, 2, 3].map(() => runCliProcess(['draft', ...briefs, '--out', join(cwd, 'batch')], { env, cwd })),
      );
      for (const result of results) expect(result.code, result.stderr).toBe(0);
      const made = readdirSync(join(cwd, 'batch'));
      expect(made).toHaveLength(6);
      for (const name of made) expect(manifestOf(join(cwd, 'batch', name)).status).toBe('completed');
    },
    PROCESS_TIMEOUT_MS,
  );
});
