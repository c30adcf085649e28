// The fake OpenAI server wired into a vitest file with replies queued per agent: started at once (its URL is known
// while the file is collected), verified and reset after each test (so an invalid request fails it), stopped last.
import { afterAll, afterEach } from 'vitest';
import { createScript, type Script } from './fake-openai/script.js';
import { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from './fake-openai-server.js';

export * from './fake-openai/replies.js';

export interface ScriptedOpenAI extends Script {
  /** e.g. `http://127.0.0.1:54321/v1`; pass it as the model's `baseURL` or `OPENAI_BASE_URL`. */
  readonly baseURL: string;
  /** The server itself, for its log and stats. */
  readonly server: FakeOpenAI;
}

/** Use at the top level of a test file: `const mock = await useFakeOpenAI();`. */
export async function useFakeOpenAI(options: Omit<FakeOpenAIOptions, 'reply'> = {}): Promise<ScriptedOpenAI> {
  const script = createScript();
  const server = await startFakeOpenAI({ ...options, reply: script.reply });
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
