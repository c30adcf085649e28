// A tiny OpenAI-compatible /chat/completions server on 127.0.0.1 whose answers come from a function, e.g. from
// hand-authored answer files: the upstream `evals/build-cassettes.ts` records from, and the one tests record from.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cassetteKey } from './cassette-key.js';

export interface AnswerCall {
  /** The request path before `/chat/completions`, e.g. `/fr-boulangerie-lyon/1/v1`: lets one server serve many cases. */
  prefix: string;
  /** `response_format.json_schema.name`: the agent id. */
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
    const match = /^(.*)\/chat\/completions$/.exec(request.url ?? '');
    if (request.method !== 'POST' || !match)
      return fail(404, `answer-server: no route for ${request.method} ${request.url}`);
    readJson(request)
      .then(async (body) => {
        const format = body.response_format as { json_schema?: { name?: unknown } } | undefined;
        const agent = typeof format?.json_schema?.name === 'string' ? format.json_schema.name : 'unknown';
        const authorization = request.headers.authorization ?? null;
        const result = await answer({ prefix: match[1] ?? '', agent, body, authorization });
        if ('error' in result) return fail(result.error.status, result.error.message);
        send(200, completion(body, result.content));
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

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('the body is not a JSON object');
  return parsed as Record<string, unknown>;
}
