// The one fake OpenAI-compatible server, on 127.0.0.1, for tests, the soak script and benchmarks: POST
// /v1/chat/completions answered with schema-valid JSON after a set latency, with seeded faults, an RPM limit and
// per-request counts — or with replies a test scripts per request (see use-fake-openai.ts for queues per agent).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AnswerMode, produceAnswer } from './fake-openai/answer.js';
import {
  createFaultPicker,
  distortsAnswer,
  type FaultKind,
  type FaultOptions,
  faultReply,
  isImmediate,
  type Reply,
  rateLimited,
} from './fake-openai/faults.js';
import { readBody, send, wait } from './fake-openai/http-io.js';
import { createRateWindow } from './fake-openai/rate-window.js';
import type { ChatRequestBody, RecordedRequest, Reply as ScriptedReply } from './fake-openai/replies.js';
import { parseRequest } from './fake-openai/request.js';
import {
  chatCompletion,
  errorBody,
  estimateTokens,
  isRecord,
  modelList,
  promptText,
} from './fake-openai/wire.js';

export type { AnswerFunction, AnswerMode, AnswerRequest } from './fake-openai/answer.js';
export { FAULT_KINDS, type FaultKind, type FaultOptions } from './fake-openai/faults.js';
export * from './fake-openai/replies.js';

/** A test's own reply to one request; `undefined` lets the server answer as configured (faults, latency, answer). */
export type ReplyHook = (
  request: RecordedRequest,
) => ScriptedReply | undefined | Promise<ScriptedReply | undefined>;

export interface FakeOpenAIOptions {
  /** Delay before each model answer, in ms; 429s (limit or fault) are answered at once. @default 0 */
  latencyMs?: number;
  /**
   * `schema-fill`: plausible values valid against the request's JSON schema; `meaningless`: valid but hostile
   * (dangling and duplicate ids, zero/negative/huge numbers, HTML, very long text); or a function.
   * Both fills are deterministic for a given request body. @default 'schema-fill'
   */
  answer?: AnswerMode;
  /** Inject faults into this fraction of chat-completion requests; seeded, so runs repeat. */
  faults?: FaultOptions;
  /** Requests per window (a sliding 60 s one unless `rateWindowMs` says otherwise); past it, 429 with `retry-after`. @default no limit */
  rpmLimit?: number;
  /**
   * The sliding window `rpmLimit` counts over, in ms. Shorter than a minute only to compress time in benchmarks
   * and tests (e.g. 20 requests per 6 s behaves like 20 a minute, ten times faster). @default 60000
   */
  rateWindowMs?: number;
  /**
   * Called first for every chat-completion request whose body is a JSON object (even one OpenAI would refuse),
   * with its headers: the reply it gives is sent as is, before any limit, fault or latency.
   */
  reply?: ReplyHook;
  /** @default 0 (the OS picks a free port) */
  port?: number;
  /** Clock for arrival times and the RPM window, in ms; tests inject one to slide the window. @default Date.now */
  now?: () => number;
}

/** One chat-completion request. Only these three facts are kept: no body, no header (never Authorization). */
export interface FakeOpenAILogEntry {
  /** `response_format.json_schema.name`, or null when the request had none. */
  agent: string | null;
  /** Arrival time, in ms from `now`. */
  at: number;
  /** HTTP status sent; 0 when none was (a `reset` fault, the client gone first, or the server stopped). */
  status: number;
  fault: FaultKind | null;
}

export interface FakeOpenAIStats {
  /** Chat-completion requests received (GET /v1/models is not counted). */
  requests: number;
  /** Requests per agent; requests without a schema name are under `(none)`. */
  byAgent: Record<string, number>;
  /** Responses per status, `0` meaning no status was sent. */
  byStatus: Record<string, number>;
  /** Faults injected, per kind. */
  faults: Record<string, number>;
  /** 429s sent because `rpmLimit` was reached (not counting injected 429 faults). */
  rateLimited: number;
  /** Requests whose client went away before the answer. */
  clientClosed: number;
  /** Most chat-completion requests being handled at the same time. */
  maxInFlight: number;
}

