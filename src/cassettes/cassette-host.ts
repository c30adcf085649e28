// One msw server in front of the real OpenAI client, shared by any number of cassette sessions at once.
//
// msw patches the process's fetch; two msw servers alive at the same time share one patch and the first to
// close tears it down under the other. So sessions that overlap (cases replayed in parallel) must share a
// host; `openCassetteSession` without a host makes a private one and closes it with the session.
import { randomBytes } from 'node:crypto';
import { HttpResponse, http } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import type { CassetteWire } from './cassette.js';

export type CallHandler = (request: Request, path: string, wire: CassetteWire) => Promise<Response>;

/** Where each wire's client sends its calls: OpenAI's base URL ends in /v1; Anthropic's and Mistral's SDKs add it. */
const WIRE_PATHS: Record<CassetteWire, { prefix: string; call: string }> = {
  openai: { prefix: '', call: '/chat/completions' },
  anthropic: { prefix: '/anthropic', call: '/messages' },
  mistralai: { prefix: '/mistralai', call: '/chat/completions' },
};

export interface CassetteHost {
  /**
   * Routes calls under a fresh base URL to `handler`; returns the OpenAI base URL, each wire's base URL (what its
   * client is given) and a function that unroutes them.
   */
  route(handler: CallHandler): {
    baseURL: string;
    baseURLs: Record<CassetteWire, string>;
    unroute: () => void;
  };
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
        const match = /^\/(s\d+)(\/anthropic|\/mistralai)?\/v1(\/.*)$/.exec(url.pathname);
        const handler = match ? routes.get(match[1]!) : undefined;
        const wire = (match?.[2]?.slice(1) ?? 'openai') as CassetteWire;
        if (!match || !handler || request.method !== 'POST' || match[3] !== WIRE_PATHS[wire].call) {
          const message = `cassettes: no session answers ${request.method} ${url.pathname} (closed already?)`;
          return HttpResponse.json(
            { error: { message, type: 'invalid_request_error', param: null, code: null } },
            { status: 404 },
          );
        }
        return handler(request, match[3]!, wire);
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
      const base = `${origin}/${id}`;
      return {
        baseURL: `${base}/v1`,
        baseURLs: { openai: `${base}/v1`, anthropic: `${base}/anthropic`, mistralai: `${base}/mistralai` },
        unroute: () => routes.delete(id),
      };
    },
    close: async () => {
      routes.clear();
      server?.close();
      server = null;
    },
  };
}
