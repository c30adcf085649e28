// A tiny chat server on 127.0.0.1 whose answers come from a function, e.g. from hand-authored answer files: the
// upstream `evals/build-cassettes.ts` records from, and the one tests record from. It speaks OpenAI's
// /chat/completions (json_schema, or a forced function call as Mistral's clients send it) and Anthropic's /messages
// (a forced tool call), each answered in that API's documented shape.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cassetteKey, normaliseRequest } from './cassette-key.js';

export interface AnswerCall {
  /** The request path before `/chat/completions`, e.g. `/fr-boulangerie-lyon/1/v1`: lets one server serve many cases. */
  prefix: string;
  /** The schema's name (`response_format.json_schema.name`, or the forced tool's name): the agent id. */
  agent: string;
  body: Record<string, unknown>;
  /** The Authorization header as received, so a test can see which key reached the server. */
  authorization: string | null;
}

/** The assistant's text for a call, or an error to answer with instead. */
export type AnswerResult = { content: string } | { error: { status: number; message: string } };

export interface AnswerServer {
  /** `http://127.0.0.1:<port>`: append the prefix and `/v1`, e.g. `${origin}/v1`. */
  origin: string;
  close(): Promise<void>;
}

/** Fixed so that the same answers give byte-identical cassettes: 2026-01-01T00:00:00Z. */
const CREATED = 1_767_225_600;

export async function startAnswerServer(
  answer: (call: AnswerCall) => AnswerResult | Promise<AnswerResult>,
): Promise<AnswerServer> {
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const fail = (status: number, message: string) =>
      send(status, { error: { message, type: 'invalid_request_error', param: null, code: null } });
    const match = /^(.*)\/(chat\/completions|messages)$/.exec(request.url ?? '');
    if (request.method !== 'POST' || !match)
      return fail(404, `answer-server: no route for ${request.method} ${request.url}`);
    const anthropic = match[2] === 'messages';
    readJson(request)
      .then(async (body) => {
        const asTool = !anthropic && Array.isArray(body.tools) && body.response_format === undefined;
        const agent = normaliseRequest(body, anthropic ? 'anthropic' : asTool ? 'mistralai' : 'openai').agent;
        const key = request.headers['x-api-key'];
        const authorization = request.headers.authorization ?? (typeof key === 'string' ? key : null);
        const result = await answer({ prefix: match[1] ?? '', agent, body, authorization });
        if ('error' in result) {
          if (!anthropic) return fail(result.error.status, result.error.message);
          return send(result.error.status, {
            type: 'error',
            error: { type: 'invalid_request_error', message: result.error.message },
          });
        }
        if (anthropic) return send(200, message(body, agent, result.content));
        send(200, asTool ? toolCompletion(body, agent, result.content) : completion(body, result.content));
      })
      .catch((error: unknown) =>
        fail(400, `answer-server: ${error instanceof Error ? error.message : String(error)}`),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A chat completion as OpenAI sends it, with ids and figures derived from the request so nothing varies by run. */
function completion(body: Record<string, unknown>, content: string) {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const promptChars = messages.reduce<number>((sum, message) => sum + JSON.stringify(message).length, 0);
  // Rough token figures (4 characters a token): plausible, and they vary with the prompt and the answer.
  const promptTokens = Math.ceil(promptChars / 4);
  const completionTokens = Math.ceil(content.length / 4);
  return {
    id: `chatcmpl-${cassetteKey(body).slice(0, 24)}`,
    object: 'chat.completion',
    created: CREATED,
    model: typeof body.model === 'string' ? body.model : 'unknown',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}

/** Rough token figures (4 characters a token): plausible, and they vary with the prompt and the answer. */
function tokens(body: Record<string, unknown>, content: string) {
  const prompt = Math.ceil((JSON.stringify(body.messages ?? []).length + JSON.stringify(body.system ?? '').length) / 4);
  return { prompt, completion: Math.ceil(content.length / 4) };
}

/** A chat completion whose answer is the forced function's arguments, as Mistral's chat API returns a tool call. */
function toolCompletion(body: Record<string, unknown>, agent: string, content: string) {
  const id = normaliseRequest(body, 'mistralai').key;
  const used = tokens(body, content);
  return {
    id: id.slice(0, 32),
    object: 'chat.completion',
    created: CREATED,
    model: typeof body.model === 'string' ? body.model : 'unknown',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: '',
          tool_calls: [{ id: id.slice(32, 41), type: 'function', function: { name: agent, arguments: content } }],
        },
        finish_reason: 'tool_calls',
      },
    ],
    usage: {
      prompt_tokens: used.prompt,
      completion_tokens: used.completion,
      total_tokens: used.prompt + used.completion,
    },
  };
}

/** A Messages API answer: one tool_use block whose input is the answer, stop_reason tool_use. */
function message(body: Record<string, unknown>, agent: string, content: string) {
  const id = normaliseRequest(body, 'anthropic').key;
  const used = tokens(body, content);
  let input: unknown;
  try {
    input = JSON.parse(content);
  } catch {
    // Not JSON: answered as text, the way a model that ignores the tool does.
    input = undefined;
  }
  return {
    id: `msg_${id.slice(0, 24)}`,
    type: 'message',
    role: 'assistant',
    model: typeof body.model === 'string' ? body.model : 'unknown',
    content:
      input === undefined
        ? [{ type: 'text', text: content }]
        : [{ type: 'tool_use', id: `toolu_${id.slice(24, 48)}`, name: agent, input }],
    stop_reason: input === undefined ? 'end_turn' : 'tool_use',
    stop_sequence: null,
    usage: { input_tokens: used.prompt, output_tokens: used.completion },
  };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('the body is not a JSON object');
  return parsed as Record<string, unknown>;
}
