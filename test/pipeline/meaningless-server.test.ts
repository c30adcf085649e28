// A draft answered by a server that fills every schema with valid but meaningless values (dangling ids, extreme
// numbers, HTML): the roadmap's invariants hold, the report shows the HTML as text, and replan is reproducible.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';
import { runCli } from '../support/cli.js';
import type { FakeOpenAI } from '../support/fake-openai-server.js';
import { interceptFakeOpenAI } from '../support/use-fake-openai.js';

const BRIEF = `Atelier Brume fabrique des bougies parfumées à Bordeaux et les vend en ligne et sur les marchés.
Budget marketing : 9 000 € par an. Je suis seule, 6 heures par semaine. Objectif : doubler les ventes en ligne d'ici 12 mois.
Concurrents : Diptyque, Cire Trudon. <script>alert("brief")</script>`;

let server: FakeOpenAI;
let dir: string;
let env: NodeJS.ProcessEnv;
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const roadmapOf = () => JSON.parse(read('roadmap.json')) as Roadmap;

beforeAll(async () => {
  server = await interceptFakeOpenAI({ answer: 'meaningless' });
  env = { OPENAI_API_KEY: 'sk-meaningless-test-0000', OPENAI_BASE_URL: server.url };
  const root = mkdtempSync(join(tmpdir(), 'boussole-meaningless-'));
  writeFileSync(join(root, 'brief.txt'), BRIEF);
  dir = join(root, 'run');
  const result = await runCli(['draft', join(root, 'brief.txt'), '--out', dir], { env });
  expect(result.stderr).not.toContain('unexpected');
  // Extreme values (costs far over the budget) may leave nothing to schedule: that run still completes and keeps its
  // files, but an empty plan exits 1 and says why on stdout (in the brief's French), so a script never takes it for a
  // finished roadmap.
  const empty = roadmapOf().horizons.every((h) => h.actions.length === 0);
  expect(result.code).toBe(empty ? 1 : 0);
  if (empty) expect(result.stdout).toContain('PLAN VIDE');
});
afterAll(() => server.stop());

function assertInvariants(roadmap: Roadmap) {
  const ids = [...roadmap.horizons.flatMap((h) => h.actions), ...roadmap.deferred, ...roadmap.excluded].map(
    (a) => a.id,
  );
  expect(new Set(ids).size).toBe(ids.length);
  const horizonOf = new Map<string, number>();
  roadmap.horizons.forEach((h, index) => {
    for (const a of h.actions) horizonOf.set(a.id, index);
  });
  for (const [index, h] of roadmap.horizons.entries()) {
    if (h.budget !== null) expect(h.budgetUsed).toBeLessThanOrEqual(h.budget);
    if (h.capacityDays !== null) expect(h.capacityUsed).toBeLessThanOrEqual(h.capacityDays);
    expect(h.actions.length).toBeLessThanOrEqual(h.wipLimit);
    for (const a of h.actions) {
      expect(Number.isFinite(a.score)).toBe(true);
      for (const dep of a.dependsOn)
        expect(horizonOf.get(dep) ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(index);
    }
  }
}

describe('a draft answered with meaningless values', () => {
  it('still gives a roadmap whose invariants hold', () => {
    assertInvariants(roadmapOf());
  });

  it('shows HTML from the brief and the model as text in report.html', () => {
    const html = read('report.html');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\sonerror=/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('replan with the same constraints reproduces roadmap.json byte for byte, also with shuffled actions', async () => {
    const before = read('roadmap.json');
    expect((await runCli(['replan', '--run', dir], { env: {} })).code).toBe(0);
    expect(read('roadmap.json')).toBe(before);

    const prioritizer = JSON.parse(read('prioritizer.json')) as { actions: unknown[] };
    writeFileSync(
      join(dir, 'prioritizer.json'),
      JSON.stringify({ actions: [...prioritizer.actions].reverse() }),
    );
    expect((await runCli(['replan', '--run', dir], { env: {} })).code).toBe(0);
    expect(read('roadmap.json')).toBe(before);
  });

  it('replan with half the budget never schedules more than the new budget', async () => {
    const full = roadmapOf();
    const budget = (full.constraints.budget ?? 0) / 2;
    const result = await runCli(['replan', '--run', dir, '--budget', String(budget)], { env: {} });
    expect(result.code).toBe(0);
    // The summary speaks the brief's language (this brief is French).
    expect(result.stdout).toMatch(/What moved|Ce qui a bougé/);
    const half = roadmapOf();
    assertInvariants(half);
    const used = half.horizons.reduce((sum, h) => sum + h.budgetUsed, 0);
    expect(used).toBeLessThanOrEqual(half.constraints.budgetTotal ?? Number.POSITIVE_INFINITY);
    expect(half.constraints.budget).toBe(budget);
  });
});
