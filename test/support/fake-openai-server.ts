// The one fake OpenAI-compatible server on a real 127.0.0.1 socket, for a CLI run as a child process, the e2e and
// web tests, the soak script and benchmarks: the msw handlers of fake-openai/handlers.ts, served by serve-handlers.ts
// (in-process tests use the same handlers through msw's setupServer: use-fake-openai.ts).
import { HttpResponse } from 'msw';
import { createFakeOpenAIHandlers } from './fake-openai/handlers.js';
import type { FakeOpenAI, FakeOpenAIOptions } from './fake-openai/options.js';
import { errorBody } from './fake-openai/wire.js';
import { serveHandlers } from './serve-handlers.js';

export type { AnswerFunction, AnswerMode, AnswerRequest } from './fake-openai/answer.js';
export { FAULT_KINDS, type FaultKind, type FaultOptions } from './fake-openai/faults.js';
export { createFakeOpenAIHandlers, type FakeOpenAIHandlers } from './fake-openai/handlers.js';
export type * from './fake-openai/options.js';
export * from './fake-openai/replies.js';

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const fake = createFakeOpenAIHandlers(options);
  const served = await serveHandlers(fake.handlers, {
    port: options.port,
    unhandled: (request) => {
      const path = new URL(request.url).pathname;
      const message = `fake-openai does not serve ${request.method} ${path}`;
      return HttpResponse.json(errorBody(message, 'invalid_request_error'), { status: 404 });
    },
  });
  return {
    url: `${served.origin}/v1`,
    log: fake.log,
    stats: fake.stats,
    stop: async () => {
      // Pending answers end first, so they are logged as dropped by the stop, not by their client.
      fake.stop();
      await served.stop();
    },
  };
}
