// An OpenAI-compatible /chat/completions endpoint for tests: msw in front of the real client, answers queued by
// agent, every request recorded and validated against OpenAI's published schema.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { assertWireValid, loadWireValidators, type WireValidators } from './openai-schema.js';

/** Base URL the mocked endpoint listens on; pass it as the model's `baseURL`. */
export const MOCK_BASE_URL = 'http://openai.mock/v1';

/** The parts of a chat-completions request body tests look at; the rest is kept as sent. */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: unknown }[];
  temperature?: number;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema?: unknown } };
  [key: string]: unknown;
}

export interface RecordedRequest {
  /** `response_format.json_schema.name`: the agent id Boussole sends; null if absent. */
  agentId: string | null;
  body: ChatRequestBody;
  /** Lower-cased header names. */
  headers: Record<string, string>;
}

export interface ChatCompletionBody {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: number;
    message: { role: 'assistant'; content: string | null; refusal: string | null };
    finish_reason: 'stop' | 'length' | 'content_filter' | 'tool_calls';
    logprobs: null;
  }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

/** A scripted answer: an HTTP response, a dropped connection, or another answer given late. */
export type MockReply =
  | { type: 'http'; status: number; body: JsonBodyType; headers: Record<string, string> }
  | { type: 'network-error' }
  | { type: 'delayed'; ms: number; reply: Reply };

/** A chat completion body (answered with 200) or any scripted reply. */
export type Reply = ChatCompletionBody | MockReply;

export type ReplyHandler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface CompletionOptions {
  finishReason?: ChatCompletionBody['choices'][number]['finish_reason'];
  usage?: { prompt: number; completion: number };
  model?: string;
}

// One validator set for the builders below; read-only after load, so sharing it is not shared mutable state.
const wire: WireValidators = loadWireValidators();

/**
 * A successful chat completion. `content` is the assistant's text: an object is serialised as JSON, a string
 * is sent as is (so a test can send text that is not JSON); `{ refusal }` makes the model refuse.
 */
export function chatCompletion(
  content: string | object | { refusal: string },
  {
    finishReason = 'stop',
    usage = { prompt: 100, completion: 50 },
    model = 'gpt-mock',
  }: CompletionOptions = {},
): ChatCompletionBody {
  const refusal = isRefusal(content) ? content.refusal : null;
  const text = refusal !== null ? null : typeof content === 'string' ? content : JSON.stringify(content);
  return validBody({
    ...completionEnvelope(model, usage),
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text, refusal },
        finish_reason: finishReason,
        logprobs: null,
      },
    ],
  });
}

/** A 200 response whose `choices` array is empty (seen from some OpenAI-compatible servers). */
export function emptyChoices({
  usage = { prompt: 100, completion: 0 },
  model = 'gpt-mock',
}: CompletionOptions = {}) {
  return validBody({ ...completionEnvelope(model, usage), choices: [] });
}

/** An OpenAI error response, e.g. `errorResponse(429, 'Slow down', 'rate_limit_exceeded', { 'retry-after': '2' })`. */
export function errorResponse(
  status: number,
  message: string,
  type = 'invalid_request_error',
  headers: Record<string, string> = {},
): MockReply {
  const body = { error: { message, type, param: null, code: null } };
  assertWireValid(wire, 'ErrorResponse', body);
  return { type: 'http', status, body, headers };
}

/** The connection drops before any response (msw `HttpResponse.error()`). */
export function networkError(): MockReply {
  return { type: 'network-error' };
}

/** Gives `reply` after `ms` milliseconds: longer than the client's timeout, it makes the call time out. */
export function delayed(ms: number, reply: Reply): MockReply {
  return { type: 'delayed', ms, reply };
}

export interface OpenAIMock {
  readonly baseURL: string;
  /** Every request received, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Queues replies for one agent, answered in order. */
  onAgent(agentId: string, ...replies: Reply[]): void;
  /** Queues replies for any agent without its own queue. */
  onAny(...replies: Reply[]): void;
  /** Answers with a function when no queued reply is left (e.g. to hold answers until requests meet). */
  fallback(handler: ReplyHandler): void;
  requestsFor(agentId: string): RecordedRequest[];
  /** Problems seen so far: invalid requests, requests nothing was queued for. */
  readonly problems: readonly string[];
  /** Throws if any problem was seen. */
  verify(): void;
  reset(): void;
  listen(): void;
  close(): void;
}

