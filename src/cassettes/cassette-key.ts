// The cassette key: a sha256 of the normalised request (model, messages, schema name and schema, temperature).
import { createHash } from 'node:crypto';
import { canonicalJson, sortKeys } from './canonical-json.js';
import type { CassetteRequest } from './cassette.js';

export interface NormalisedCall {
  /** `response_format.json_schema.name`, or `unknown` when the request had none. */
  agent: string;
  request: CassetteRequest;
  key: string;
}

/** Reduces a wire request body to what decides the answer; headers, stream options and user ids never reach it. */
export function normaliseRequest(requestBody: unknown): NormalisedCall {
  const body = isRecord(requestBody) ? requestBody : {};
  const format = isRecord(body.response_format) ? body.response_format : {};
  const jsonSchema = isRecord(format.json_schema) ? format.json_schema : {};
  const agent = typeof jsonSchema.name === 'string' ? jsonSchema.name : 'unknown';
  const request: CassetteRequest = {
    model: typeof body.model === 'string' ? body.model : '',
    temperature: typeof body.temperature === 'number' ? body.temperature : null,
    messages: (Array.isArray(body.messages) ? body.messages : []).map((message) => {
      const item = isRecord(message) ? message : {};
      return { role: typeof item.role === 'string' ? item.role : '', content: contentText(item.content) };
    }),
    schema: jsonSchema.schema === undefined ? null : sortKeys(jsonSchema.schema),
  };
  return { agent, request, key: keyOf(agent, request) };
}

/** sha256 hex of a chat-completions request body, as the cassette store files it. */
export function cassetteKey(requestBody: unknown): string {
  return normaliseRequest(requestBody).key;
}

/** The key of an already normalised request: how a stored cassette is checked against its own request. */
export function keyOf(agent: string, request: CassetteRequest): string {
  const canonical = canonicalJson({
    model: request.model,
    temperature: request.temperature,
    messages: request.messages.map(({ role, content }) => ({ role, content })),
    schema: { name: agent, schema: request.schema },
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Message content as text: a string as is; text parts joined (the same prompt sent either way keys the same). */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (Array.isArray(content) && content.every((part) => isRecord(part) && typeof part.text === 'string')) {
    return content.map((part) => (part as { text: string }).text).join('');
  }
  return canonicalJson(content);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
