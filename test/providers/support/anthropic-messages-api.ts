// An msw stand-in for Anthropic's Messages API (POST /v1/messages), written from its published reference: it checks
// every request against the documented shape (headers x-api-key and anthropic-version; model, max_tokens, messages
// with user/assistant roles only, a top-level system, tools with input_schema, tool_choice) and answers a forced
// tool call with a `tool_use` block, as the API does. Answers are a fixture case's hand-authored ones.
import { HttpResponse, http } from 'msw';
import { z } from 'zod';

const TextBlock = z.strictObject({
  type: z.literal('text'),
  text: z.string(),
  cache_control: z.unknown().optional(),
});

/** The request body as documented; unknown top-level fields are refused so an undocumented one is seen. */
export const MessagesRequest = z.strictObject({
  model: z.string().min(1),
  max_tokens: z.number().int().min(1),
  messages: z
    .array(
      z.strictObject({
        role: z.enum(['user', 'assistant']),
        content: z.union([z.string(), z.array(TextBlock)]),
      }),
    )
    .min(1)
    .refine((messages) => messages[0]?.role === 'user', "the first message must be the user's"),
  system: z.union([z.string(), z.array(TextBlock)]).optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().optional(),
  top_k: z.number().int().optional(),
  stop_sequences: z.array(z.string()).optional(),
  stream: z.boolean().optional(),
  metadata: z.strictObject({ user_id: z.string().optional() }).optional(),
  tools: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-zA-Z0-9_-]{1,128}$/),
        description: z.string().optional(),
        input_schema: z.looseObject({ type: z.literal('object') }),
      }),
    )
    .optional(),
  tool_choice: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('auto'), disable_parallel_tool_use: z.boolean().optional() }),
      z.strictObject({ type: z.literal('any'), disable_parallel_tool_use: z.boolean().optional() }),
      z.strictObject({
        type: z.literal('tool'),
        name: z.string(),
        disable_parallel_tool_use: z.boolean().optional(),
      }),
      z.strictObject({ type: z.literal('none') }),
    ])
    .optional(),
});
export type MessagesRequest = z.infer<typeof MessagesRequest>;

export interface SeenMessagesCall {
  agent: string;
  apiKey: string | null;
  version: string | null;
  body: unknown;
  /** Issues against the documented shape; empty when the request is valid. */
  problems: string[];
}

/** What to answer a call with: the answer's text (JSON for a tool call), or an HTTP error with its headers. */
export type MessagesReply =
  | { content: string }
  | { error: { status: number; type: string; message: string; headers?: Record<string, string> } };

export function anthropicMessagesApi(
  origin: string,
  reply: (agent: string, nth: number, body: MessagesRequest) => MessagesReply,
) {
  const calls: SeenMessagesCall[] = [];
  const counts = new Map<string, number>();
  const handler = http.post(`${origin}/v1/messages`, async ({ request }) => {
    const body: unknown = await request.json();
    const parsed = MessagesRequest.safeParse(body);
    const problems = parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    const apiKey = request.headers.get('x-api-key');
    const version = request.headers.get('anthropic-version');
    if (!apiKey) problems.push('missing x-api-key header');
    if (!version) problems.push('missing anthropic-version header');
    const data = (parsed.success ? parsed.data : body) as MessagesRequest;
    const agent = data.tool_choice?.type === 'tool' ? data.tool_choice.name : 'unknown';
    calls.push({ agent, apiKey, version, body, problems });
    if (problems.length > 0) {
      return HttpResponse.json(
        { type: 'error', error: { type: 'invalid_request_error', message: problems.join('; ') } },
        { status: 400 },
      );
    }
    const nth = (counts.get(agent) ?? 0) + 1;
    counts.set(agent, nth);
    const answer = reply(agent, nth, data);
    if ('error' in answer) {
      return HttpResponse.json(
        { type: 'error', error: { type: answer.error.type, message: answer.error.message } },
        { status: answer.error.status, headers: answer.error.headers },
      );
    }
    let input: unknown;
    try {
      input = JSON.parse(answer.content);
    } catch {
      input = undefined;
    }
    const chars = JSON.stringify(data.messages).length + JSON.stringify(data.system ?? '').length;
    return HttpResponse.json({
      id: `msg_${agent}_${nth}`,
      type: 'message',
      role: 'assistant',
      model: data.model,
      content:
        input === undefined
          ? [{ type: 'text', text: answer.content }]
          : [{ type: 'tool_use', id: `toolu_${agent}_${nth}`, name: agent, input }],
      stop_reason: input === undefined ? 'end_turn' : 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: Math.ceil(chars / 4), output_tokens: Math.ceil(answer.content.length / 4) },
    });
  });
  return { handler, calls };
}
