// Reads a chat-completions request body: the parts the fake server answers from, or why it is refused.
import { isRecord } from './wire.js';

export interface ChatRequest {
  agent: string | null;
  schema: unknown;
  model: string;
  messages: unknown[];
  body: unknown;
}

/** The request, or a sentence saying why it is refused (answered with 400, as OpenAI would). */
export function parseRequest(raw: string): ChatRequest | string {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return 'We could not parse the JSON body of your request.';
  }
  if (!isRecord(body)) return 'The request body must be a JSON object.';
  if (typeof body.model !== 'string') return "Missing required parameter: 'model'.";
  if (!Array.isArray(body.messages)) return "Missing required parameter: 'messages'.";
  if (body.stream === true) return 'fake-openai does not stream: send the request with stream false.';
  const format = isRecord(body.response_format) ? body.response_format : {};
  const jsonSchema = isRecord(format.json_schema) ? format.json_schema : {};
  return {
    agent: typeof jsonSchema.name === 'string' ? jsonSchema.name : null,
    schema: jsonSchema.schema ?? null,
    model: body.model,
    messages: body.messages,
    body,
  };
}
