// An msw stand-in for Mistral's chat completions API (POST /v1/chat/completions), written from its published
// reference: Bearer auth, model and messages (system/user/assistant/tool roles), tools as functions with JSON-schema
// parameters, tool_choice `any` to force a call. A forced call is answered with `tool_calls` whose `arguments` is
// the answer's JSON text, as the API does. Answers are a fixture case's hand-authored ones.
import { HttpResponse, http } from 'msw';
import { z } from 'zod';

const Content = z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]);

/** The request body as documented; unknown top-level fields are refused so an undocumented one is seen. */
export const ChatRequest = z.strictObject({
  model: z.string().min(1),
  messages: z
    .array(
      z.looseObject({
        role: z.enum(['system', 'user', 'assistant', 'tool']),
        content: Content.nullable().optional(),
      }),
    )
    .min(1),
  temperature: z.number().min(0).max(1.5).optional(),
  top_p: z.number().min(0).max(1).optional(),
  max_tokens: z.number().int().min(0).optional(),
  stream: z.boolean().optional(),
  stop: z.union([z.string(), z.array(z.string())]).optional(),
  random_seed: z.number().int().optional(),
  response_format: z.looseObject({ type: z.enum(['text', 'json_object', 'json_schema']) }).optional(),
  tools: z
    .array(
      z.strictObject({
        type: z.literal('function'),
        function: z.strictObject({
          name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
          description: z.string().optional(),
          parameters: z.looseObject({}),
          strict: z.boolean().optional(),
        }),
      }),
    )
    .optional(),
  tool_choice: z
    .union([
      z.enum(['auto', 'none', 'any', 'required']),
      z.strictObject({ type: z.literal('function'), function: z.strictObject({ name: z.string() }) }),
    ])
    .optional(),
  presence_penalty: z.number().optional(),
  frequency_penalty: z.number().optional(),
  n: z.number().int().optional(),
  parallel_tool_calls: z.boolean().optional(),
  safe_prompt: z.boolean().optional(),
  prompt_mode: z.string().nullable().optional(),
});
export type ChatRequest = z.infer<typeof ChatRequest>;

export interface SeenChatCall {
  agent: string;
  authorization: string | null;
  body: unknown;
  problems: string[];
}

export type ChatReply =
  | { content: string }
  | { error: { status: number; message: string; headers?: Record<string, string> } };

export function mistralChatApi(
  origin: string,
  reply: (agent: string, nth: number, body: ChatRequest) => ChatReply,
) {
  const calls: SeenChatCall[] = [];
  const counts = new Map<string, number>();
  const handler = http.post(`${origin}/v1/chat/completions`, async ({ request }) => {
    const body: unknown = await request.json();
    const parsed = ChatRequest.safeParse(body);
    const problems = parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    const authorization = request.headers.get('authorization');
    if (!authorization?.startsWith('Bearer ')) problems.push('missing Bearer authorization');
    const data = (parsed.success ? parsed.data : body) as ChatRequest;
    const agent = data.tools?.[0]?.function.name ?? 'unknown';
    calls.push({ agent, authorization, body, problems });
    if (problems.length > 0) {
      return HttpResponse.json(
        { object: 'error', message: problems.join('; '), type: 'invalid_request_error' },
        { status: 400 },
      );
    }
    const nth = (counts.get(agent) ?? 0) + 1;
    counts.set(agent, nth);
    const answer = reply(agent, nth, data);
    if ('error' in answer) {
      return HttpResponse.json(
        { object: 'error', message: answer.error.message, type: 'api_error', param: null, code: null },
        { status: answer.error.status, headers: answer.error.headers },
      );
    }
    const prompt = Math.ceil(JSON.stringify(data.messages).length / 4);
    const completion = Math.ceil(answer.content.length / 4);
    return HttpResponse.json({
      id: `cmpl-${agent}-${nth}`,
      object: 'chat.completion',
      created: 1_767_225_600,
      model: data.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: '',
            tool_calls: [
              { id: `call${nth}`, type: 'function', function: { name: agent, arguments: answer.content } },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
    });
  });
  return { handler, calls };
}
