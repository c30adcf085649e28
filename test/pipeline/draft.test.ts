// End-to-end drafts through the real OpenAI client, answered by msw from the hand-authored fixture cases.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENTS } from '../../agents/index.js';
import { AGENT_IDS } from '../../agents/outputs.js';
import type { RunManifest } from '../../src/pipeline/manifest.js';
import { runCli } from '../support/cli.js';
import { answerFromCase, briefPath } from '../support/fixture-cases.js';
import { useFakeOpenAI } from '../support/use-fake-openai.js';

const mock = await useFakeOpenAI();
const API_KEY = 'sk-test-boussole-SECRET-0123456789';
const env = { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: mock.baseURL };

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'boussole-draft-')), 'run');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifestOf = (dir: string) => readJson(join(dir, 'run.json')) as RunManifest;

function everyFileText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('boussole draft with an OpenAI-compatible server', () => {
  it('drafts a French free-text brief: six validated outputs, a manifest, a roadmap, no key anywhere', async () => {
    mock.fallback(answerFromCase('fr-boulangerie-lyon'));
    const out = freshDir();
    const result = await runCli(['draft', briefPath('fr-boulangerie-lyon'), '--out', out], { env });

    expect(result.stderr).not.toContain('unexpected');
    expect(result.code).toBe(0);
    for (const id of AGENT_IDS) {
      expect(AGENTS[id].output.safeParse(readJson(join(out, `${id}.json`))).success, id).toBe(true);
    }
    const manifest = manifestOf(out);
    expect(manifest.status).toBe('completed');
    expect(manifest.provider).toBe('openai');
    expect(Object.values(manifest.agents).map((a) => a.status)).toEqual(AGENT_IDS.map(() => 'done'));
    expect(manifest.totals.calls).toBe(6);
    expect(manifest.totals.promptTokens).toBe(6 * 1200);
    expect(mock.requests).toHaveLength(6);
    expect(new Set(mock.requests.map((r) => r.agentId))).toEqual(new Set(AGENT_IDS));
    expect(readJson(join(out, 'brief.json')).language).toBe('fr');
    for (const file of ['draft.md', 'roadmap.json', 'roadmap.md', 'report.html', 'source.txt']) {
      expect(readdirSync(out)).toContain(file);
    }
    // Progress: one start and one end line per agent, on stderr.
    for (const id of AGENT_IDS) {
      expect(result.stderr).toMatch(new RegExp(`\\[${id}\\] démarré`));
      expect(result.stderr).toMatch(new RegExp(`\\[${id}\\] terminé en`));
    }
    expect(everyFileText(out)).not.toContain(API_KEY);
    expect(result.stdout + result.stderr).not.toContain(API_KEY);
    for (const request of mock.requests) expect(JSON.stringify(request.body)).not.toContain(API_KEY);
  });

  it('skips the brief call for an English brief with complete front matter', async () => {
    mock.fallback(answerFromCase('en-saas-devtools'));
    const out = freshDir();
    const result = await runCli(['draft', briefPath('en-saas-devtools'), '--out', out], { env });

    expect(result.code).toBe(0);
    expect(mock.requestsFor('brief')).toHaveLength(0);
    expect(mock.requests).toHaveLength(5);
    expect(manifestOf(out).agents.brief.status).toBe('skipped');
    expect(readJson(join(out, 'brief.json')).language).toBe('en');
    // The brief reaches the model as data inside a user message, between delimiters.
    const swot = mock.requestsFor('swot')[0]?.body;
    expect(swot?.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(String(swot?.messages[1]?.content)).toMatch(/<brief_data format="json">[\s\S]*<\/brief_data>/);
  });

  it('has independent agents in flight at the same time', async () => {
    // swot and personas both need only the brief: each answer is held until the other request has arrived.
    // A sequential runner would never send the second request, and the held answer turns into an error.
    const answer = answerFromCase('fr-boulangerie-lyon');
    const arrived = new Set<string>();
    let release: () => void = () => {};
    const bothArrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    mock.fallback(async (request) => {
      if (request.agentId === 'swot' || request.agentId === 'personas') {
        arrived.add(request.agentId);
        if (arrived.size === 2) release();
        const met = await Promise.race([
          bothArrived.then(() => true),
          new Promise((r) => setTimeout(() => r(false), 8000)),
        ]);
        if (!met)
          return {
            type: 'http',
            status: 400,
            body: { error: { message: 'not concurrent', type: 'x', param: null, code: null } },
            headers: {},
          };
      }
      return answer(request);
    });
    const out = freshDir();
    const result = await runCli(['draft', briefPath('fr-boulangerie-lyon'), '--out', out], { env });
    expect(result.code).toBe(0);
    expect(arrived).toEqual(new Set(['swot', 'personas']));
  });
});

describe('boussole agent <id> --run DIR', () => {
  async function draftBakery() {
    mock.fallback(answerFromCase('fr-boulangerie-lyon'));
    const out = freshDir();
    expect((await runCli(['draft', briefPath('fr-boulangerie-lyon'), '--out', out], { env })).code).toBe(0);
    mock.reset();
    const snapshot = Object.fromEntries(
      AGENT_IDS.map((id) => [id, readFileSync(join(out, `${id}.json`), 'utf8')]),
    );
    return { out, snapshot };
  }

  it('reruns swot alone: only swot.json changes, its dependants are marked stale', async () => {
    const { out, snapshot } = await draftBakery();
    mock.fallback(answerFromCase('fr-boulangerie-lyon', 2));
    const result = await runCli(['agent', 'swot', '--run', out], { env });

    expect(result.code).toBe(0);
    expect(mock.requests.map((r) => r.agentId)).toEqual(['swot']);
    for (const id of AGENT_IDS) {
      const now = readFileSync(join(out, `${id}.json`), 'utf8');
      if (id === 'swot') expect(now).not.toBe(snapshot[id]);
      else expect(now, id).toBe(snapshot[id]);
    }
    const manifest = manifestOf(out);
    expect(manifest.agents.swot.status).toBe('done');
    expect(manifest.agents.positioning.status).toBe('stale');
    expect(manifest.agents.prioritizer.status).toBe('stale');
    expect(manifest.agents.personas.status).toBe('done');
    expect(result.stdout).toContain(
      'Désormais périmés (leurs entrées ont changé) : positioning, prioritizer',
    );
  });

  it('with --cascade reruns the dependants too', async () => {
    const { out } = await draftBakery();
    mock.fallback(answerFromCase('fr-boulangerie-lyon', 2));
    const result = await runCli(['agent', 'swot', '--run', out, '--cascade'], { env });

    expect(result.code).toBe(0);
    expect(new Set(mock.requests.map((r) => r.agentId))).toEqual(
      new Set(['swot', 'positioning', 'prioritizer']),
    );
    expect(Object.values(manifestOf(out).agents).every((a) => a.status === 'done')).toBe(true);
  });
});
