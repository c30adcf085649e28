// The local web app's HTTP server (Fastify): guards first, then the pages, the JSON API, SSE and the bundled assets.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { BoussoleError } from '../errors/index.js';
import { uiLabels } from '../web/labels/ui-labels.js';
import { createPageRenderer } from '../web/render-pages.js';
import { createActiveRuns } from './active-runs.js';
import { buildClientAssets } from './client-assets.js';
import { HttpError } from './http-error.js';
import { pickLanguage } from './page-language.js';
import { registerApiRoutes } from './routes/api-routes.js';
import { registerEventsRoute } from './routes/events-route.js';
import { registerFileRoute } from './routes/file-route.js';
import { registerPageRoutes } from './routes/page-routes.js';
import { registerSteeringRoutes } from './routes/steering-routes.js';
import { createRunJobs } from './run-jobs.js';
import { secretScrubber } from './scrub-secrets.js';
import { applySecurityHeaders, checkHost, checkWrite } from './security.js';
import type { ServerContext } from './server-context.js';
import type { ServerOptions } from './server-options.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const LOOPBACK = '127.0.0.1';

export interface BoussoleServer {
  app: FastifyInstance;
  /** Per-process token every page carries; tests use it to make requests as a page would. */
  csrfToken: string;
  /** Starts listening on 127.0.0.1 and returns `http://127.0.0.1:PORT`. */
  listen(): Promise<string>;
  /** Stops accepting requests and aborts running drafts (their finished outputs stay on disk). */
  close(): Promise<void>;
}

export async function createBoussoleServer(options: ServerOptions): Promise<BoussoleServer> {
  const log = options.log ?? (() => {});
  const scrub = secretScrubber(options.secrets);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const active = createActiveRuns();
  const context: ServerContext = {
    runsDir: options.runsDir,
    drafter: options.drafter,
    active,
    jobs: createRunJobs(options.runsDir, options.drafter, active, scrub, (line) => log(scrub(line))),
    scrub,
    csrfToken: randomBytes(32).toString('base64url'),
    assets: await buildClientAssets(),
    pages: createPageRenderer(),
    maxBriefChars: options.maxBriefChars ?? 100_000,
    evalReport: options.evalReport ?? null,
    log: (line) => log(scrub(line)),
  };
  // The port is known once listening (0 = any free port); until then the requested one is what Host must name.
  let port = options.port;

  const app = Fastify({ logger: false, bodyLimit, forceCloseConnections: true });

  app.addHook('onRequest', async (request, reply) => {
    applySecurityHeaders(reply);
    checkHost(request, port);
    checkWrite(request, port, context.csrfToken);
  });
  app.addHook('onSend', async (_request, _reply, payload) =>
    typeof payload === 'string' ? scrub(payload) : payload,
  );
  app.addHook('onResponse', async (request, reply) => {
    if (!request.url.startsWith('/assets/'))
      context.log(`${request.method} ${request.url.split('?')[0]} ${reply.statusCode}`);
  });

  app.setErrorHandler((error: FastifyError | HttpError | Error, request, reply) =>
    answerError(error, request, reply, context, bodyLimit),
  );
  app.setNotFoundHandler((request, reply) =>
    answerError(
      new HttpError(
        404,
        'not_found',
        `No page or endpoint at ${request.method} ${request.url.split('?')[0]}.`,
      ),
      request,
      reply,
      context,
      bodyLimit,
    ),
  );

  app.get('/assets/app.js', async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(context.assets.script),
  );
  app.get('/assets/app.css', async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(context.assets.style),
  );
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  registerPageRoutes(app, context);
  registerApiRoutes(app, context);
  registerEventsRoute(app, context);
  registerFileRoute(app, context);
  registerSteeringRoutes(app, context);

  return {
    app,
    csrfToken: context.csrfToken,
    async listen() {
      await app.listen({ host: LOOPBACK, port: options.port });
      port = (app.server.address() as AddressInfo).port;
      return `http://${LOOPBACK}:${port}`;
    },
    async close() {
      active.abortAll();
      await app.close();
    },
  };
}

/** API errors as `{ error: { code, message, field } }`; page errors as a page in the visitor's language. */
function answerError(
  error: FastifyError | HttpError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
  context: ServerContext,
  bodyLimit: number,
) {
  const { status, code, message, field } = describeError(error, bodyLimit);
  if (status >= 500) context.log(`error on ${request.method} ${request.url.split('?')[0]}: ${message}`);
  reply.code(status);
  const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && code !== 'bad_host';
  if (wantsPage) {
    const lang = pickLanguage(request.query, null, request.headers['accept-language']);
    const t = uiLabels(lang);
    const frame = {
      t,
      title: t.errorTitle,
      page: 'error' as const,
      csrfToken: context.csrfToken,
      assetVersion: context.assets.version,
      pageData: { page: 'error', lang },
    };
    return reply
      .type('text/html; charset=utf-8')
      .send(context.pages.page('error', frame, { message: context.scrub(message) }));
  }
  return reply.send({ error: { code, message: context.scrub(message), field } });
}

function describeError(error: FastifyError | HttpError | Error, bodyLimit: number) {
  if (HttpError.isInstance(error))
    return { status: error.status, code: error.code, message: error.message, field: error.field };
  if (BoussoleError.isInstance(error)) {
    return {
      status: error.exitCode === 2 ? 400 : 500,
      code: error.code,
      message: error.message,
      field: null,
    };
  }
  const fastify = error as FastifyError;
  if (fastify.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      status: 413,
      code: 'body_too_large',
      message: `The request body is larger than the ${Math.round(bodyLimit / 1024)} KiB this server accepts: send a shorter brief (at most 100,000 characters).`,
      field: 'brief',
    };
  }
  if (fastify.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return {
      status: 415,
      code: 'unsupported_media_type',
      message: 'Send the request body as JSON (Content-Type: application/json).',
      field: null,
    };
  }
  if (fastify.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fastify.statusCode === 400) {
    return {
      status: 400,
      code: 'bad_json',
      message: `The request body is not valid JSON: ${error.message}`,
      field: null,
    };
  }
  return { status: 500, code: 'internal', message: `Unexpected error: ${error.message}`, field: null };
}