export function createOpenAIMock(baseURL: string = MOCK_BASE_URL): OpenAIMock {
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const queues = new Map<string | null, Reply[]>();
  let fallbackHandler: ReplyHandler | null = null;

  const nextReply = async (request: RecordedRequest): Promise<Reply | null> => {
    const own = queues.get(request.agentId);
    const queued = own?.length ? own.shift() : queues.get(null)?.shift();
    if (queued) return queued;
    return fallbackHandler ? fallbackHandler(request) : null;
  };

  // A problem is answered with a 400, which the client does not retry, so the test fails fast and says why.
  const refuse = (problem: string) => {
    problems.push(problem);
    const error = {
      message: `openai-mock: ${problem}`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    };
    return HttpResponse.json({ error }, { status: 400 });
  };

  const server = setupServer(
    http.post(`${baseURL}/chat/completions`, async ({ request }) => {
      const recorded = await recordRequest(request);
      if (!recorded) return refuse('request body is not JSON');
      requests.push(recorded);
      const check = wire.CreateChatCompletionRequest(recorded.body);
      if (!check.valid) problems.push(`invalid request for ${recorded.agentId}: ${check.errors.join('; ')}`);
      let reply: Reply | null;
      try {
        reply = await nextReply(recorded);
      } catch (error) {
        return refuse(`reply handler failed for agent ${recorded.agentId}: ${String(error)}`);
      }
      if (!reply)
        return refuse(`no reply queued for agent ${recorded.agentId} (request #${requests.length})`);
      return respond(reply);
    }),
  );

  return {
    baseURL,
    requests,
    problems,
    onAgent: (agentId, ...replies) => queues.set(agentId, [...(queues.get(agentId) ?? []), ...replies]),
    onAny: (...replies) => queues.set(null, [...(queues.get(null) ?? []), ...replies]),
    fallback: (handler) => {
      fallbackHandler = handler;
    },
    requestsFor: (agentId) => requests.filter((request) => request.agentId === agentId),
    verify: () => {
      if (problems.length > 0) throw new Error(`openai-mock saw problems:\n  ${problems.join('\n  ')}`);
    },
    reset: () => {
      requests.length = 0;
      problems.length = 0;
      queues.clear();
      fallbackHandler = null;
    },
    listen: () => server.listen({ onUnhandledRequest: 'error' }),
    close: () => server.close(),
  };
}

/**
 * Creates the mock and wires it into the current test file: listen before all tests, verify and reset after
 * each (so a test fails when the client sent an invalid request), close at the end.
 */
export function useOpenAIMock(baseURL: string = MOCK_BASE_URL): OpenAIMock {
  const mock = createOpenAIMock(baseURL);
  beforeAll(() => mock.listen());
  afterEach(() => {
    try {
      mock.verify();
    } finally {
      mock.reset();
    }
  });
  afterAll(() => mock.close());
  return mock;
}

async function recordRequest(request: Request): Promise<RecordedRequest | null> {
  let body: ChatRequestBody;
  try {
    body = (await request.json()) as ChatRequestBody;
  } catch {
    return null;
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { agentId: body.response_format?.json_schema?.name ?? null, body, headers };
}

async function respond(reply: Reply): Promise<Response> {
  if (!('type' in reply)) return HttpResponse.json(reply, { status: 200 });
  switch (reply.type) {
    case 'http':
      return HttpResponse.json(reply.body, { status: reply.status, headers: reply.headers });
    case 'network-error':
      return HttpResponse.error();
    case 'delayed':
      await new Promise((resolve) => setTimeout(resolve, reply.ms));
      return respond(reply.reply);
  }
}

function isRefusal(content: string | object): content is { refusal: string } {
  return typeof content === 'object' && 'refusal' in content && typeof content.refusal === 'string';
}

function completionEnvelope(model: string, usage: { prompt: number; completion: number }) {
  return {
    id: 'chatcmpl-mock',
    object: 'chat.completion' as const,
    created: 1_767_225_600,
    model,
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
  };
}

function validBody(body: ChatCompletionBody): ChatCompletionBody {
  assertWireValid(wire, 'CreateChatCompletionResponse', body);
  return body;
}
