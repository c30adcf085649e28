// Judges one chat-completion response body: parse the answer, then validate it, as two steps with their own
// messages. The body, not the client's exception, is the evidence: it keeps the raw text the client drops.
import type { z } from 'zod';
import type { TokenUsage } from './model.js';

export type ContentReason =
  | 'not_json'
  | 'schema_mismatch'
  | 'length'
  | 'refusal'
  | 'content_filter'
  | 'empty_choices';

export interface ContentFault {
  kind: 'content';
  reason: ContentReason;
  /** One line: what was wrong, e.g. `did not match the schema: personas[1].pains: Invalid input...`. */
  detail: string;
  /** For the repair turn: schema issues as `path: message`, or the JSON parse error; else empty. */
  issues: string[];
  /** The assistant's text, or its refusal. */
  rawText: string | null;
  finishReason: string | null;
}

export type AnswerCheck<T> =
  | { kind: 'ok'; output: T; rawText: string; finishReason: string | null; usage: TokenUsage | null }
  | (ContentFault & { usage: TokenUsage | null })
  | { kind: 'bad_response'; detail: string };

interface CompletionBody {
  choices: unknown[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
}

interface Choice {
  finish_reason?: unknown;
  message?: { content?: unknown; refusal?: unknown };
}

export function checkAnswer<T>(bodyText: string, schema: z.ZodType<T>): AnswerCheck<T> {
  const body = parseBody(bodyText);
  if (!body)
    return {
      kind: 'bad_response',
      detail: 'the server answered 2xx with a body that is not a chat completion',
    };
  const usage = usageOf(body);
  const choice = body.choices[0] as Choice | undefined;
  if (!choice) return fault('empty_choices', 'the response had no choices', null, null, usage);

  const finishReason = typeof choice.finish_reason === 'string' ? choice.finish_reason : null;
  const content = typeof choice.message?.content === 'string' ? choice.message.content : null;
  const refusal = typeof choice.message?.refusal === 'string' ? choice.message.refusal : null;
  if (finishReason === 'length') {
    return fault(
      'length',
      'was cut off at the length limit (finish_reason: length)',
      content,
      finishReason,
      usage,
    );
  }
  if (finishReason === 'content_filter') {
    return fault('content_filter', 'was withheld by the content filter', content, finishReason, usage);
  }
  if (refusal) return fault('refusal', `refused: "${refusal}"`, refusal, finishReason, usage);
  if (content === null || content.trim() === '') {
    return fault('not_json', 'was empty instead of a JSON object', content, finishReason, usage);
  }

  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(content));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...fault('not_json', `was not JSON (${reason})`, content, finishReason, usage),
      issues: [reason],
    };
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
    const shown =
      issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
    return {
      ...fault('schema_mismatch', `did not match the schema: ${shown}`, content, finishReason, usage),
      issues,
    };
  }
  return { kind: 'ok', output: result.data, rawText: content, finishReason, usage };
}

/** `['personas', 1, 'pains']` → `personas[1].pains`; the empty path is the answer itself. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole answer)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Token usage as the body reports it, or null when the server did not say. */
export function usageOf(body: CompletionBody): TokenUsage | null {
  const prompt = body.usage?.prompt_tokens;
  const completion = body.usage?.completion_tokens;
  if (typeof prompt !== 'number' && typeof completion !== 'number') return null;
  return {
    promptTokens: typeof prompt === 'number' ? prompt : 0,
    completionTokens: typeof completion === 'number' ? completion : 0,
  };
}

function fault(
  reason: ContentReason,
  detail: string,
  rawText: string | null,
  finishReason: string | null,
  usage: TokenUsage | null,
): ContentFault & { usage: TokenUsage | null } {
  return { kind: 'content', reason, detail, issues: [], rawText, finishReason, usage };
}

function parseBody(text: string): CompletionBody | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'choices' in body && Array.isArray(body.choices)) {
      return body as CompletionBody;
    }
  } catch {
    // Not JSON at all: a proxy's HTML page, say. The caller treats it as a transport fault.
  }
  return null;
}

/** Local servers (Ollama, llama.cpp) sometimes wrap JSON in a Markdown fence even in json_schema mode. */
function stripCodeFence(text: string): string {
  const match = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/.exec(text);
  return match?.[1] ?? text;
}
