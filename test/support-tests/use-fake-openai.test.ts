// The scripted fake OpenAI server: its builders give schema-valid bodies, and it flags requests OpenAI would reject.
import { describe, expect, it } from 'vitest';
import { loadWireValidators } from '../support/openai-schema.js';
import {
  type ChatCompletionBody,
  chatCompletion,
  errorResponse,
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
