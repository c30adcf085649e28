// The fake OpenAI server other tests, the soak script and the benchmarks rely on: schema-valid answers for every
// agent, hostile-but-valid answers, each fault kind, the RPM limit, scripted replies, and a real ChatOpenAI client.
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { ChatOpenAI } from '@langchain/openai';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AGENT_IDS, AGENTS, type AgentId } from '../../agents/index.js';
import { fillSchema } from '../support/fake-openai/schema-fill.js';
import {
  delayed,
  errorResponse,
  FAULT_KINDS,
  type FakeOpenAI,
  type FakeOpenAIOptions,
  type FaultKind,
  networkError,
  never,
  type RecordedRequest,
  startFakeOpenAI,
} from '../support/fake-openai-server.js';
import { loadWireValidators } from '../support/openai-schema.js';

const wire = loadWireValidators();
const ajv = new Ajv2020({ strict: false, allErrors: true }).addFormat('email', /^[^@\s]+@[^@\s]+\.[a-z]+$/);
const running: FakeOpenAI[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

async function start(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const server = await startFakeOpenAI(options);
  running.push(server);
  return server;
}

/** The schema exactly as `@langchain/openai` 1.5.8 sends it for a zod v4 schema (utils/output.js). */
function wireSchema(agent: AgentId): Record<string, unknown> {
  return toJsonSchema(AGENTS[agent].output, {
    cycles: 'ref',
    reused: 'ref',
    override(ctx) {
      ctx.jsonSchema.title = agent;
    },
  }) as Record<string, unknown>;
}

function chatRequest(agent: AgentId, user = 'Draft this for the example company.') {
  return {
    model: 'fake-openai',
    temperature: 0.3,
    messages: [
      { role: 'system', content: `You are the ${agent} agent.` },
      { role: 'user', content: user },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: agent, strict: true, schema: wireSchema(agent) },
    },
  };
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function post(server: FakeOpenAI, body: unknown, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test-FAKE-SERVER-secret' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

interface Completion {
  choices: { message: { content: string | null; refusal: string | null }; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

/** A 200 completion, checked against OpenAI's response schema. */
function completion(answer: Answer): Completion {
  expect(answer.status).toBe(200);
  expect(wire.CreateChatCompletionResponse(answer.body).errors).toEqual([]);
  return answer.body as Completion;
}

function content(answer: Answer): string {
  const text = completion(answer).choices[0]?.message.content;
  if (typeof text !== 'string') throw new Error(`expected text content, got ${JSON.stringify(answer.body)}`);
  return text;
}

describe('schema-fill answers', () => {
  it.each(AGENT_IDS)('%s: valid per OpenAI, parsed by the agent schema, with usage', async (agent) => {
    const server = await start();
    const request = chatRequest(agent);
    expect(wire.CreateChatCompletionRequest(request).errors).toEqual([]);

    const answer = await post(server, request);
    const text = content(answer);

    expect(AGENTS[agent].output.safeParse(JSON.parse(text)).error).toBeUndefined();
    const { usage } = completion(answer);
    expect(usage.completion_tokens).toBe(Math.ceil(text.length / 4));
    expect(usage.prompt_tokens).toBeGreaterThan(0);
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
  });

  it('answers the same body identically and a different body differently', async () => {
    const server = await start();
    const first = content(await post(server, chatRequest('swot')));
    const again = content(await post(server, chatRequest('swot')));
    const other = content(await post(server, chatRequest('swot', 'Another brief entirely.')));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('gives own ids in sequence and makes actions depend only on earlier actions', async () => {
    const server = await start();
    const { actions } = AGENTS.prioritizer.output.parse(
      JSON.parse(content(await post(server, chatRequest('prioritizer')))),
    );
    expect(actions.map((action) => action.id)).toEqual(actions.map((_, index) => `A${index + 1}`));
    for (const [index, action] of actions.entries()) {
      expect(new Set(action.dependsOn).size).toBe(action.dependsOn.length);
      for (const dependency of action.dependsOn)
        expect(Number(dependency.slice(1))).toBeLessThanOrEqual(index);
    }
  });

  it('fills every agent schema validly for any seed, in both styles', () => {
    const validators = AGENT_IDS.map((agent) => ({
      agent,
      schema: wireSchema(agent),
      validate: ajv.compile(wireSchema(agent)),
    }));
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom('schema-fill' as const, 'meaningless' as const),
        (seed, style) => {
          for (const { agent, schema, validate } of validators) {
            const value = fillSchema(schema, { seed, style });
            expect(
              validate(value),
              `${agent} ${style} seed ${seed}: ${ajv.errorsText(validate.errors)}`,
            ).toBe(true);
            expect(AGENTS[agent].output.safeParse(value).error).toBeUndefined();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('fillSchema beyond the agents', () => {
  const styles = fc.constantFrom('schema-fill' as const, 'meaningless' as const);
  const schemas: Record<string, object> = {
    patterns: {
      type: 'object',
      properties: {
        code: { type: 'string', pattern: '^[a-z]{2,4}-\\d{3}$' },
        choice: { type: 'string', pattern: '^(?:foo|bar)_[A-F0-9]{8}$' },
        phone: { type: 'string', pattern: '^\\+?[0-9 ]{6,}$' },
        word: { type: 'string', pattern: '^[^\\s,]+$' },
        swot: { type: 'string', pattern: '^[SWOT][0-9]+$' },
      },
      required: ['code', 'choice', 'phone', 'word', 'swot'],
      additionalProperties: false,
    },
    recursive: {
      $ref: '#/$defs/node',
      $defs: {
        node: {
          type: 'object',
          properties: {
            label: { type: ['string', 'null'], minLength: 3, maxLength: 12 },
            children: { type: 'array', items: { $ref: '#/$defs/node' }, maxItems: 2 },
          },
          required: ['label', 'children'],
          additionalProperties: false,
        },
      },
    },
    bounds: {
      type: 'object',
      properties: {
        score: { type: 'integer', minimum: 1, maximum: 5 },
        ratio: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        step: { type: 'number', multipleOf: 0.25, minimum: 0 },
        tags: { type: 'array', items: { enum: ['a', 'b', 'c'] }, minItems: 2, uniqueItems: true },
        kind: { const: 'fixed' },
        email: { type: 'string', format: 'email' },
        either: { oneOf: [{ type: 'boolean' }, { type: 'null' }] },
        merged: {
          allOf: [
            { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] },
            { properties: { b: { type: 'string' } }, required: ['b'] },
          ],
        },
      },
      required: ['score', 'ratio', 'step', 'tags', 'kind', 'email', 'either', 'merged'],
      additionalProperties: false,
    },
  };

  it.each(Object.keys(schemas))('%s: every seed and style gives a valid value', (name) => {
    const schema = schemas[name] as object;
    const validate = ajv.compile(schema);
    fc.assert(
      fc.property(fc.nat(), styles, (seed, style) => {
        const value = fillSchema(schema, { seed, style });
        expect(validate(value), `${style} seed ${seed}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses what it cannot honour, naming the pattern or reference', () => {
    const fill = (schema: object) => () => fillSchema(schema, { seed: 1, style: 'schema-fill' });
    expect(fill({ type: 'string', pattern: '^(?=x)y$' })).toThrow(
      '/^(?=x)y$/: lookarounds are not supported',
    );
    expect(fill({ type: 'string', pattern: '^(a)\\1$' })).toThrow('backreferences are not supported');
    expect(fill({ $ref: '#/$defs/missing' })).toThrow('$ref #/$defs/missing points at nothing');
    expect(fill({ $ref: 'https://example.com/schema.json' })).toThrow('only local $ref');
  });
});

describe('meaningless answers', () => {
  async function allAnswers() {
    const server = await start({ answer: 'meaningless' });
    const answers = new Map<AgentId, unknown>();
    for (const agent of AGENT_IDS)
      answers.set(agent, JSON.parse(content(await post(server, chatRequest(agent)))));
    return answers;
  }

  it('still parse with every agent schema', async () => {
    for (const [agent, value] of await allAnswers())
      expect(AGENTS[agent].output.safeParse(value).error, agent).toBeUndefined();
  });

  it('carry HTML, script links, very long text and numbers that break naive arithmetic', async () => {
    const strings: string[] = [];
    const numbers: number[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (typeof value === 'number') numbers.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    (await allAnswers()).forEach(collect);

    const text = strings.join('\n');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('](javascript:alert(1))');
    expect(Math.max(...strings.map((s) => s.length))).toBeGreaterThan(5_000);
    expect(numbers).toContain(0);
    expect(numbers.some((n) => n < 0)).toBe(true);
    expect(numbers.some((n) => n >= 1e12)).toBe(true);
  });

  it('repeat an action id and point at goals and personas that do not exist', async () => {
    const answers = await allAnswers();
    const { actions } = AGENTS.prioritizer.output.parse(answers.get('prioritizer'));
    const ids = actions.map((action) => action.id);
    expect(ids.filter((id) => id === 'A1')).toHaveLength(2);
    const references = actions.flatMap((action) => [
      ...action.goalIds,
      ...action.personaIds,
      ...action.dependsOn,
    ]);
    expect(references.some((id) => /^[GPA](99|42|0|123456789)$/.test(id))).toBe(true);
  });
});

describe('faults', () => {
  const faulty = (kind: FaultKind) => start({ faults: { rate: 1, kinds: [kind] } });

  async function errorAnswer(kind: FaultKind, status: number): Promise<Answer> {
    const server = await faulty(kind);
    const answer = await post(server, chatRequest('swot'));
    expect(answer.status).toBe(status);
    expect(wire.ErrorResponse(answer.body).errors).toEqual([]);
    expect(server.stats().faults).toEqual({ [kind]: 1 });
    expect(server.log).toEqual([{ agent: 'swot', at: expect.any(Number), status, fault: kind }]);
    return answer;
  }

  it('429 asks to retry after one second', async () => {
    const { headers } = await errorAnswer('429', 429);
    expect(headers.get('retry-after')).toBe('1');
    expect(headers.get('retry-after-ms')).toBe('1000');
  });

  it('429-no-retry-after says nothing about when to retry', async () => {
    const { headers } = await errorAnswer('429-no-retry-after', 429);
    expect(headers.get('retry-after')).toBeNull();
    expect(headers.get('retry-after-ms')).toBeNull();
  });

  it.each([
    ['500', 500],
    ['503', 503],
  ] as const)('%s answers an OpenAI-style server error', async (kind, status) => {
    const { body } = await errorAnswer(kind, status);
    expect(body).toMatchObject({ error: { type: 'server_error' } });
  });

  it('reset drops the connection without an answer', async () => {
    const server = await faulty('reset');
    await expect(post(server, chatRequest('swot'))).rejects.toThrow();
    await vi.waitFor(() => expect(server.log).toHaveLength(1));
    expect(server.log[0]).toMatchObject({ status: 0, fault: 'reset' });
    expect(server.stats().byStatus).toEqual({ 0: 1 });
  });

  it('not-json answers 200 with text that is not JSON', async () => {
    const text = content(await post(await faulty('not-json'), chatRequest('swot')));
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('truncated cuts the valid answer mid-JSON with finish_reason length', async () => {
    const whole = content(await post(await start(), chatRequest('personas')));
    const answer = await post(await faulty('truncated'), chatRequest('personas'));
    const text = content(answer);
    expect(completion(answer).choices[0]?.finish_reason).toBe('length');
    expect(whole.startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('schema-break answers valid JSON that misses required fields', async () => {
    const value: unknown = JSON.parse(content(await post(await faulty('schema-break'), chatRequest('swot'))));
    const issues = AGENTS.swot.output.safeParse(value).error?.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.code === 'invalid_type')).toBe(true);
  });

  it('refusal sets message.refusal and leaves content null', async () => {
    const { choices } = completion(await post(await faulty('refusal'), chatRequest('swot')));
    expect(choices[0]?.message).toMatchObject({
      content: null,
      refusal: expect.stringMatching(/can't help/),
    });
  });

  it('empty-choices answers 200 with no choice at all', async () => {
    expect(completion(await post(await faulty('empty-choices'), chatRequest('swot'))).choices).toEqual([]);
  });

  it.each(FAULT_KINDS)('%s is counted and logged against the agent', async (kind) => {
    const server = await faulty(kind);
    await post(server, chatRequest('journey')).catch(() => 'reset: no answer to read');
    await vi.waitFor(() => expect(server.log).toHaveLength(1));
    expect(server.log[0]).toMatchObject({ agent: 'journey', fault: kind });
    expect(server.stats()).toMatchObject({ requests: 1, byAgent: { journey: 1 }, faults: { [kind]: 1 } });
  });

  async function faultSequence(seed: number, requests: number): Promise<(string | null)[]> {
    const kinds: FaultKind[] = ['500', '503', 'not-json'];
    const server = await start({ faults: { rate: 0.25, kinds, seed } });
    const body = { model: 'fake-openai', messages: [{ role: 'user', content: 'ping' }] };
    for (let i = 0; i < requests; i += 1) await post(server, body);
    return server.log.map((entry) => entry.fault);
  }

  it('hits about the chosen fraction, repeatably for a seed', async () => {
    const first = await faultSequence(7, 200);
    const hits = first.filter((fault) => fault !== null).length;
    expect(hits).toBeGreaterThanOrEqual(30);
    expect(hits).toBeLessThanOrEqual(70);
    expect(await faultSequence(7, 200)).toEqual(first);
    expect(await faultSequence(8, 200)).not.toEqual(first);
  });

  it('refuses a rate outside 0..1 and an unknown kind, saying which', async () => {
    await expect(startFakeOpenAI({ faults: { rate: 1.5 } })).rejects.toThrow(
      '`faults.rate` to be from 0 to 1, got `1.5`',
    );
    await expect(startFakeOpenAI({ faults: { rate: 1, kinds: ['418' as FaultKind] } })).rejects.toThrow(
      'got `418`',
    );
  });
});

describe('rpmLimit', () => {
  it('answers 429 with Retry-After past the limit, and admits again once the window slides', async () => {
    const clock = { now: 1_000_000 };
    const server = await start({ rpmLimit: 3, now: () => clock.now });
    for (let i = 0; i < 3; i += 1) {
      expect((await post(server, chatRequest('swot'))).status).toBe(200);
      clock.now += 10_000;
    }

    const limited = await post(server, chatRequest('swot'));
    expect(limited.status).toBe(429);
    expect(wire.ErrorResponse(limited.body).errors).toEqual([]);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.headers.get('retry-after-ms')).toBe('30000');

    clock.now += 30_000;
    expect((await post(server, chatRequest('swot'))).status).toBe(200);
    expect(server.stats()).toMatchObject({
      requests: 5,
      rateLimited: 1,
      byStatus: { 200: 4, 429: 1 },
      faults: {},
    });
  });
});

describe('the server', () => {
  it('serves GET /v1/models and refuses unknown routes and bad bodies with OpenAI error bodies', async () => {
    const server = await start();
    const models = (await (await fetch(`${server.url}/models`)).json()) as {
      object: string;
      data: unknown[];
    };
    expect(models.object).toBe('list');
    expect(models.data.length).toBeGreaterThan(0);

    const unknown = await fetch(`${server.url}/embeddings`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(wire.ErrorResponse(await unknown.json()).valid).toBe(true);

    for (const bad of ['{not json', { model: 'm' }, { ...chatRequest('swot'), stream: true }]) {
      const answer = await post(server, bad);
      expect(answer.status).toBe(400);
      expect(wire.ErrorResponse(answer.body).valid).toBe(true);
    }
  });

  it('keeps only agent, arrival time, status and fault: no header, no body', async () => {
    const server = await start();
    await post(server, chatRequest('brief'));
    expect(Object.keys(server.log[0] ?? {}).sort()).toEqual(['agent', 'at', 'fault', 'status']);
    expect(JSON.stringify([server.log, server.stats()])).not.toContain('sk-test-FAKE-SERVER-secret');
  });

  it('hands a custom answer function the agent, schema and body; strings go out verbatim', async () => {
    const seen: unknown[] = [];
    const server = await start({
      answer: ({ agent, schema, body }) => {
        seen.push({ agent, schema, body });
        return agent === 'swot' ? 'plain words' : { custom: true };
      },
    });
    expect(content(await post(server, chatRequest('swot')))).toBe('plain words');
    expect(content(await post(server, chatRequest('brief')))).toBe('{"custom":true}');
    expect(seen[0]).toEqual({ agent: 'swot', schema: wireSchema('swot'), body: chatRequest('swot') });
  });

  it('answers 500 naming the cause when the answer cannot be produced', async () => {
    const server = await start({
      answer: () => {
        throw new Error('scripted failure');
      },
    });
    const answer = await post(server, chatRequest('swot'));
    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({ error: { message: expect.stringContaining('scripted failure') } });
  });

  it('counts the requests it holds at the same time', async () => {
    // A barrier rather than a latency: the count must not depend on how busy the machine is.
    let arrived = 0;
    let releaseAll = () => {};
    const allHere = new Promise<void>((resolve) => {
      releaseAll = resolve;
    });
    const server = await start({
      answer: async () => {
        arrived += 1;
        if (arrived === 3) releaseAll();
        await allHere;
        return { ok: true };
      },
    });
    const answers = await Promise.all([1, 2, 3].map((n) => post(server, chatRequest('swot', `brief ${n}`))));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(server.stats().maxInFlight).toBe(3);
  });

  it('notices a client that leaves during the latency, and stops with answers still pending', async () => {
    const server = await start({ latencyMs: 60_000 });
    const leaving = new AbortController();
    const left = post(server, chatRequest('swot'), { signal: leaving.signal });
    await vi.waitFor(() => expect(server.stats().requests).toBe(1));
    leaving.abort();
    await expect(left).rejects.toThrow();
    await vi.waitFor(() => expect(server.stats().clientClosed).toBe(1));
    expect(server.log[0]).toMatchObject({ agent: 'swot', status: 0 });

    const pending = post(server, chatRequest('brief'));
    await vi.waitFor(() => expect(server.stats().requests).toBe(2));
    await server.stop();
    await expect(pending).rejects.toThrow();
  });
});

describe('scripted replies', () => {
  it('hands the hook the agent, body and headers, sends its reply as is, and falls through on undefined', async () => {
    const seen: RecordedRequest[] = [];
    const server = await start({
      reply: (request) => {
        seen.push(request);
        if (request.agentId === 'swot')
          return errorResponse(503, 'busy', 'server_error', { 'retry-after': '7' });
        return undefined;
      },
    });
    const busy = await post(server, chatRequest('swot'));
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('7');
    expect(busy.body).toMatchObject({ error: { message: 'busy' } });
    expect(completion(await post(server, chatRequest('brief'))).choices).toHaveLength(1);
    expect(seen.map((request) => request.agentId)).toEqual(['swot', 'brief']);
    expect(seen[0]?.body).toEqual(chatRequest('swot'));
    expect(seen[0]?.headers.authorization).toBe('Bearer sk-test-FAKE-SERVER-secret');
    expect(server.stats().byAgent).toEqual({ swot: 1, brief: 1 });
    expect(server.log.map((entry) => entry.status)).toEqual([503, 200]);
  });

  it('sees a body OpenAI would refuse, so a script can flag it', async () => {
    const seen: unknown[] = [];
    const server = await start({
      reply: (request) => {
        seen.push(request.body);
        return undefined;
      },
    });
    expect((await post(server, { model: 'm' })).status).toBe(400);
    expect(seen).toEqual([{ model: 'm' }]);
  });

  it('drops the connection, answers late, or never answers until the server stops', async () => {
    const replies = [networkError(), delayed(300, errorResponse(429, 'later', 'requests')), never()];
    const server = await start({ reply: () => replies.shift() });
    await expect(post(server, chatRequest('swot'))).rejects.toThrow();
    const started = performance.now();
    expect((await post(server, chatRequest('swot'))).status).toBe(429);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    const hanging = post(server, chatRequest('swot'));
    await vi.waitFor(() => expect(server.stats().requests).toBe(3));
    await server.stop();
    await expect(hanging).rejects.toThrow();
    expect(server.log.map((entry) => entry.status)).toEqual([0, 429, 0]);
  });
});

describe('a real ChatOpenAI client', () => {
  const client = (server: FakeOpenAI) =>
    new ChatOpenAI({
      model: 'fake-openai',
      apiKey: 'sk-test-FAKE-SERVER-secret',
      maxRetries: 0,
      configuration: { baseURL: server.url },
    });

  it.each(AGENT_IDS)('%s: withStructuredOutput jsonSchema gets a parsed object back', async (agent) => {
    const requests: unknown[] = [];
    const server = await start({
      answer: (request) => {
        requests.push(request.body);
        return fillSchema(request.schema, { style: 'schema-fill', seed: 1 });
      },
    });
    const structured = client(server).withStructuredOutput(AGENTS[agent].output, {
      name: agent,
      method: 'jsonSchema',
      includeRaw: true,
    });

    const { parsed, raw } = await structured.invoke([
      ['system', `You are the ${agent} agent.`],
      ['human', 'Draft this for the example company.'],
    ]);

    expect(AGENTS[agent].output.safeParse(parsed).error).toBeUndefined();
    expect(
      (raw as { usage_metadata?: { output_tokens: number } }).usage_metadata?.output_tokens,
    ).toBeGreaterThan(0);
    expect(wire.CreateChatCompletionRequest(requests[0]).errors).toEqual([]);
    // The schema the client really sent is the one the other tests build with wireSchema().
    expect(requests[0]).toMatchObject({
      response_format: {
        type: 'json_schema',
        json_schema: { name: agent, strict: true, schema: wireSchema(agent) },
      },
    });
    expect(server.stats()).toMatchObject({ requests: 1, byAgent: { [agent]: 1 }, byStatus: { 200: 1 } });
  });

  it('parses meaningless answers too, and surfaces a 429 fault as a failed call', async () => {
    const hostile = await start({ answer: 'meaningless' });
    const parsed = await client(hostile)
      .withStructuredOutput(AGENTS.prioritizer.output, { name: 'prioritizer', method: 'jsonSchema' })
      .invoke('Draft the actions.');
    expect(AGENTS.prioritizer.output.safeParse(parsed).error).toBeUndefined();

    const limited = await start({ faults: { rate: 1, kinds: ['429'] } });
    await expect(
      client(limited)
        .withStructuredOutput(AGENTS.swot.output, { name: 'swot', method: 'jsonSchema' })
        .invoke('Draft the SWOT.'),
    ).rejects.toMatchObject({ status: 429 });
    expect(limited.stats().requests).toBe(1);
  });
});
