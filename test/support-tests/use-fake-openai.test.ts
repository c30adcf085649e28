// The fake OpenAI handlers in-process (msw setupServer): the builders give schema-valid bodies, requests OpenAI would
// reject are flagged, and dropped, late and never-sent answers behave as on the socket.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeOpenAI } from '../support/fake-openai-server.js';
import { loadWireValidators } from '../support/openai-schema.js';
import {
  type ChatCompletionBody,
  chatCompletion,
  delayed,
  errorResponse,
  interceptFakeOpenAI,
  networkError,
  never,
  useFakeOpenAI,
} from '../support/use-fake-openai.js';

const mock = await useFakeOpenAI();
const wire = loadWireValidators();

async function post(body: unknown): Promise<Response> {
  return fetch(`${mock.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('useFakeOpenAI', () => {
  it('builds completion and error bodies that are valid per OpenAI schema', () => {
    expect(wire.CreateChatCompletionResponse(chatCompletion({ a: 1 })).valid).toBe(true);
    expect(wire.CreateChatCompletionResponse(chatCompletion({ refusal: 'No.' })).valid).toBe(true);
    const reply = errorResponse(429, 'Slow down', 'requests', { 'retry-after': '1' });
    expect(reply.type === 'http' && wire.ErrorResponse(reply.body).valid).toBe(true);
  });

  it('refuses to build a body OpenAI would never send', () => {
    const finishReason = 'exhausted' as 'stop';
    expect(() => chatCompletion('{}', { finishReason })).toThrow(
      /Not a valid OpenAI CreateChatCompletionResponse/,
    );
  });

  it('answers by agent, in order, and records each request', async () => {
    mock.onAgent('swot', chatCompletion({ n: 1 }), chatCompletion({ n: 2 }));
    const request = (n: number) => ({
      model: 'm',
      messages: [{ role: 'user', content: `call ${n}` }],
      response_format: { type: 'json_schema', json_schema: { name: 'swot', schema: {}, strict: true } },
    });

    const first = (await (await post(request(1))).json()) as ChatCompletionBody;
    const second = (await (await post(request(2))).json()) as ChatCompletionBody;

    expect(first.choices[0]?.message.content).toBe('{"n":1}');
    expect(second.choices[0]?.message.content).toBe('{"n":2}');
    expect(mock.requestsFor('swot').map((r) => r.body.messages[0]?.content)).toEqual(['call 1', 'call 2']);
  });

  it('flags an invalid request and a request nothing was queued for', async () => {
    const response = await post({ model: 'm' });

    expect(response.status).toBe(400);
    expect(mock.problems).toHaveLength(2);
    expect(mock.problems[0]).toMatch(/^invalid request for null: .*messages/);
    expect(mock.problems[1]).toMatch(/no reply queued/);
    expect(() => mock.verify()).toThrow(/fake-openai saw problems/);
    mock.reset(); // the problems were the point of this test
  });
});

describe('the fake in-process, through msw', () => {
  const running: FakeOpenAI[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.stop()));
  });
  const start = async (options: Parameters<typeof interceptFakeOpenAI>[0] = {}) => {
    const server = await interceptFakeOpenAI(options);
    running.push(server);
    return server;
  };
  const ask = (server: FakeOpenAI, init: RequestInit = {}) =>
    fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test-IN-PROCESS' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'ping' }] }),
      ...init,
    });

  it('captures headers, drops the connection, answers late, and never answers until stopped', async () => {
    const replies = [networkError(), delayed(300, errorResponse(429, 'later', 'requests')), never()];
    const seen: string[] = [];
    const server = await start({
      reply: (request) => {
        seen.push(request.headers.authorization ?? '');
        return replies.shift();
      },
    });
    await expect(ask(server)).rejects.toThrow();
    const started = performance.now();
    expect((await ask(server)).status).toBe(429);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    const hanging = ask(server);
    await vi.waitFor(() => expect(server.stats().requests).toBe(3));
    await server.stop();
    await expect(hanging).rejects.toThrow();
    expect(server.log.map((entry) => entry.status)).toEqual([0, 429, 0]);
    expect(seen).toEqual(Array(3).fill('Bearer sk-test-IN-PROCESS'));
  });

  it('notices a client that leaves, keeps two fakes apart, and fails a request nothing answers', async () => {
    const slow = await start({ latencyMs: 60_000 });
    const limited = await start({ faults: { rate: 1, kinds: ['429'] } });
    expect(slow.url).not.toBe(limited.url);
    const leaving = new AbortController();
    const left = ask(slow, { signal: leaving.signal });
    await vi.waitFor(() => expect(slow.stats().requests).toBe(1));
    leaving.abort();
    await expect(left).rejects.toThrow();
    await vi.waitFor(() => expect(slow.stats().clientClosed).toBe(1));
    expect((await ask(limited)).status).toBe(429);
    expect(limited.stats().faults).toEqual({ 429: 1 });
    await expect(fetch('http://elsewhere.mock/v1/models')).rejects.toThrow();
  });
});
