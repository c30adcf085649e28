// Cassettes in each provider's wire format: the non-OpenAI eval suites replay through the real LangChain clients,
// their cassettes hold the provider's own answer shape, and a request keys by what decides its answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENT_IDS } from '../../agents/outputs.js';
import { Cassette, normaliseRequest, startAnswerServer } from '../../src/cassettes/index.js';
import { runCli } from '../support/cli.js';
import { caseAnswer, caseBrief } from './support/case-answers.js';
import { filesContaining, useWorkspaces } from './support/workspace.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const workspace = useWorkspaces();

function cassettesOf(provider: string): Cassette[] {
  const root = join(ROOT, 'fixtures', 'provider-cassettes', provider);
  return readdirSync(root).flatMap((caseId) =>
    readdirSync(join(root, caseId))
      .filter((name) => name.endsWith('.json'))
      .map((name) => Cassette.parse(JSON.parse(readFileSync(join(root, caseId, name), 'utf8')))),
  );
}

describe('eval suites of other providers', () => {
  it('replay the Anthropic and the Mistral case byte-identically twice, every planted fault caught', async () => {
    const reports = [];
    for (const run of [1, 2]) {
      const report = join(workspace(), `report-${run}.json`);
      const result = await runCli(
        ['eval', 'evals/suites/anthropic.json', 'evals/suites/mistralai.json', '--report', report],
        { cwd: ROOT },
      );
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('PASS anthropic');
      expect(result.stdout).toContain('PASS mistralai');
      expect(result.stdout).not.toMatch(/planted, missed|stale|no cassette/);
      const parsed = JSON.parse(readFileSync(report, 'utf8')) as { suites: { cases: unknown[] }[] };
      reports.push(JSON.stringify(parsed.suites.map((suite) => suite.cases)));
    }
    expect(reports[1]).toBe(reports[0]);
  });

  it('hold Anthropic messages with a tool_use block, hand-authored, keyed with their wire', () => {
    const cassettes = cassettesOf('anthropic');
    expect(cassettes).toHaveLength(6);
    for (const cassette of cassettes) {
      expect(cassette.provenance.kind).toBe('hand-authored');
      expect(cassette.request.wire).toBe('anthropic');
      expect(cassette.request.messages[0]?.role).toBe('system');
      const body = cassette.response.body as {
        type: string;
        content: { type: string; name: string }[];
        stop_reason: string;
      };
      expect(body.type).toBe('message');
      expect(body.content[0]).toMatchObject({ type: 'tool_use', name: cassette.agent });
      expect(body.stop_reason).toBe('tool_use');
    }
  });

  it('hold Mistral completions whose answer is the forced function call, hand-authored, keyed with their wire', () => {
    const cassettes = cassettesOf('mistralai');
    expect(cassettes).toHaveLength(6);
    for (const cassette of cassettes) {
      expect(cassette.provenance.kind).toBe('hand-authored');
      expect(cassette.request.wire).toBe('mistralai');
      const body = cassette.response.body as {
        choices: {
          message: { tool_calls: { function: { name: string; arguments: string } }[] };
          finish_reason: string;
        }[];
      };
      const call = body.choices[0]?.message.tool_calls[0];
      expect(call?.function.name).toBe(cassette.agent);
      expect(() => JSON.parse(call?.function.arguments ?? '')).not.toThrow();
      expect(body.choices[0]?.finish_reason).toBe('tool_calls');
    }
  });
});

