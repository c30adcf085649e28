// The fake OpenAI handlers in-process, through msw's setupServer: the real OpenAI and LangChain clients run and are
// answered at the HTTP layer. useFakeOpenAI wires replies queued per agent into a vitest file (each test verified and
// reset after it, so an invalid request fails it); interceptFakeOpenAI is startFakeOpenAI's in-process twin.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createFakeOpenAIHandlers } from './fake-openai/handlers.js';
import { intercept, mockBaseURL } from './fake-openai/intercept.js';
import type { FakeOpenAI, FakeOpenAIOptions } from './fake-openai/options.js';
import { createScript, type Script } from './fake-openai/script.js';

export * from './fake-openai/replies.js';

export interface ScriptedOpenAI extends Script {
  /** Pass it as the model's `baseURL` or `OPENAI_BASE_URL`. */
  readonly baseURL: string;
  /** The fake itself, for its log and stats. */
  readonly server: FakeOpenAI;
}

type InProcessOptions = Omit<FakeOpenAIOptions, 'port'>;

/** Use at the top level of a test file: `const mock = await useFakeOpenAI();`. */
export async function useFakeOpenAI(options: Omit<InProcessOptions, 'reply'> = {}): Promise<ScriptedOpenAI> {
  const script = createScript();
  const server = fakeOpenAI({ ...options, reply: script.reply });
  beforeAll(() => server.listen());
  afterEach(() => {
    try {
      script.verify();
    } finally {
      script.reset();
    }
  });
  afterAll(() => server.stop());
  return { ...script, baseURL: server.url, server };
}

/** The same fake as startFakeOpenAI, answering in this process only; `stop()` ends the interception. */
export async function interceptFakeOpenAI(options: InProcessOptions = {}): Promise<FakeOpenAI> {
  const server = fakeOpenAI(options);
  server.listen();
  return server;
}

function fakeOpenAI(options: InProcessOptions): FakeOpenAI & { listen(): void } {
  const url = mockBaseURL();
  const fake = createFakeOpenAIHandlers(options, url);
  let release = () => {};
  return {
    url,
    log: fake.log,
    stats: fake.stats,
    listen: () => {
      release = intercept(fake.handlers);
    },
    stop: async () => {
      fake.stop();
      release();
    },
  };
}
