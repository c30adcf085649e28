// Counts one cassette's tokens with o200k_base (the gpt-4o / gpt-4.1 family's tokenizer): prompt, schema, completion.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { Cassette } from '../src/cassettes/index.js';

export type Tokenizer = (text: string) => number;

export function o200kTokenizer(): Tokenizer {
  const encoding = new Tiktoken(o200k);
  return (text) => encoding.encode(text).length;
}

/**
 * OpenAI's chat format adds about 3 tokens per message and 3 to prime the answer (the count the OpenAI cookbook
 * uses for the gpt-4o family); small next to the messages, but it keeps the estimate honest.
 */
const PER_MESSAGE = 3;
const PER_REQUEST = 3;

export interface CallTokens {
  agent: string;
  /** System and user messages, with the chat format's overhead. */
  prompt: number;
  /**
   * The JSON schema of `response_format`: billed as input as well (the API shows it to the model), though the
   * exact count is OpenAI's own; this is the schema's text through the same tokenizer.
   */
  schema: number;
  /** The answer's text (the JSON the model wrote). */
  completion: number;
  /** The messages as sent, for checks that re-render them. */
  messages: { role: string; content: string }[];
}

/** The top-level cassettes of a case folder (sample 1; `sample-N/` folders are other samples). */
export function readCaseCassettes(dir: string): Cassette[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => Cassette.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}

export function answerText(cassette: Cassette): string {
  const body = cassette.response.body as { choices?: { message?: { content?: unknown } }[] } | null;
  const content = body?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new Error(`cassette ${cassette.agent} has no answer text`);
  return content;
}

export function countCall(cassette: Cassette, count: Tokenizer): CallTokens {
  const { messages, schema } = cassette.request;
  return {
    agent: cassette.agent,
    prompt: PER_REQUEST + messages.reduce((sum, m) => sum + PER_MESSAGE + count(m.content), 0),
    schema: schema === null ? 0 : count(JSON.stringify(schema)),
    completion: count(answerText(cassette)),
    messages,
  };
}
