// Serves msw request handlers on a real 127.0.0.1 socket, for what msw cannot reach in-process (a CLI spawned as a
// child process, the browser of the e2e tests, benchmarks): each node request becomes a Fetch Request for msw's
// getResponse, and the Response streams back. `HttpResponse.error()` drops the connection without an answer.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';

export interface ServedHandlers {
  /** e.g. `http://127.0.0.1:54321`, without a trailing slash. */
  readonly origin: string;
  /** Closes the server and drops open connections (a handler still pending sees its request's signal abort). */
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** @default 0 (the OS picks a free port) */
  port?: number;
  /** The answer to a request no handler took. @default a bare 404 */
  unhandled?: (request: Request) => Response;
}

const HOST = '127.0.0.1';

export async function serveHandlers(
  handlers: readonly RequestHandler[],
  { port = 0, unhandled = () => new Response(null, { status: 404 }) }: ServeOptions = {},
): Promise<ServedHandlers> {
  const server = createServer((req, res) => {
    answer(handlers, req, res, unhandled).catch((error: unknown) => {
      // A bug in a handler shows as a 500 naming it, not as a mysterious dropped connection.
      const why = error instanceof Error ? error.message : String(error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'text/plain' }).end(`handler failed: ${why}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  let stopped: Promise<void> | null = null;
  return {
    origin: `http://${HOST}:${bound}`,
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}

async function answer(
  handlers: readonly RequestHandler[],
  req: IncomingMessage,
  res: ServerResponse,
  unhandled: (request: Request) => Response,
): Promise<void> {
  const request = await toFetchRequest(req, res);
  const response = (await getResponse([...handlers], request)) ?? unhandled(request);
  if (response.type === 'error' || res.destroyed) {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (response.body) for await (const chunk of response.body) res.write(chunk);
  res.end();
}

/** The whole body read first (the fakes answer from it); the signal aborts when the client leaves. */
async function toFetchRequest(req: IncomingMessage, res: ServerResponse): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const left = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) left.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`http://${req.headers.host ?? HOST}${req.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
    signal: left.signal,
  });
}
