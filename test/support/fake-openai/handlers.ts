// The fake OpenAI-compatible endpoint written once, as msw request handlers: chat completions answered with
// schema-valid JSON after a set latency, seeded faults, an RPM window, scripted replies and a request log. Tests
// in the same process use them with msw's setupServer; a child process or a benchmark gets them on a socket
// (serve-handlers.ts). A dropped connection is `HttpResponse.error()`, whichever way the handlers are served.

import { setTimeout as sleep } from 'node:timers/promises';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { produceAnswer } from './answer.js';
import {
  createFaultPicker,
  distortsAnswer,
  faultReply,
  isImmediate,
  type Reply,
  rateLimited,
} from './faults.js';
import type { FakeOpenAILogEntry, FakeOpenAIOptions, FakeOpenAIStats } from './options.js';
import { createRateWindow } from './rate-window.js';
import type { ChatRequestBody, RecordedRequest, Reply as ScriptedReply } from './replies.js';
import { parseRequest } from './request.js';
import { chatCompletion, errorBody, estimateTokens, isRecord, modelList, promptText } from './wire.js';

export interface FakeOpenAIHandlers {
  /** `POST {base}/chat/completions`, `GET {base}/models`, and a 405 for other methods on the chat path. */
  readonly handlers: RequestHandler[];
  readonly log: readonly FakeOpenAILogEntry[];
  stats(): FakeOpenAIStats;
  /** Ends every answer still waiting as a dropped connection; later requests are dropped too. */
  stop(): void;
}

const MODELS = ['fake-openai'];
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * `base` is what the paths hang under: any host's /v1 on a socket (the default), or a test's own base URL
 * in-process, so the handlers never answer another provider's /v1/chat/completions (Mistral uses the same path).
 */
export function createFakeOpenAIHandlers(options: FakeOpenAIOptions = {}, base = '*/v1'): FakeOpenAIHandlers {
  const { latencyMs = 0, answer = 'schema-fill', faults, rpmLimit, now = Date.now } = options;
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

  const chat = async (request: Request, at: number): Promise<Response> => {
    const raw = await request.text();
    counts.requests += 1;
    const sequence = counts.requests;
    const entry: FakeOpenAILogEntry = { agent: null, at, status: 0, fault: null };
    // Every exit goes through `finish`: the log and the status counts are the fake's record of what it sent.
    const finish = (response: Response): Response => {
      const gone = request.signal.aborted || stopping.signal.aborted;
      entry.status = gone || response.type === 'error' ? 0 : response.status;
      if (request.signal.aborted && !stopping.signal.aborted) counts.clientClosed += 1;
      log.push(entry);
      byStatus[entry.status] = (byStatus[entry.status] ?? 0) + 1;
      return gone ? HttpResponse.error() : response;
    };
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      finish(HttpResponse.json(body as never, { status, headers }));
    // Waits `ms`; false when the client went away or the fake is stopping meanwhile.
    const wait = async (ms: number): Promise<boolean> => {
      const signal = AbortSignal.any([request.signal, stopping.signal]);
      if (ms === 0) return !signal.aborted;
      return sleep(ms, true, { signal }).catch(() => false);
    };
    if (Buffer.byteLength(raw) > MAX_BODY_BYTES)
      return reply(413, errorBody('Request body too large', 'invalid_request_error'));
    const countAgent = (agent: string | null) => {
      entry.agent = agent;
      byAgent[agent ?? '(none)'] = (byAgent[agent ?? '(none)'] ?? 0) + 1;
    };
    const sendScripted = async (scripted: ScriptedReply): Promise<Response> => {
      if (!('type' in scripted)) return reply(200, scripted);
      switch (scripted.type) {
        case 'http':
          return reply(scripted.status, scripted.body, scripted.headers);
        case 'network-error':
          return finish(HttpResponse.error());
        case 'delayed':
          return (await wait(scripted.ms)) ? sendScripted(scripted.reply) : finish(HttpResponse.error());
        case 'never':
          // Pending until the client leaves or the fake stops: then, as a real server would, no answer at all.
          await untilAborted(AbortSignal.any([request.signal, stopping.signal]));
          return finish(HttpResponse.error());
      }
    };
    const scriptable = options.reply ? jsonObject(raw) : null;
    if (options.reply && scriptable) {
      const recorded = recordRequest(request, scriptable, raw);
      countAgent(recorded.agentId);
      const scripted = await options.reply(recorded);
      if (scripted !== undefined) return sendScripted(scripted);
    }
    const parsed = parseRequest(raw);
    if (typeof parsed === 'string') return reply(400, errorBody(parsed, 'invalid_request_error'));
    if (!scriptable) countAgent(parsed.agent);

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
    if ((!fault || !isImmediate(fault)) && !(await wait(latencyMs))) return finish(HttpResponse.error());

    let outcome: Reply;
    try {
      const needsAnswer = !fault || distortsAnswer(fault);
      const answered = needsAnswer
        ? await produceAnswer(answer, { agent: parsed.agent, schema: parsed.schema, body: parsed.body }, raw)
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
        return finish(HttpResponse.error());
      case 'error':
        return reply(outcome.status, outcome.body, outcome.headers);
      case 'completion': {
        const envelope = {
          id: `chatcmpl-fake-${sequence}`,
          created: Math.floor(now() / 1000),
          model: parsed.model,
          promptTokens: estimateTokens(promptText(parsed.messages)),
        };
        return reply(200, chatCompletion(envelope, outcome.completion));
      }
    }
  };

  const handlers: RequestHandler[] = [
    http.get(`${base}/models`, () => HttpResponse.json(modelList(Math.floor(now() / 1000), MODELS))),
    http.post(`${base}/chat/completions`, async ({ request }) => {
      const at = now();
      counts.inFlight += 1;
      counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
      try {
        return await chat(request, at);
      } catch (error) {
        // A bug here must show as a 500 naming it, not as a mysterious dropped connection.
        const why = error instanceof Error ? error.message : String(error);
        return HttpResponse.json(errorBody(`fake-openai failed: ${why}`, 'fake_server_error'), {
          status: 500,
        });
      } finally {
        counts.inFlight -= 1;
      }
    }),
    http.all(`${base}/chat/completions`, ({ request }) =>
      HttpResponse.json(
        errorBody(
          `fake-openai does not serve ${request.method} /v1/chat/completions`,
          'invalid_request_error',
        ),
        { status: 405 },
      ),
    ),
  ];

  return {
    handlers,
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
    stop: () => stopping.abort(),
  };
}

function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function jsonObject(raw: string): ChatRequestBody | null {
  try {
    const body: unknown = JSON.parse(raw);
    return isRecord(body) ? (body as ChatRequestBody) : null;
  } catch {
    return null;
  }
}

function recordRequest(request: Request, body: ChatRequestBody, raw: string): RecordedRequest {
  // Fetch headers are already lower-cased.
  const headers: Record<string, string> = Object.fromEntries(request.headers.entries());
  const name = body.response_format?.json_schema?.name;
  return { agentId: typeof name === 'string' ? name : null, body, headers, raw };
}
