// The fault matrix: every way an OpenAI-compatible server can fail, answered through msw to the real client,
// with the behaviour, the number of calls, the message and the error class asserted for each.
import { describe, expect, it } from 'vitest';
import {
  AgentOutputError,
  AgentRefusalError,
  LlmAuthError,
  LlmBadRequestError,
  LlmError,
  LlmNotFoundError,
  LlmRateLimitError,
  LlmTransportError,
} from '../../src/llm/errors.js';
import {
  chatCompletion,
  delayed,
  emptyChoices,
  errorResponse,
  networkError,
  useFakeOpenAI,
} from '../support/use-fake-openai.js';
import {
  API_KEY,
  lastMessage,
  openAIHarness,
  PERSONAS_ANSWER,
  personasRequest,
  rejection,
  TINY_ANSWER,
  tinyRequest,
} from './harness.js';

const mock = await useFakeOpenAI();

/** The persona answer with one field of the wrong type: `personas[1].pains` is a string. */
const BROKEN_PERSONAS = {
  personas: [
    PERSONAS_ANSWER.personas[0],
    { ...PERSONAS_ANSWER.personas[1], pains: 'Margins eaten by admin work' },
  ],
};

describe('transport faults: back off and retry', () => {
  it('429 with Retry-After waits what the server asked, then succeeds', async () => {
    mock.onAgent(
      'swot',
      errorResponse(429, 'Rate limit reached', 'requests', { 'retry-after': '2' }),
      chatCompletion(TINY_ANSWER),
    );
    const { model, sleeps, events } = await openAIHarness(mock);

    const answer = await model.generate(tinyRequest());

    expect(answer.output).toEqual(TINY_ANSWER);
    expect(answer.attempts).toEqual({ calls: 2, transportRetries: 1, repairTurns: 0 });
    expect(sleeps).toEqual([2000]);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'retry',
        reason: 'rate_limited',
        status: 429,
        delayMs: 2000,
        retry: 1,
      }),
    );
  });

  it('429 honours retry-after-ms and a Retry-After HTTP date', async () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    mock.onAgent(
      'swot',
      errorResponse(429, 'Slow down', 'requests', { 'retry-after-ms': '1500' }),
      errorResponse(429, 'Slow down', 'requests', { 'retry-after': 'Sun, 01 Mar 2026 10:00:03 GMT' }),
      chatCompletion(TINY_ANSWER),
    );
    const { model, sleeps } = await openAIHarness(mock, { now: () => now });

    await model.generate(tinyRequest());

    expect(sleeps).toEqual([1500, 3000]);
    expect(mock.requests).toHaveLength(3);
  });

  it('429 without Retry-After backs off exponentially, then fails with a rate-limit error', async () => {
    mock.onAgent(
      'swot',
      ...Array.from({ length: 5 }, () => errorResponse(429, 'Rate limit reached', 'requests')),
    );
    const { model, sleeps } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest()));

    expect(LlmRateLimitError.isInstance(error)).toBe(true);
    if (!LlmRateLimitError.isInstance(error)) return;
    expect(error.code).toBe('llm_rate_limited');
    expect(error.attempts).toEqual({ calls: 5, transportRetries: 4, repairTurns: 0 });
    expect(error.status).toBe(429);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(error.message).toContain(
      'Agent swot (model "gpt-test") is still rate limited (429) after 5 calls',
    );
    expect(mock.requests).toHaveLength(5);
  });

  it('429 whose wait is longer than the limit fails at once, saying how long the server asked', async () => {
    mock.onAgent('swot', errorResponse(429, 'Quota', 'requests', { 'retry-after': '120' }));
    const { model, sleeps } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest()));

    expect(LlmRateLimitError.isInstance(error)).toBe(true);
    if (!LlmRateLimitError.isInstance(error)) return;
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.message).toContain('asked to wait 120 s, longer than the 60 s Boussole waits');
    expect(error.attempts.calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it.each([
    [500, 'The server had an error while processing your request.'],
    [503, 'The engine is currently overloaded.'],
  ])('%i is retried, then succeeds', async (status, message) => {
    mock.onAgent('swot', errorResponse(status, message, 'server_error'), chatCompletion(TINY_ANSWER));
    const { model, sleeps } = await openAIHarness(mock);

    const answer = await model.generate(tinyRequest());

    expect(answer.output).toEqual(TINY_ANSWER);
    expect(answer.attempts).toEqual({ calls: 2, transportRetries: 1, repairTurns: 0 });
    expect(sleeps).toEqual([1000]);
  });

  it('a 500 that never clears fails after the bounded retries with a transport error', async () => {
    mock.onAgent(
      'swot',
      ...Array.from({ length: 3 }, () => errorResponse(500, 'Internal error', 'server_error')),
    );
    const { model } = await openAIHarness(mock, { maxTransportRetries: 2 });

    const error = await rejection(model.generate(tinyRequest()));

    expect(LlmTransportError.isInstance(error)).toBe(true);
    if (!LlmTransportError.isInstance(error)) return;
    expect(error.code).toBe('llm_transport');
    expect(error.retryable).toBe(true);
    expect(error.attempts).toEqual({ calls: 3, transportRetries: 2, repairTurns: 0 });
    expect(error.message).toContain('the last fault was a server error (HTTP 500)');
    expect(mock.requests).toHaveLength(3);
  });

  it('a timeout is retried', async () => {
    // The first answer comes long after the client's 1 s timeout (room for a real socket on a loaded machine):
    // the client gives up and retries.
    mock.onAgent('swot', delayed(10_000, chatCompletion(TINY_ANSWER)), chatCompletion(TINY_ANSWER));
    const { model, events } = await openAIHarness(mock, { timeoutMs: 1_000 });

    const answer = await model.generate(tinyRequest());

    expect(answer.attempts).toEqual({ calls: 2, transportRetries: 1, repairTurns: 0 });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'retry', reason: 'timeout', status: null }),
    );
  });

  it('a connection reset is retried', async () => {
    mock.onAgent('swot', networkError(), chatCompletion(TINY_ANSWER));
    const { model, events } = await openAIHarness(mock);

    const answer = await model.generate(tinyRequest());

    expect(answer.output).toEqual(TINY_ANSWER);
    expect(answer.attempts).toEqual({ calls: 2, transportRetries: 1, repairTurns: 0 });
    expect(events).toContainEqual(expect.objectContaining({ type: 'retry', reason: 'connection' }));
  });
});

