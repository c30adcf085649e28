// What the fake model answers to one request: a filled schema (plausible or hostile) or a test's own function.
import { hashString } from './prng.js';
import { fillSchema } from './schema-fill.js';

export interface AnswerRequest {
  /** `response_format.json_schema.name`: the agent id Boussole sends; null when absent. */
  agent: string | null;
  /** `response_format.json_schema.schema`, or null for a request without a JSON schema. */
  schema: unknown;
  /** The parsed request body. */
  body: unknown;
}

/** A test's own answer: a string is sent as the content verbatim, anything else as JSON. */
export type AnswerFunction = (request: AnswerRequest) => unknown | Promise<unknown>;

export type AnswerMode = 'schema-fill' | 'meaningless' | AnswerFunction;

export interface Answer {
  /** The value, for faults that distort it (truncated, schema-break). */
  value: unknown;
  /** The message content sent. */
  text: string;
}

const PLAIN_TEXT = 'This is an answer from the fake OpenAI server.';

/** `rawBody` seeds the fill, so the same request body always gets the same answer. */
export async function produceAnswer(
  mode: AnswerMode,
  request: AnswerRequest,
  rawBody: string,
): Promise<Answer> {
  if (typeof mode === 'function') {
    const value = await mode(request);
    return { value, text: typeof value === 'string' ? value : JSON.stringify(value) };
  }
  if (request.schema === null) return { value: PLAIN_TEXT, text: PLAIN_TEXT };
  const value = fillSchema(request.schema, { style: mode, seed: hashString(rawBody) });
  return { value, text: JSON.stringify(value) };
}
