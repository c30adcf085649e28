// Judges an Anthropic Messages API answer: the forced tool call's `input` is the agent's JSON. The body is read as
// Anthropic documents it, then handed to the same parse-then-validate check as every other provider.
import type { z } from 'zod';
import { type AnswerCheck, checkAnswer } from '../llm/answer-check.js';

interface MessageBody {
  type?: unknown;
  content?: unknown;
  stop_reason?: unknown;
  usage?: { input_tokens?: unknown; output_tokens?: unknown };
}

interface Block {
  type?: unknown;
  text?: unknown;
  input?: unknown;
}

export function checkAnthropicAnswer<T>(bodyText: string, schema: z.ZodType<T>): AnswerCheck<T> {
  const body = parse(bodyText);
  if (!body || !Array.isArray(body.content)) {
    return {
      kind: 'bad_response',
      detail: 'the server answered 2xx with a body that is not an Anthropic message',
    };
  }
  const blocks = body.content as Block[];
  const tool = blocks.find((block) => block.type === 'tool_use');
  const text = blocks
    .filter((block) => block.type === 'text' && typeof block.text === 'string')
    .map((block) => block.text as string)
    .join('');
  const stop = typeof body.stop_reason === 'string' ? body.stop_reason : null;
  // A tool call cut at max_tokens has a partial input: the text of the answer is what there is to show.
  const content =
    tool && typeof tool.input === 'object' && tool.input !== null ? JSON.stringify(tool.input) : text;
  return checkAnswer(
    JSON.stringify({
      choices: [
        {
          // `max_tokens` is the length fault; a `refusal` stop carries its text as the refusal.
          finish_reason: stop === 'max_tokens' ? 'length' : stop,
          message: stop === 'refusal' ? { content: null, refusal: text || 'refused' } : { content },
        },
      ],
      usage: { prompt_tokens: body.usage?.input_tokens, completion_tokens: body.usage?.output_tokens },
    }),
    schema,
  );
}

function parse(text: string): MessageBody | null {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as MessageBody) : null;
  } catch {
    return null;
  }
}