describe('draft --record through a provider', () => {
  it('records Anthropic calls with the key sent upstream only, then replays them with no key to the same outputs', async () => {
    const key = 'sk-ant-record-test-7c1d09e3b2';
    const seen: (string | null)[] = [];
    const upstream = await startAnswerServer(({ agent, authorization }) => {
      seen.push(authorization);
      const content = caseAnswer('en-coffee-roaster-b2c', agent);
      return content === null ? { error: { status: 400, message: `no answer for ${agent}` } } : { content };
    });
    try {
      const dir = workspace();
      const cassettes = join(dir, 'cassettes');
      const brief = caseBrief('en-coffee-roaster-b2c');
      const model = ['--model', 'anthropic:claude-sonnet-4-5'];
      const recorded = await runCli(
        ['draft', brief, ...model, '--record', '--cassettes', cassettes, '--out', join(dir, 'recorded')],
        { env: { ANTHROPIC_API_KEY: key, ANTHROPIC_BASE_URL: upstream.origin } },
      );
      expect(recorded.code, recorded.stderr).toBe(0);
      expect(recorded.stderr).toContain('0 replayed, 6 recorded');
      expect(seen).toEqual(Array(6).fill(key));
      const replayed = await runCli([
        'draft',
        brief,
        ...model,
        '--provider',
        'replay',
        '--cassettes',
        cassettes,
        '--out',
        join(dir, 'replayed'),
      ]);
      expect(replayed.code, replayed.stderr).toBe(0);
      expect(replayed.stderr).toContain('6 replayed, 0 recorded');
      expect(seen).toHaveLength(6);
      for (const id of AGENT_IDS) {
        const read = (run: string) => readFileSync(join(dir, run, `${id}.json`), 'utf8');
        expect(read('replayed'), id).toBe(read('recorded'));
      }
      for (const name of readdirSync(cassettes)) {
        const cassette = Cassette.parse(JSON.parse(readFileSync(join(cassettes, name), 'utf8')));
        expect(cassette.request.wire).toBe('anthropic');
        expect(cassette.provenance).toMatchObject({ kind: 'recorded', model: 'claude-sonnet-4-5' });
      }
      expect(filesContaining(dir, key)).toEqual([]);
    } finally {
      await upstream.close();
    }
  });
});

describe('the request key of each wire', () => {
  const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };
  const anthropic = {
    model: 'claude-sonnet-4-5',
    max_tokens: 8192,
    temperature: 0.3,
    system: 'You are the SWOT analyst.',
    messages: [{ role: 'user', content: 'Brief: a bakery.' }],
    tools: [{ name: 'swot', description: 'x', input_schema: schema }],
    tool_choice: { type: 'tool', name: 'swot' },
  };
  const mistral = {
    model: 'mistral-large-latest',
    temperature: 0.3,
    messages: [
      { role: 'system', content: 'You are the SWOT analyst.' },
      { role: 'user', content: 'Brief: a bakery.' },
    ],
    tools: [{ type: 'function', function: { name: 'swot', description: 'x', parameters: schema } }],
    tool_choice: 'any',
  };

  it('reads the agent and the schema where each API puts them', () => {
    const a = normaliseRequest(anthropic, 'anthropic');
    const m = normaliseRequest(mistral, 'mistralai');
    expect(a.agent).toBe('swot');
    expect(m.agent).toBe('swot');
    expect(a.request.schema).toEqual(m.request.schema);
    // The system prompt reads the same whichever wire carried it.
    expect(a.request.messages).toEqual(m.request.messages);
  });

  it('changes with the prompt, the model, the temperature or the schema, and not with max_tokens or stream', () => {
    const key = normaliseRequest(anthropic, 'anthropic').key;
    expect(normaliseRequest({ ...anthropic, max_tokens: 1024, stream: false }, 'anthropic').key).toBe(key);
    expect(normaliseRequest({ ...anthropic, system: 'Other.' }, 'anthropic').key).not.toBe(key);
    expect(normaliseRequest({ ...anthropic, model: 'claude-haiku-4-5' }, 'anthropic').key).not.toBe(key);
    expect(normaliseRequest({ ...anthropic, temperature: 0.7 }, 'anthropic').key).not.toBe(key);
    const otherSchema = [{ ...anthropic.tools[0], input_schema: { ...schema, required: [] } }];
    expect(normaliseRequest({ ...anthropic, tools: otherSchema }, 'anthropic').key).not.toBe(key);
  });

  it("differs between wires for the same prompt, so one wire never replays another wire's answer", () => {
    const asOpenAI = {
      model: 'mistral-large-latest',
      temperature: 0.3,
      messages: mistral.messages,
      response_format: { type: 'json_schema', json_schema: { name: 'swot', schema } },
    };
    expect(normaliseRequest(asOpenAI).key).not.toBe(normaliseRequest(mistral, 'mistralai').key);
  });
});