export interface FakeOpenAI {
  /** Base URL to give the client, e.g. `http://127.0.0.1:54321/v1`. */
  readonly url: string;
  /** Every chat-completion request, in the order its handling ended. */
  readonly log: readonly FakeOpenAILogEntry[];
  stats(): FakeOpenAIStats;
  /** Closes the server, dropping open connections and answers still waiting on latency. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const MODELS = ['fake-openai'];

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const { latencyMs = 0, answer = 'schema-fill', faults, rpmLimit, port = 0, now = Date.now } = options;
  if (!(Number.isFinite(latencyMs) && latencyMs >= 0))
    throw new Error(`Expected \`latencyMs\` to be a number from 0, got \`${latencyMs}\``);
  const pickFault = faults ? createFaultPicker(faults) : () => null;
  const window = rpmLimit === undefined ? null : createRateWindow(rpmLimit, options.rateWindowMs);
  const stopping = new AbortController();
  const log: FakeOpenAILogEntry[] = [];
  const counts = { requests: 0, rateLimited: 0, clientClosed: 0, maxInFlight: 0, inFlight: 0 };
  const byAgent: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const faultCounts: Record<string, number> = {};

  const finish = (entry: FakeOpenAILogEntry) => {
    log.push(entry);
    byStatus[entry.status] = (byStatus[entry.status] ?? 0) + 1;
  };

  const chat = async (req: IncomingMessage, res: ServerResponse, at: number) => {
    const raw = await readBody(req);
    counts.requests += 1;
    const sequence = counts.requests;
    const entry: FakeOpenAILogEntry = { agent: null, at, status: 0, fault: null };
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = send(res, status, body, headers) ? status : 0;
      if (entry.status === 0 && !stopping.signal.aborted) counts.clientClosed += 1;
      finish(entry);
    };
    if (raw === null) return reply(413, errorBody('Request body too large', 'invalid_request_error'));
    const countAgent = (agent: string | null) => {
      entry.agent = agent;
      byAgent[agent ?? '(none)'] = (byAgent[agent ?? '(none)'] ?? 0) + 1;
    };
    const gone = () => {
      if (!stopping.signal.aborted) counts.clientClosed += 1;
      res.destroy();
      finish(entry);
    };
    const sendScripted = async (scripted: ScriptedReply): Promise<void> => {
      if (!('type' in scripted)) return reply(200, scripted);
      switch (scripted.type) {
        case 'http':
          return reply(scripted.status, scripted.body, scripted.headers);
        case 'network-error':
          req.socket.destroy();
          return finish(entry);
        case 'delayed':
          if (await wait(scripted.ms, res, stopping.signal)) return sendScripted(scripted.reply);
          return gone();
        case 'never':
          await new Promise<void>((resolve) => {
            res.once('close', () => resolve());
            stopping.signal.addEventListener('abort', () => resolve(), { once: true });
          });
          return gone();
      }
    };
    const scriptable = options.reply ? jsonObject(raw) : null;
    if (options.reply && scriptable) {
      const recorded = recordRequest(req, scriptable, raw);
      countAgent(recorded.agentId);
      const scripted = await options.reply(recorded);
      if (scripted !== undefined) return sendScripted(scripted);
    }
    const request = parseRequest(raw);
    if (typeof request === 'string') return reply(400, errorBody(request, 'invalid_request_error'));
    if (!scriptable) countAgent(request.agent);

    const admission = window?.admit(at) ?? { admitted: true };
    if (!admission.admitted) {
      counts.rateLimited += 1;
      const limited = rateLimited(Math.ceil(admission.retryAfterMs / 1000));
      return reply(429, limited.body, {
        ...limited.headers,
        'retry-after-ms': String(admission.retryAfterMs),
      });
    }

    const fault = pickFault();
    entry.fault = fault;
    if (fault) faultCounts[fault] = (faultCounts[fault] ?? 0) + 1;
    if (!fault || !isImmediate(fault)) {
      const waited = await wait(latencyMs, res, stopping.signal);
      if (!waited) return gone();
    }

    let outcome: Reply;
    try {
      const needsAnswer = !fault || distortsAnswer(fault);
      const answered = needsAnswer
        ? await produceAnswer(
            answer,
            { agent: request.agent, schema: request.schema, body: request.body },
            raw,
          )
        : null;
      outcome = fault
        ? faultReply(fault, answered?.value)
        : {
            kind: 'completion',
            completion: {
              kind: 'message',
              content: answered?.text ?? '',
              refusal: null,
              finishReason: 'stop',
            },
          };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return reply(500, errorBody(`fake-openai could not answer: ${why}`, 'fake_server_error'));
    }

    switch (outcome.kind) {
      case 'reset':
        req.socket.destroy();
        return finish(entry);
      case 'error':
        return reply(outcome.status, outcome.body, outcome.headers);
      case 'completion': {
        const envelope = {
          id: `chatcmpl-fake-${sequence}`,
          created: Math.floor(now() / 1000),
          model: request.model,
          promptTokens: estimateTokens(promptText(request.messages)),
        };
        return reply(200, chatCompletion(envelope, outcome.completion));
      }
    }
  };

  const server = createServer((req, res) => {
    const at = now();
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/v1/models') {
      send(res, 200, modelList(Math.floor(now() / 1000), MODELS), {});
      return;
    }
    if (path !== '/v1/chat/completions' || req.method !== 'POST') {
      const status = path === '/v1/chat/completions' ? 405 : 404;
      send(
        res,
        status,
        errorBody(`fake-openai does not serve ${req.method} ${path}`, 'invalid_request_error'),
        {},
      );
      return;
    }
    counts.inFlight += 1;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    chat(req, res, at)
      // A bug here must show as a 500 naming it, not as a mysterious dropped connection.
      .catch((error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        if (!send(res, 500, errorBody(`fake-openai failed: ${why}`, 'fake_server_error'), {})) res.destroy();
      })
      .finally(() => {
        counts.inFlight -= 1;
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;

  return {
    url: `http://${HOST}:${bound}/v1`,
    log,
    stats: () => ({
      requests: counts.requests,
      byAgent: { ...byAgent },
      byStatus: { ...byStatus },
      faults: { ...faultCounts },
      rateLimited: counts.rateLimited,
      clientClosed: counts.clientClosed,
      maxInFlight: counts.maxInFlight,
    }),
    stop: async () => {
      if (stopping.signal.aborted) return;
      stopping.abort();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function jsonObject(raw: string): ChatRequestBody | null {
  try {
    const body: unknown = JSON.parse(raw);
    return isRecord(body) ? (body as ChatRequestBody) : null;
  } catch {
    return null;
  }
}

function recordRequest(req: IncomingMessage, body: ChatRequestBody, raw: string): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const name = body.response_format?.json_schema?.name;
  return { agentId: typeof name === 'string' ? name : null, body, headers, raw };
}
