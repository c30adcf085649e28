// One deadline over every attempt of an answer: a server that never answers holds an agent for the deadline, not
// for the per-call timeout times the retries; a retry wait that would cross it fails at once. And a dropped
// connection is reported in one sentence, without the client's own full stop doubled ("Connection error..").
import { afterEach, describe, expect, it } from 'vitest';
import { LlmDeadlineError, LlmTransportError } from '../../src/llm/errors.js';
import { createOpenAIModel } from '../../src/llm/openai-model.js';
import {
  chatCompletion,
  errorResponse,
  type FakeOpenAI,
  networkError,
  never,
  type ReplyHook,
} from '../support/fake-openai-server.js';
import { interceptFakeOpenAI } from '../support/use-fake-openai.js';
import { API_KEY, TINY_ANSWER, tinyRequest } from './harness.js';

const servers: FakeOpenAI[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

/** The fake server answering every request with `reply`; its base URL. */
async function localServer(reply: ReplyHook): Promise<string> {
  const server = await interceptFakeOpenAI({ reply });
  servers.push(server);
  return server.url;
}

describe('the per-agent deadline', () => {
  it('ends an answer from a server that never replies at the deadline, far before timeout × attempts', async () => {
    const baseURL = await localServer(never);
    const model = await createOpenAIModel({ apiKey: API_KEY, baseURL, timeoutMs: 60_000, deadlineMs: 1500 });
    const started = performance.now();
    const error = await model.generate(tinyRequest()).catch((caught: unknown) => caught);
    const elapsed = performance.now() - started;
    expect(LlmDeadlineError.isInstance(error)).toBe(true);
    expect((error as LlmDeadlineError).message).toMatch(
      /Agent swot \(model "gpt-test"\) ran out of time: no valid answer within 1\.5 s over 1 call\..*--deadline \(or BOUSSOLE_AGENT_DEADLINE\)/,
    );
    expect((error as LlmDeadlineError).retryable).toBe(true);
    // Generous for a loaded machine: the point is seconds, not the 60 s timeout.
    expect(elapsed).toBeLessThan(15_000);
  });

  it('fails at once rather than wait out a retry that would end past the deadline', async () => {
    let calls = 0;
    const baseURL = await localServer(() => {
      calls += 1;
      return errorResponse(503, 'overloaded', 'server_error', { 'retry-after': '30' });
    });
    const sleeps: number[] = [];
    const model = await createOpenAIModel({
      apiKey: API_KEY,
      baseURL,
      deadlineMs: 10_000,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    const error = await model.generate(tinyRequest()).catch((caught: unknown) => caught);
    expect(LlmDeadlineError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/the last fault was a server error \(HTTP 503\)/);
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });
});

describe('a dropped connection', () => {
  it('is reported with one full stop, not two', async () => {
    const baseURL = await localServer(networkError);
    const model = await createOpenAIModel({
      apiKey: API_KEY,
      baseURL,
      maxTransportRetries: 1,
      sleep: async () => {},
    });
    const error = await model.generate(tinyRequest()).catch((caught: unknown) => caught);
    expect(LlmTransportError.isInstance(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(
      /the last fault was a dropped connection: Connection error\. Check that the server/,
    );
    expect(message).not.toContain('..');
  });
});

describe('one Ctrl-C signal shared by many answers', () => {
  it('collects no listener warning over 25 answers (each answer hangs its listeners on a signal of its own)', async () => {
    const answer = chatCompletion(TINY_ANSWER, { usage: { prompt: 10, completion: 5 }, model: 'gpt-test' });
    const baseURL = await localServer(() => answer);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const model = await createOpenAIModel({ apiKey: API_KEY, baseURL });
      const interrupt = new AbortController();
      for (let i = 0; i < 25; i += 1) {
        const answer = await model.generate(tinyRequest({ signal: interrupt.signal }));
        expect(answer.output).toEqual(TINY_ANSWER);
      }
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((name) => name === 'MaxListenersExceededWarning')).toEqual([]);
  });
});
