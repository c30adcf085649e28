// Scripted replies of the fake OpenAI server: the request a test sees, and builders for completions, errors,
// dropped connections, late and never-sent answers, each body checked against OpenAI's published schema.
import { assertWireValid, loadWireValidators, type WireValidators } from '../openai-schema.js';
import type { ChatCompletion } from './wire.js';

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
  /** The body as received, e.g. to seed a deterministic answer. */
  raw: string;
}

/** A chat completion body, as the fake server's own wire builder types it. */
export type ChatCompletionBody = ChatCompletion;

/** A scripted answer: an HTTP response, a dropped connection, another answer given late, or none at all. */
export type MockReply =
  | { type: 'http'; status: number; body: unknown; headers: Record<string, string> }
  | { type: 'network-error' }
  | { type: 'delayed'; ms: number; reply: Reply }
  | { type: 'never' };

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

/** The connection drops before any response. */
export function networkError(): MockReply {
  return { type: 'network-error' };
}

/** Gives `reply` after `ms` milliseconds: longer than the client's timeout, it makes the call time out. */
export function delayed(ms: number, reply: Reply): MockReply {
  return { type: 'delayed', ms, reply };
}

/** Reads the request and never answers, until the client gives up or the server stops. */
export function never(): MockReply {
  return { type: 'never' };
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