describe('content faults: a repair turn that says what to fix', () => {
  it('an answer that is not JSON gets a repair turn carrying the bad answer', async () => {
    mock.onAgent(
      'swot',
      chatCompletion('Sure! Here is the action you asked for.'),
      chatCompletion(TINY_ANSWER),
    );
    const { model } = await openAIHarness(mock);

    const answer = await model.generate(tinyRequest());

    expect(answer.output).toEqual(TINY_ANSWER);
    expect(answer.attempts).toEqual({ calls: 2, transportRetries: 0, repairTurns: 1 });
    const repair = mock.requests[1]?.body.messages ?? [];
    expect(repair.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[2]?.content).toBe('Sure! Here is the action you asked for.');
    expect(repair[3]?.content).toMatch(
      /^Your previous answer was not a valid JSON object \(Unexpected token/,
    );
  });

  it('a schema mismatch on the persona schema names the failing field, and the repair fixes it', async () => {
    mock.onAgent('personas', chatCompletion(BROKEN_PERSONAS), chatCompletion(PERSONAS_ANSWER));
    const { model, events } = await openAIHarness(mock);

    const answer = await model.generate(personasRequest());

    expect(answer.output).toEqual(PERSONAS_ANSWER);
    expect(answer.attempts).toEqual({ calls: 2, transportRetries: 0, repairTurns: 1 });
    const instruction = String(lastMessage(mock, 1)?.content);
    expect(instruction).toContain('- personas[1].pains: Invalid input: expected array, received string');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'repair', reason: 'schema_mismatch', turn: 1 }),
    );
  });

  it('a schema mismatch that survives every repair turn ends in AgentOutputError with the evidence', async () => {
    mock.onAgent('personas', ...Array.from({ length: 3 }, () => chatCompletion(BROKEN_PERSONAS)));
    const { model } = await openAIHarness(mock);

    const error = await rejection(model.generate(personasRequest()));

    expect(AgentOutputError.isInstance(error)).toBe(true);
    if (!AgentOutputError.isInstance(error)) return;
    expect(error.code).toBe('llm_output');
    expect(error.agentId).toBe('personas');
    expect(error.model).toBe('gpt-test');
    expect(error.attempts).toEqual({ calls: 3, transportRetries: 0, repairTurns: 2 });
    expect(error.finishReason).toBe('stop');
    expect(error.lastRawText).toBe(JSON.stringify(BROKEN_PERSONAS));
    expect(error.usage).toEqual({ promptTokens: 300, completionTokens: 150 });
    expect(error.message).toContain('Agent personas (model "gpt-test") gave no valid answer after 3 calls');
    expect(error.message).toContain('personas[1].pains');
    expect(mock.requests).toHaveLength(3);
  });

  it('finish_reason length asks for a shorter answer, then fails with the finish reason', async () => {
    const cut = chatCompletion('{"title": "Launch a referral prog', { finishReason: 'length' });
    mock.onAgent('swot', cut, cut, cut);
    const { model } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest()));

    expect(String(lastMessage(mock, 1)?.content)).toContain('shorter answer');
    expect(AgentOutputError.isInstance(error)).toBe(true);
    if (!AgentOutputError.isInstance(error)) return;
    expect(error.finishReason).toBe('length');
    expect(error.lastRawText).toBe('{"title": "Launch a referral prog');
    expect(error.message).toContain('cut off at the length limit');
    expect(error.attempts).toEqual({ calls: 3, transportRetries: 0, repairTurns: 2 });
  });

  it('a refusal keeps its text, gets a repair turn, and ends in AgentRefusalError', async () => {
    const refusal = chatCompletion({ refusal: "I'm sorry, I can't help with that request." });
    mock.onAgent('swot', refusal, refusal);
    const { model } = await openAIHarness(mock, { maxRepairTurns: 1 });

    const error = await rejection(model.generate(tinyRequest()));

    expect(mock.requests[1]?.body.messages.at(-2)).toEqual({
      role: 'assistant',
      content: "I'm sorry, I can't help with that request.",
    });
    expect(AgentRefusalError.isInstance(error)).toBe(true);
    expect(AgentOutputError.isInstance(error)).toBe(true);
    if (!AgentRefusalError.isInstance(error)) return;
    expect(error.code).toBe('llm_refusal');
    expect(error.lastRawText).toBe("I'm sorry, I can't help with that request.");
    expect(error.message).toContain('refused: "I\'m sorry, I can\'t help with that request."');
    expect(error.attempts).toEqual({ calls: 2, transportRetries: 0, repairTurns: 1 });
  });

  it('empty choices get a repair turn, then the answer is accepted', async () => {
    mock.onAgent('swot', emptyChoices(), chatCompletion(TINY_ANSWER));
    const { model } = await openAIHarness(mock);

    const answer = await model.generate(tinyRequest());

    expect(answer.output).toEqual(TINY_ANSWER);
    expect(answer.attempts).toEqual({ calls: 2, transportRetries: 0, repairTurns: 1 });
    expect(String(lastMessage(mock, 1)?.content)).toContain('contained no answer');
  });
});

