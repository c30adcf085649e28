// Judges a Mistral chat-completion answer: with LangChain's structured output the JSON is the forced tool call's
// `arguments` (a string, or an object). Read as Mistral documents it, then checked like every other answer.
import type { z } from 'zod';
import { type AnswerCheck, checkAnswer } from '../llm/answer-check.js';

interface Choice {
  finish_reason?: unknown;
  message?: { content?: unknown; tool_calls?: { function?: { arguments?: unknown } }[] | null };
}

export function checkMistralAnswer<T>(bodyText: string, schema: z.ZodType<T>): AnswerCheck<T> {
  let body: { choices?: unknown; usage?: unknown };
  try {
    body = JSON.parse(bodyText);
  } catch {
    return checkAnswer(bodyText, schema);
  }
  if (typeof body !== 'object' || body === null || !Array.isArray(body.choices))
    return checkAnswer(bodyText, schema);
  const choices = (body.choices as Choice[]).map((choice) => {
    const args = choice.message?.tool_calls?.[0]?.function?.arguments;
    const content =
      typeof args === 'string'
        ? args
        : args !== undefined && args !== null
          ? JSON.stringify(args)
          : choice.message?.content;
    // `model_length` is Mistral's other way to say the answer was cut at the context limit.
    const finish = choice.finish_reason === 'model_length' ? 'length' : choice.finish_reason;
    return { finish_reason: finish, message: { content: textOf(content) } };
  });
  return checkAnswer(JSON.stringify({ choices, usage: body.usage }), schema);
}

/** Mistral may send content as text chunks. */
function textOf(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  return null;
}
