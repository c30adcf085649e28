// Hostile gateways as msw handler sets on the fake OpenAI handlers: one echoes the key it receives in every place a
// gateway might (a 500's body, a 200 answer's text — raw, as `Bearer …`, URL-encoded, in a URL's user info — and
// response headers); one refuses every key with a 401 that quotes it. start… serves them on a socket for a CLI process.
import type { RequestHandler } from 'msw';
import { createFakeOpenAIHandlers } from './fake-openai/handlers.js';
import type { ReplyHook } from './fake-openai/options.js';
import { hashString } from './fake-openai/prng.js';
import { parseRequest } from './fake-openai/request.js';
import { fillSchema } from './fake-openai/schema-fill.js';
import { chatCompletion, errorBody } from './fake-openai/wire.js';
import { startFakeOpenAI } from './fake-openai-server.js';

/**
 * What one call gets: `error-500` (the key in the error body), `answer-200` (a valid answer whose free text quotes
 * the key in every form), or `text-200` (an answer that is not JSON and quotes the key, so it is kept as the last
 * answer of a failed agent).
 */
export type EchoReply = 'error-500' | 'answer-200' | 'text-200';

export interface KeyEchoOpenAI {
  readonly url: string;
  /** The keys received (the Authorization header without `Bearer `), so a test can prove its key got there. */
  readonly keysSeen: readonly string[];
  /** How many replies of each kind were sent. */
  readonly sent: Readonly<Record<EchoReply, number>>;
  stop(): Promise<void>;
}

/** Every form of `key` a careless gateway could echo back. */
export function echoForms(key: string): string {
  return [
    `Authorization: Bearer ${key}`,
    `api_key=${encodeURIComponent(key)}`,
    `https://proxy:${key}@gateway.example.com/v1`,
    `raw ${key}`,
  ].join(' | ');
}

/** A gateway's handlers, with what it has seen and sent so far. */
export type GatewayHandlers<Gateway> = Omit<Gateway, 'url' | 'stop'> & {
  readonly handlers: RequestHandler[];
};

/**
 * `reply(agent, nth)` chooses the reply of the nth call (from 1) of that agent. `alsoEcho` are other secrets a
 * gateway in front of several providers might hold and echo too (another provider's key).
 */
export async function startKeyEchoOpenAI(
  reply: (agent: string, nth: number) => EchoReply,
  alsoEcho: readonly string[] = [],
): Promise<KeyEchoOpenAI> {
  const { keysSeen, sent, hook } = keyEcho(reply, alsoEcho);
  const server = await startFakeOpenAI({ reply: hook });
  return { url: server.url, keysSeen, sent, stop: () => server.stop() };
}

export function keyEchoOpenAIHandlers(
  reply: (agent: string, nth: number) => EchoReply,
  alsoEcho: readonly string[] = [],
): GatewayHandlers<KeyEchoOpenAI> {
  const { keysSeen, sent, hook } = keyEcho(reply, alsoEcho);
  return { handlers: createFakeOpenAIHandlers({ reply: hook }).handlers, keysSeen, sent };
}

function keyEcho(reply: (agent: string, nth: number) => EchoReply, alsoEcho: readonly string[]) {
  const keysSeen: string[] = [];
  const sent: Record<EchoReply, number> = { 'error-500': 0, 'answer-200': 0, 'text-200': 0 };
  const calls = new Map<string, number>();
  const hook: ReplyHook = (request) => {
    const authorization = request.headers.authorization ?? '';
    const received = authorization.replace(/^Bearer /, '');
    keysSeen.push(received);
    const key = [received, ...alsoEcho].join(' ');
    const echoHeaders = {
      'x-echo-authorization': authorization,
      'x-echo-url': `https://proxy:${encodeURIComponent(key)}@gateway.example.com/v1`,
    };
    // A body OpenAI would refuse gets the server's own 400.
    if (typeof parseRequest(request.raw) === 'string') return undefined;
    const agent = request.agentId ?? '(none)';
    const nth = (calls.get(agent) ?? 0) + 1;
    calls.set(agent, nth);
    const kind = reply(agent, nth);
    sent[kind] += 1;
    if (kind === 'error-500') {
      const body = errorBody(
        `Upstream failure while forwarding your request (${echoForms(key)}). Please retry.`,
        'server_error',
      );
      return { type: 'http', status: 500, body, headers: echoHeaders };
    }
    const envelope = {
      id: `chatcmpl-echo-${sent[kind]}`,
      created: 1_767_225_600,
      model: request.body.model,
      promptTokens: 100,
    };
    const schema = request.body.response_format?.json_schema?.schema ?? null;
    const content =
      kind === 'text-200'
        ? `I cannot answer in JSON today. Debug: ${echoForms(key)}`
        : JSON.stringify(
            quoteKey(fillSchema(schema, { style: 'schema-fill', seed: hashString(request.raw) }), key),
          );
    const body = chatCompletion(envelope, {
      kind: 'message',
      content,
      refusal: null,
      finishReason: 'stop',
    });
    return { type: 'http', status: 200, body, headers: echoHeaders };
  };
  return { keysSeen, sent, hook };
}

export type KeyRefusingOpenAI = Omit<KeyEchoOpenAI, 'sent'>;

/** A server that refuses every key with a 401 quoting it back (body and header), as some gateways do. */
export async function startKeyRefusingOpenAI(): Promise<KeyRefusingOpenAI> {
  const { keysSeen, hook } = keyRefusing();
  const server = await startFakeOpenAI({ reply: hook });
  return { url: server.url, keysSeen, stop: () => server.stop() };
}

export function keyRefusingOpenAIHandlers(): GatewayHandlers<KeyRefusingOpenAI> {
  const { keysSeen, hook } = keyRefusing();
  return { handlers: createFakeOpenAIHandlers({ reply: hook }).handlers, keysSeen };
}

function keyRefusing() {
  const keysSeen: string[] = [];
  const hook: ReplyHook = (request) => {
    const key = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    keysSeen.push(key);
    const message = `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`;
    const body = errorBody(message, 'invalid_request_error', 'invalid_api_key');
    return { type: 'http', status: 401, body, headers: { 'x-echoed-key': key } };
  };
  return { keysSeen, hook };
}

/** Appends the key's forms to the longer free-text strings of a valid answer: still valid, now leaking. */
function quoteKey(value: unknown, key: string): unknown {
  if (typeof value === 'string')
    return value.length >= 24 && !/^[A-Z]\d+$/.test(value) ? `${value} (${echoForms(key)})` : value;
  if (Array.isArray(value)) return value.map((item) => quoteKey(item, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, quoteKey(item, key)]));
  return value;
}
