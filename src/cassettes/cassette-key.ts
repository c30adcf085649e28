// The cassette key: a sha256 of the normalised request (model, messages, schema name and schema, temperature), read
// in each provider's wire format: OpenAI's json_schema, Anthropic's forced tool, Mistral's forced function.
import { createHash } from 'node:crypto';
import { canonicalJson, sortKeys } from './canonical-json.js';
import type { CassetteRequest, CassetteWire } from './cassette.js';

export interface NormalisedCall {
  /** `response_format.json_schema.name`, or `unknown` when the request had none. */
  agent: string;
  request: CassetteRequest;
  key: string;
}

/** Reduces a wire request body to what decides the answer; headers, stream options and user ids never reach it. */
export function normaliseRequest(requestBody: unknown, wire: CassetteWire = 'openai'): NormalisedCall {
  const body = isRecord(requestBody) ? requestBody : {};
  if (wire === 'anthropic') return normaliseAnthropic(body);
  if (wire === 'mistralai') return normaliseMistral(body);
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

/**
 * Anthropic's Messages API: the system prompt is a top-level field (read as the first message, so a prompt keys the
 * same way whichever wire carries it) and the schema is the forced tool's `input_schema`.
 */
function normaliseAnthropic(body: Record<string, unknown>): NormalisedCall {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord) : [];
  const choice = isRecord(body.tool_choice) ? body.tool_choice : {};
  const tool = tools.find((t) => t.name === choice.name) ?? tools[0] ?? {};
  const agent = typeof tool.name === 'string' ? tool.name : 'unknown';
  const system = body.system === undefined ? [] : [{ role: 'system', content: contentText(body.system) }];
  const request: CassetteRequest = {
    wire: 'anthropic',
    model: typeof body.model === 'string' ? body.model : '',
    temperature: typeof body.temperature === 'number' ? body.temperature : null,
    messages: [...system, ...messagesOf(body.messages)],
    schema: tool.input_schema === undefined ? null : sortKeys(tool.input_schema),
  };
  return { agent, request, key: keyOf(agent, request) };
}

/** Mistral's chat completions: OpenAI's messages, the schema as the forced function's `parameters`. */
function normaliseMistral(body: Record<string, unknown>): NormalisedCall {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord) : [];
  const fn = tools.map((t) => (isRecord(t.function) ? t.function : {}))[0] ?? {};
  const format = isRecord(body.response_format) ? body.response_format : {};
  const jsonSchema = isRecord(format.json_schema) ? format.json_schema : {};
  const named = typeof fn.name === 'string' ? fn.name : jsonSchema.name;
  const agent = typeof named === 'string' ? named : 'unknown';
  const schema = fn.parameters ?? jsonSchema.schema;
  const request: CassetteRequest = {
    wire: 'mistralai',
    model: typeof body.model === 'string' ? body.model : '',
    temperature: typeof body.temperature === 'number' ? body.temperature : null,
    messages: messagesOf(body.messages),
    schema: schema === undefined ? null : sortKeys(schema),
  };
  return { agent, request, key: keyOf(agent, request) };
}

function messagesOf(messages: unknown): CassetteRequest['messages'] {
  return (Array.isArray(messages) ? messages : []).map((message) => {
    const item = isRecord(message) ? message : {};
    return { role: typeof item.role === 'string' ? item.role : '', content: contentText(item.content) };
  });
}

/** sha256 hex of an OpenAI chat-completions request body, as the cassette store files it. */
export function cassetteKey(requestBody: unknown): string {
  return normaliseRequest(requestBody).key;
}

/** The key of an already normalised request: how a stored cassette is checked against its own request. */
export function keyOf(agent: string, request: CassetteRequest): string {
  const canonical = canonicalJson({
    // OpenAI cassettes carry no wire, so their keys are those they were recorded with.
    ...(request.wire !== undefined && request.wire !== 'openai' ? { wire: request.wire } : {}),
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
