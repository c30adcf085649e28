// One msw server in front of the real OpenAI client, shared by any number of cassette sessions at once.
//
// msw patches the process's fetch; two msw servers alive at the same time share one patch and the first to
// close tears it down under the other. So sessions that overlap (cases replayed in parallel) must share a
// host; `openCassetteSession` without a host makes a private one and closes it with the session.
import { randomBytes } from 'node:crypto';
import { HttpResponse, http } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';

export type CallHandler = (request: Request, path: string) => Promise<Response>;

export interface CassetteHost {
  /** Routes calls under a fresh base URL to `handler`; returns that base URL and a function that unroutes it. */
  route(handler: CallHandler): { baseURL: string; unroute: () => void };
  /** Stops intercepting. Sessions still routed get no more answers. */
  close(): Promise<void>;
}

export function createCassetteHost(): CassetteHost {
  // A random host name per host: a request can never reach another host's sessions, and `.invalid` never resolves.
  const origin = `http://cassettes-${randomBytes(4).toString('hex')}.boussole.invalid`;
  const routes = new Map<string, CallHandler>();
  let next = 1;
  let server: SetupServer | null = null;

  const start = (): SetupServer => {
    const started = setupServer(
      http.all(`${origin}/*`, async ({ request }) => {
        const url = new URL(request.url);
        const match = /^\/(s\d+)\/v1(\/.*)$/.exec(url.pathname);
        const handler = match ? routes.get(match[1]!) : undefined;
        if (!match || !handler || request.method !== 'POST' || match[2] !== '/chat/completions') {
          const message = `cassettes: no session answers ${request.method} ${url.pathname} (closed already?)`;
          return HttpResponse.json(
            { error: { message, type: 'invalid_request_error', param: null, code: null } },
            { status: 404 },
          );
        }
        return handler(request, match[2]);
      }),
    );
    // Everything else — the upstream a recording session forwards to included — goes out untouched.
    started.listen({ onUnhandledRequest: 'bypass' });
    return started;
  };

  return {
    route: (handler) => {
      if (!server) server = start();
      const id = `s${next}`;
      next += 1;
      routes.set(id, handler);
      return { baseURL: `${origin}/${id}/v1`, unroute: () => routes.delete(id) };
    },
    close: async () => {
      routes.clear();
      server?.close();
      server = null;
    },
  };
}
