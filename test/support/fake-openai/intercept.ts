// One msw setupServer per process for every in-process fake: msw patches fetch and node:http once, so two fakes
// alive at the same time (a test's first and second server) share it, each under its own made-up host.
import type { RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';

const active = new Set<readonly RequestHandler[]>();
let msw: SetupServer | null = null;
let hosts = 0;

/** A base URL on a host that does not exist, so a request that escaped msw could reach nothing real. */
export function mockBaseURL(): string {
  hosts += 1;
  return hosts === 1 ? 'http://openai.mock/v1' : `http://openai-${hosts}.mock/v1`;
}

/** Answers with `handlers` from now on; the function returned stops it (msw is closed when none is left). */
export function intercept(handlers: readonly RequestHandler[]): () => void {
  active.add(handlers);
  sync();
  return () => {
    if (active.delete(handlers)) sync();
  };
}

function sync(): void {
  if (active.size === 0) {
    msw?.close();
    msw = null;
    return;
  }
  if (!msw) {
    const created = setupServer();
    // A request nothing answers is a test bug and fails, except to a local socket (another fake, a web server).
    created.listen({
      onUnhandledRequest: (request, print) => {
        if (!['127.0.0.1', 'localhost'].includes(new URL(request.url).hostname)) print.error();
      },
    });
    msw = created;
  }
  msw.resetHandlers(...[...active].flat());
}
