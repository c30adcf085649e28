// OpenAI wire bodies the fake server sends: chat completions (with rough usage), model lists and error bodies.

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls';

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: number;
    message: { role: 'assistant'; content: string | null; refusal: string | null };
    finish_reason: FinishReason;
    logprobs: null;
  }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

export interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** What the model "wrote": text (possibly null with a refusal), or no choice at all. */
export type Completion =
  | { kind: 'message'; content: string | null; refusal: string | null; finishReason: FinishReason }
  | { kind: 'no-choices' };

export interface Envelope {
  id: string;
  /** Unix seconds. */
  created: number;
  model: string;
  promptTokens: number;
}

/** Rough token count, about four characters per token: enough for usage figures, not for billing. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The text of every message, as the model would read it: string contents and the text of content parts. */
export function promptText(messages: readonly unknown[]): string {
  const texts: string[] = [];
  for (const message of messages) {
    const content = isRecord(message) ? message.content : null;
    if (typeof content === 'string') texts.push(content);
    else if (Array.isArray(content))
      for (const part of content) if (isRecord(part) && typeof part.text === 'string') texts.push(part.text);
  }
  return texts.join('\n');
}

export function chatCompletion(envelope: Envelope, completion: Completion): ChatCompletion {
  const text = completion.kind === 'message' ? (completion.content ?? completion.refusal ?? '') : '';
  const completionTokens = estimateTokens(text);
  return {
    id: envelope.id,
    object: 'chat.completion',
    created: envelope.created,
    model: envelope.model,
    choices:
      completion.kind === 'message'
        ? [
            {
              index: 0,
              message: { role: 'assistant', content: completion.content, refusal: completion.refusal },
              finish_reason: completion.finishReason,
              logprobs: null,
            },
          ]
        : [],
    usage: {
      prompt_tokens: envelope.promptTokens,
      completion_tokens: completionTokens,
      total_tokens: envelope.promptTokens + completionTokens,
    },
  };
}

export function errorBody(message: string, type: string, code: string | null = null): ErrorBody {
  return { error: { message, type, param: null, code } };
}

export function modelList(created: number, models: readonly string[]) {
  return {
    object: 'list' as const,
    data: models.map((id) => ({ id, object: 'model' as const, created, owned_by: 'boussole-fake-openai' })),
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
