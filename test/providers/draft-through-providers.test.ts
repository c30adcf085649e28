// A full draft through Anthropic and through Mistral (their LangChain clients, answered by msw stand-ins of their
// published APIs), the same fault handling as OpenAI, mixed providers per agent, and a provider with no key refused.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { delay, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_IDS } from '../../agents/outputs.js';
import type { RunManifest } from '../../src/pipeline/manifest.js';
import { runCli } from '../support/cli.js';
import { anthropicMessagesApi } from './support/anthropic-messages-api.js';
import { caseAnswer, caseBrief } from './support/case-answers.js';
import { mistralChatApi } from './support/mistral-chat-api.js';
import { filesContaining, useWorkspaces } from './support/workspace.js';

const ANTHROPIC = 'https://anthropic.test';
const MISTRAL = 'https://mistral.test';
const ANTHROPIC_KEY = 'sk-ant-providers-test-5b7e21c09d';
const MISTRAL_KEY = 'mistral-providers-test-83fa61d2e0';
const CASE = 'en-coffee-roaster-b2c';
const OUTPUTS = ['roadmap.md', 'report.html', 'roadmap.json', 'draft.md', 'run.json'];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
const workspace = useWorkspaces();

const answer = (agent: string) => {
  const content = caseAnswer(CASE, agent);
  if (content === null) throw new Error(`no answer for ${agent}`);
  return { content };
};
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
const env = {
  ANTHROPIC_API_KEY: ANTHROPIC_KEY,
  ANTHROPIC_BASE_URL: ANTHROPIC,
  MISTRAL_API_KEY: MISTRAL_KEY,
  MISTRAL_BASE_URL: MISTRAL,
};

function expectFullDraft(out: string, provider: string): RunManifest {
  for (const id of AGENT_IDS) expect(existsSync(join(out, `${id}.json`)), id).toBe(true);
  for (const file of OUTPUTS) expect(existsSync(join(out, file)), file).toBe(true);
  const manifest = manifestOf(out);
  expect(manifest.status).toBe('completed');
  expect(manifest.provider).toBe(provider);
  for (const id of AGENT_IDS) expect(manifest.agents[id].provider, id).toBe(provider);
  return manifest;
}

