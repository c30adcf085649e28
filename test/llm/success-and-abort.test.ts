// The happy path (what goes on the wire, what comes back, usage summed) and cancellation through AbortSignal.
import { describe, expect, it } from 'vitest';
import { LlmInterruptedError } from '../../src/llm/errors.js';
import { realSleep } from '../../src/llm/sleep.js';
import { chatCompletion, delayed, errorResponse, useFakeOpenAI } from '../support/use-fake-openai.js';
import {
  openAIHarness,
  PERSONAS_ANSWER,
  personasRequest,
  rejection,
  TINY_ANSWER,
  tinyRequest,
} from './harness.js';

const mock = await useFakeOpenAI();

describe('a successful answer', () => {
  it('returns the validated output with usage, attempts, finish reason and model', async () => {
    mock.onAgent('personas', chatCompletion(PERSONAS_ANSWER, { usage: { prompt: 812, completion: 455 } }));
    const { model } = await openAIHarness(mock);

    const answer = await model.generate(personasRequest());

    expect(model.provider).toBe('openai');
    expect(answer).toEqual({
      output: PERSONAS_ANSWER,
      usage: { promptTokens: 812, completionTokens: 455 },
      attempts: { calls: 1, transportRetries: 0, repairTurns: 0 },
      finishReason: 'stop',
      model: 'gpt-test',
    });
  });

  it('sends a strict json_schema named after the agent, with the model, temperature and messages', async () => {
    mock.onAgent('personas', chatCompletion(PERSONAS_ANSWER));
    const { model } = await openAIHarness(mock);

    await model.generate(personasRequest({ model: 'gpt-4.1-mini', temperature: 0.4 }));

    const [request] = mock.requests;
    expect(request?.agentId).toBe('personas');
    expect(request?.body).toMatchObject({
      model: 'gpt-4.1-mini',
      temperature: 0.4,
      response_format: { type: 'json_schema', json_schema: { name: 'personas', strict: true } },
      messages: [
        { role: 'system', content: 'You build buyer personas.' },
        { role: 'user', content: 'Brief: an invoicing app for small accounting firms.' },
      ],
    });
  });

  it('sums token usage over every call of the answer, failed calls included', async () => {
    mock.onAgent(
      'swot',
      chatCompletion('not json', { usage: { prompt: 100, completion: 7 } }),
      chatCompletion(TINY_ANSWER, { usage: { prompt: 130, completion: 20 } }),
    );
    const { model } = await openAIHarness(mock);

    const answer = await model.generate(tinyRequest());

    expect(answer.usage).toEqual({ promptTokens: 230, completionTokens: 27 });
  });

  it('accepts JSON wrapped in a Markdown code fence, as some local servers send it', async () => {
    mock.onAgent('swot', chatCompletion(`\`\`\`json\n${JSON.stringify(TINY_ANSWER)}\n\`\`\``));
    const { model } = await openAIHarness(mock);

    const answer = await model.generate(tinyRequest());

    expect(answer.output).toEqual(TINY_ANSWER);
    expect(answer.attempts.repairTurns).toBe(0);
  });

  it('reports each call, retry and repair turn as events, in order', async () => {
    mock.onAgent(
      'swot',
      errorResponse(503, 'Overloaded', 'server_error'),
      chatCompletion({ title: 'Missing score' }),
      chatCompletion(TINY_ANSWER),
    );
    const { model, events } = await openAIHarness(mock);

    await model.generate(tinyRequest());

    expect(events.map((event) => event.type)).toEqual(['call', 'retry', 'call', 'repair', 'call']);
    expect(events[1]).toEqual({
      type: 'retry',
      agentId: 'swot',
      model: 'gpt-test',
      reason: 'server_error',
      status: 503,
      delayMs: 1000,
      retry: 1,
      maxRetries: 4,
    });
    expect(events[3]).toMatchObject({ type: 'repair', reason: 'schema_mismatch', turn: 1, maxTurns: 2 });
  });
});

describe('cancellation', () => {
  it('an abort while the request is in flight cancels it with an interrupted error', async () => {
    const controller = new AbortController();
    mock.fallback(() => {
      controller.abort();
      return delayed(2_000, chatCompletion(TINY_ANSWER));
    });
    const { model } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest({ signal: controller.signal })));

    expect(LlmInterruptedError.isInstance(error)).toBe(true);
    if (!LlmInterruptedError.isInstance(error)) return;
    expect(error.code).toBe('interrupted');
    expect(error.attempts.calls).toBe(1);
    expect(mock.requests).toHaveLength(1);
  });

  it('an abort during the backoff wait stops the real timer and makes no further call', async () => {
    const controller = new AbortController();
    mock.onAgent('swot', errorResponse(500, 'Internal error', 'server_error'), chatCompletion(TINY_ANSWER));
    const { model } = await openAIHarness(mock, {
      sleep: realSleep,
      // An hour-long backoff: the test only finishes because the abort cuts the wait short.
      backoffBaseMs: 3_600_000,
      onEvent: (event) => {
        if (event.type === 'retry') controller.abort();
      },
    });

    const error = await rejection(model.generate(tinyRequest({ signal: controller.signal })));

    expect(LlmInterruptedError.isInstance(error)).toBe(true);
    expect(mock.requests).toHaveLength(1);
  });

  it('an already aborted signal makes no call at all', async () => {
    const { model } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest({ signal: AbortSignal.abort() })));

    expect(LlmInterruptedError.isInstance(error)).toBe(true);
    expect(mock.requests).toHaveLength(0);
  });
});