describe('request faults: not retried', () => {
  it('400 names the agent and the model', async () => {
    mock.onAgent(
      'swot',
      errorResponse(400, "Invalid schema for response_format 'swot'.", 'invalid_request_error'),
    );
    const { model, sleeps } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest()));

    expect(LlmBadRequestError.isInstance(error)).toBe(true);
    if (!LlmBadRequestError.isInstance(error)) return;
    expect(error.code).toBe('llm_bad_request');
    expect(error.status).toBe(400);
    expect(error.message).toContain('agent swot for model "gpt-test" (HTTP 400)');
    expect(error.message).toContain("Invalid schema for response_format 'swot'.");
    expect(error.attempts.calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it.each([401, 403])('%i says the key was refused, without printing it', async (status) => {
    // Some compatible servers quote the refused key back; Boussole must not pass it on.
    mock.onAgent(
      'swot',
      errorResponse(status, `Incorrect API key provided: ${API_KEY}.`, 'invalid_request_error'),
    );
    const { model } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest()));

    expect(LlmAuthError.isInstance(error)).toBe(true);
    if (!LlmAuthError.isInstance(error)) return;
    expect(error.code).toBe('llm_auth');
    expect(error.message).toContain('The server refused the API key');
    expect(error.attempts.calls).toBe(1);
    expect(`${error.message}\n${error.stack}`).not.toContain(API_KEY);
    const cause =
      error.cause instanceof Error ? `${error.cause.message}\n${error.cause.stack}` : String(error.cause);
    expect(cause).not.toContain(API_KEY);
  });

  it('404 says the model name is unknown to the server', async () => {
    mock.onAgent('swot', errorResponse(404, 'The model `gpt-nope` does not exist.', 'invalid_request_error'));
    const { model } = await openAIHarness(mock);

    const error = await rejection(model.generate(tinyRequest({ model: 'gpt-nope' })));

    expect(LlmNotFoundError.isInstance(error)).toBe(true);
    if (!LlmNotFoundError.isInstance(error)) return;
    expect(error.code).toBe('llm_not_found');
    expect(error.message).toContain('The server does not know the model "gpt-nope" (HTTP 404)');
    expect(error.attempts.calls).toBe(1);
  });

  it('no error message of any fault contains the API key', async () => {
    const faults = [
      errorResponse(400, `bad key ${API_KEY}`),
      errorResponse(401, `bad key ${API_KEY}`),
      errorResponse(404, `no model for ${API_KEY}`),
      errorResponse(429, `slow down ${API_KEY}`, 'requests', { 'retry-after': '999' }),
      errorResponse(500, `oops ${API_KEY}`, 'server_error'),
    ];
    const { model } = await openAIHarness(mock, { maxTransportRetries: 0 });
    for (const fault of faults) {
      mock.onAgent('swot', fault);
      const error = await rejection(model.generate(tinyRequest()));
      expect(LlmError.isInstance(error)).toBe(true);
      expect(error instanceof Error ? error.message : '').not.toContain(API_KEY);
    }
  });
});