describe('a draft through anthropic:', () => {
  it('sends documented Messages API requests (forced tool per agent, top-level system) and writes every output', async () => {
    const api = anthropicMessagesApi(ANTHROPIC, (agent) => answer(agent));
    server.use(api.handler);
    const out = join(workspace(), 'run');
    const result = await runCli(
      ['draft', caseBrief(CASE), '--model', 'anthropic:claude-sonnet-4-5', '--out', out],
      { env },
    );
    expect(result.stderr).not.toContain('offline');
    expect(result.code, result.stderr).toBe(0);
    const manifest = expectFullDraft(out, 'anthropic');
    expect(manifest.agents.swot.model).toBe('anthropic:claude-sonnet-4-5');
    expect(manifest.totals.calls).toBe(6);
    expect(manifest.totals.promptTokens).toBeGreaterThan(0);
    expect(api.calls.map((call) => call.agent).sort()).toEqual([...AGENT_IDS].sort());
    for (const call of api.calls) {
      expect(call.problems, call.agent).toEqual([]);
      expect(call.apiKey).toBe(ANTHROPIC_KEY);
      expect(call.version).toBe('2023-06-01');
      const body = call.body as { model: string; system: unknown; tools: { name: string }[] };
      expect(body.model).toBe('claude-sonnet-4-5');
      expect(typeof body.system).toBe('string');
      expect(body.tools.map((tool) => tool.name)).toEqual([call.agent]);
    }
    expect(filesContaining(out, ANTHROPIC_KEY)).toEqual([]);
  });

  it('repairs a bad answer and retries a 429 as it does for OpenAI, and counts both in run.json', async () => {
    const api = anthropicMessagesApi(ANTHROPIC, (agent, nth) => {
      if (agent === 'swot' && nth === 1) return { content: '{"strengths": "many"}' };
      if (agent === 'personas' && nth === 1) {
        return {
          error: {
            status: 429,
            type: 'rate_limit_error',
            message: 'slow down',
            headers: { 'retry-after': '0' },
          },
        };
      }
      return answer(agent);
    });
    server.use(api.handler);
    const out = join(workspace(), 'run');
    const result = await runCli(
      ['draft', caseBrief(CASE), '--model', 'anthropic:claude-sonnet-4-5', '--out', out],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const manifest = expectFullDraft(out, 'anthropic');
    expect(manifest.agents.swot.attempts).toEqual({ calls: 2, transportRetries: 0, repairTurns: 1 });
    expect(manifest.agents.personas.attempts).toEqual({ calls: 2, transportRetries: 1, repairTurns: 0 });
    // The repair turn: the bad answer as the assistant's, then a user message naming the failing field.
    const repair = api.calls.filter((call) => call.agent === 'swot')[1]?.body as {
      messages: { role: string; content: string }[];
    };
    expect(repair.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(repair.messages[2]?.content).toContain('strengths');
    for (const call of api.calls) expect(call.problems).toEqual([]);
  });

  it('without ANTHROPIC_API_KEY is refused with exit 2 naming it, before any folder exists, never drafted offline', async () => {
    const out = join(workspace(), 'run');
    const result = await runCli(
      ['draft', caseBrief(CASE), '--model', 'anthropic:claude-sonnet-4-5', '--out', out],
      {
        env: { ANTHROPIC_BASE_URL: ANTHROPIC },
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ANTHROPIC_API_KEY');
    expect(result.stderr).not.toContain('offline with');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a French brief', () => {
  it('is told in French which key is missing', async () => {
    const out = join(workspace(), 'run');
    const result = await runCli([
      'draft',
      caseBrief('fr-cabinet-rh-b2b'),
      '--model',
      'mistralai:mistral-large-latest',
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Pas de MISTRAL_API_KEY pour le modèle `mistralai:mistral-large-latest`');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a draft through mistralai:', () => {
  it('sends documented chat requests (a forced function per agent, no streaming) and writes every output', async () => {
    const api = mistralChatApi(MISTRAL, (agent) => answer(agent));
    server.use(api.handler);
    const out = join(workspace(), 'run');
    const result = await runCli(
      ['draft', caseBrief(CASE), '--model', 'mistralai:mistral-large-latest', '--out', out],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const manifest = expectFullDraft(out, 'mistralai');
    expect(manifest.totals.calls).toBe(6);
    expect(api.calls.map((call) => call.agent).sort()).toEqual([...AGENT_IDS].sort());
    for (const call of api.calls) {
      expect(call.problems, call.agent).toEqual([]);
      expect(call.authorization).toBe(`Bearer ${MISTRAL_KEY}`);
      const body = call.body as {
        model: string;
        stream?: boolean;
        tool_choice: unknown;
        messages: { role: string }[];
      };
      expect(body.model).toBe('mistral-large-latest');
      expect(body.stream ?? false).toBe(false);
      expect(body.tool_choice).toBe('any');
      expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    }
    expect(filesContaining(out, MISTRAL_KEY)).toEqual([]);
  });

  it('without MISTRAL_API_KEY is refused with exit 2 naming it', async () => {
    const out = join(workspace(), 'run');
    const result = await runCli([
      'draft',
      caseBrief(CASE),
      '--model',
      'mistralai:mistral-large-latest',
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('MISTRAL_API_KEY');
    expect(existsSync(out)).toBe(false);
  });
});

describe('models of several providers', () => {
  it('mix per agent: each agent calls its own provider, and run.json says which', async () => {
    const anthropic = anthropicMessagesApi(ANTHROPIC, (agent) => answer(agent));
    const mistral = mistralChatApi(MISTRAL, (agent) => answer(agent));
    server.use(anthropic.handler, mistral.handler);
    const out = join(workspace(), 'run');
    const result = await runCli(
      [
        'draft',
        caseBrief(CASE),
        '--model',
        'mistralai:mistral-small-latest',
        '--model',
        'prioritizer=anthropic:claude-sonnet-4-5',
        '--out',
        out,
      ],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const manifest = manifestOf(out);
    expect(manifest.provider).toBe('mixed');
    expect(manifest.agents.prioritizer.provider).toBe('anthropic');
    expect(manifest.agents.swot.provider).toBe('mistralai');
    expect(anthropic.calls.map((call) => call.agent)).toEqual(['prioritizer']);
    expect(mistral.calls).toHaveLength(5);
  });

  it('a provider whose package is not installed is exit 2 naming the package to install', async () => {
    const result = await runCli(
      [
        'draft',
        caseBrief(CASE),
        '--model',
        'groq:llama-3.3-70b-versatile',
        '--out',
        join(workspace(), 'run'),
      ],
      {
        env: { GROQ_API_KEY: 'gsk-providers-test-0000000000' },
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm install @langchain/groq');
  });
});

describe('a Mistral server that never answers one agent', () => {
  it('times each call out, retries it as a transport fault, and ends the agent at its deadline (exit 1)', async () => {
    const api = mistralChatApi(MISTRAL, (agent) => answer(agent));
    // The swot calls hang: the answer never starts, as behind a stuck gateway.
    server.use(
      http.post(`${MISTRAL}/v1/chat/completions`, async ({ request }) => {
        const body = (await request.clone().json()) as { tools?: { function: { name: string } }[] };
        if (body.tools?.[0]?.function.name === 'swot') await delay('infinite');
        // Nothing returned: the next handler (the API stand-in) answers the other agents.
        return undefined;
      }),
      api.handler,
    );
    const out = join(workspace(), 'run');
    const result = await runCli(
      [
        'draft',
        caseBrief(CASE),
        '--model',
        'mistralai:mistral-large-latest',
        '--timeout',
        '0.5',
        '--deadline',
        '3',
        '--out',
        out,
      ],
      { env },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('timeout');
    const swot = manifestOf(out).agents.swot;
    expect(swot.status).toBe('failed');
    expect(swot.attempts.transportRetries).toBeGreaterThanOrEqual(1);
    expect(swot.error?.code).toBe('llm_deadline');
  });
});
