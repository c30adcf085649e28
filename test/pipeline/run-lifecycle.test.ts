// The run directory's life after the first draft: reruns, mixed providers, incomplete runs, batches, manifest writes.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';
import type { RunManifest } from '../../src/pipeline/manifest.js';
import { openRunStore } from '../../src/pipeline/run-store.js';
import { runCli } from '../support/cli.js';
import { answerFromCase, briefPath } from '../support/fixture-cases.js';
import { useFakeOpenAI } from '../support/use-fake-openai.js';

const mock = await useFakeOpenAI();
const llmEnv = { OPENAI_API_KEY: 'sk-lifecycle-test-0000', OPENAI_BASE_URL: mock.baseURL };
const BAKERY = briefPath('fr-boulangerie-lyon');

const tempDir = () => mkdtempSync(join(tmpdir(), 'boussole-lifecycle-'));
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
const roadmapOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'roadmap.json'), 'utf8')) as Roadmap;

async function offlineDraft(): Promise<string> {
  const out = join(tempDir(), 'run');
  const result = await runCli(['draft', BAKERY, '--out', out], { env: {} });
  expect(result.code, result.stderr).toBe(0);
  return out;
}

describe('reruns and the run status', () => {
  it('does not mark dependants stale when the rerun gives the same output', async () => {
    const out = await offlineDraft();
    const result = await runCli(['agent', 'swot', '--run', out], { env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('stale');
    expect(manifestOf(out).agents.positioning.status).toBe('done');
  });

  it('keeps the offline label when one agent is rerun by a model', async () => {
    const out = await offlineDraft();
    mock.fallback(answerFromCase('fr-boulangerie-lyon'));
    const result = await runCli(['agent', 'swot', '--run', out], { env: llmEnv });
    expect(result.code, result.stderr).toBe(0);
    const manifest = manifestOf(out);
    expect(manifest.agents.swot.provider).toBe('openai');
    expect(manifest.agents.personas.provider).toBe('offline');
    expect(roadmapOf(out).draftKind).toBe('offline');
    expect(readFileSync(join(out, 'roadmap.md'), 'utf8')).toMatch(/hors ligne/);
  });

  it('reports a run with a missing output as failed, not completed, and says how to finish it', async () => {
    const out = await offlineDraft();
    unlinkSync(join(out, 'personas.json'));
    const result = await runCli(['agent', 'swot', '--run', out], { env: {} });
    expect(result.code).toBe(1);
    expect(manifestOf(out).status).toBe('failed');
    expect(result.stdout).toContain('--resume');
    expect(result.stdout).not.toContain('roadmap.md');
  });

  it('refuses a cascade whose agents would lack an input, before calling anything', async () => {
    const out = await offlineDraft();
    unlinkSync(join(out, 'personas.json'));
    const result = await runCli(['agent', 'swot', '--run', out, '--cascade'], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/personas/);
  });

  it('refuses --out pointing at a file with exit 2 and one line', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const result = await runCli(['draft', BAKERY, '--out', file], { env: {} });
    expect(result.code).toBe(2);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('boussole:')),
    ).toHaveLength(1);
  });
});

describe('batches', () => {
  it('gives two briefs with the same company name two run folders', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'briefs'));
    const text = 'Acme est une agence web à Nantes. Budget : 5 000 € par an.';
    writeFileSync(join(dir, 'briefs', 'one.txt'), text);
    writeFileSync(join(dir, 'briefs', 'two.txt'), text);
    const result = await runCli(['draft', join(dir, 'briefs'), '--out', join(dir, 'runs')], { env: {} });
    expect(result.code, result.stderr).toBe(0);
    const runs = readdirSync(join(dir, 'runs'));
    expect(runs).toHaveLength(2);
    for (const run of runs) expect(manifestOf(join(dir, 'runs', run)).status).toBe('completed');
  });
});

describe('run.json writes', () => {
  it('recover after a failed write: the next snapshot is written', async () => {
    const dir = tempDir();
    const store = openRunStore(dir);
    mkdirSync(join(dir, 'run.json'));
    const manifest = { status: 'running' } as unknown as RunManifest;
    await expect(store.writeManifest(manifest)).rejects.toThrow();
    rmSync(join(dir, 'run.json'), { recursive: true });
    await store.writeManifest({ ...manifest, status: 'completed' });
    expect(manifestOf(dir).status).toBe('completed');
  });
});
