// A server in front of Anthropic or Mistral that echoes the key it received — in a 500's message, inside an
// answer's text, raw, as `Bearer …` and URL-encoded — leaves it in no run file and no output line.
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { anthropicMessagesApi } from './support/anthropic-messages-api.js';
import { caseAnswer, caseBrief } from './support/case-answers.js';
import { mistralChatApi } from './support/mistral-chat-api.js';
import { filesContaining, useWorkspaces } from './support/workspace.js';

/** Characters that URL-encode differently from the raw key, so every form is a distinct string. */
const ANTHROPIC_KEY = 'sk-ant-echo/canary+4e1b7c93a0=';
const MISTRAL_KEY = 'mistral-echo/canary+9d02f6b1c7=';
const CASE = 'fr-cabinet-rh-b2b';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
const workspace = useWorkspaces();

function forms(key: string): string[] {
  return [key, encodeURIComponent(key), Buffer.from(key).toString('base64').replace(/=+$/, '')];
}

/** The case's answer with the key quoted in a free-text field, in the forms a careless gateway might use. */
function echoingAnswer(agent: string, key: string | null): string {
  const content = caseAnswer(CASE, agent);
  if (content === null) throw new Error(`no answer for ${agent}`);
  if (agent !== 'swot' || !key) return content;
  const swot = JSON.parse(content) as { strengths: { evidence: string }[] };
  const first = swot.strengths[0];
  if (first) first.evidence += ` (Authorization: Bearer ${key}; api_key=${encodeURIComponent(key)})`;
  return JSON.stringify(swot);
}

function expectNoLeak(dir: string, output: string, key: string): void {
  for (const form of forms(key)) {
    expect(filesContaining(dir, form), form).toEqual([]);
    expect(output, form).not.toContain(form);
  }
  expect(output).not.toContain('canary+');
}

describe('a gateway that echoes the key', () => {
  it('Anthropic: in a 500 then inside an answer — the draft completes and the key is nowhere', async () => {
    const api = anthropicMessagesApi('https://anthropic-echo.test', (agent, nth, _body) =>
      agent === 'personas' && nth === 1
        ? {
            error: {
              status: 500,
              type: 'api_error',
              message: `upstream refused x-api-key ${ANTHROPIC_KEY}`,
              headers: { 'retry-after': '0' },
            },
          }
        : { content: echoingAnswer(agent, ANTHROPIC_KEY) },
    );
    server.use(api.handler);
    const cwd = workspace();
    const result = await runCli(
      ['draft', caseBrief(CASE), '--model', 'anthropic:claude-sonnet-4-5', '--out', join(cwd, 'run')],
      { env: { ANTHROPIC_API_KEY: ANTHROPIC_KEY, ANTHROPIC_BASE_URL: 'https://anthropic-echo.test' }, cwd },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(api.calls.every((call) => call.apiKey === ANTHROPIC_KEY)).toBe(true);
    expect(api.calls.filter((call) => call.agent === 'personas')).toHaveLength(2);
    expectNoLeak(cwd, result.stdout + result.stderr, ANTHROPIC_KEY);
  });

  it('Mistral: in a 500 then inside an answer — the draft completes and the key is nowhere', async () => {
    const api = mistralChatApi('https://mistral-echo.test', (agent, nth) =>
      agent === 'personas' && nth === 1
        ? {
            error: {
              status: 500,
              message: `invalid token Bearer ${MISTRAL_KEY}`,
              headers: { 'retry-after': '0' },
            },
          }
        : { content: echoingAnswer(agent, MISTRAL_KEY) },
    );
    server.use(api.handler);
    const cwd = workspace();
    const result = await runCli(
      ['draft', caseBrief(CASE), '--model', 'mistralai:mistral-large-latest', '--out', join(cwd, 'run')],
      { env: { MISTRAL_API_KEY: MISTRAL_KEY, MISTRAL_BASE_URL: 'https://mistral-echo.test' }, cwd },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(api.calls.every((call) => call.authorization === `Bearer ${MISTRAL_KEY}`)).toBe(true);
    expect(api.calls.filter((call) => call.agent === 'personas')).toHaveLength(2);
    expectNoLeak(cwd, result.stdout + result.stderr, MISTRAL_KEY);
  });

  it('a failing agent keeps its last answer on disk with the echoed key redacted', async () => {
    const api = mistralChatApi('https://mistral-echo.test', (agent) =>
      agent === 'swot'
        ? { content: `Not JSON, but your key: ${MISTRAL_KEY}` }
        : { content: echoingAnswer(agent, null) },
    );
    server.use(api.handler);
    const cwd = workspace();
    const result = await runCli(
      ['draft', caseBrief(CASE), '--model', 'mistralai:mistral-large-latest', '--out', join(cwd, 'run')],
      { env: { MISTRAL_API_KEY: MISTRAL_KEY, MISTRAL_BASE_URL: 'https://mistral-echo.test' }, cwd },
    );
    expect(result.code).toBe(1);
    expect(filesContaining(cwd, '[redacted]').length).toBeGreaterThan(0);
    expectNoLeak(cwd, result.stdout + result.stderr, MISTRAL_KEY);
  });
});
