// The socket adapter serves any msw handlers, not only the fake OpenAI's: a streamed body arrives whole, a handler's
// HttpResponse.error() drops the connection, a pending handler ends with the server, and the Anthropic and Mistral
// stand-ins of test/providers answer on it as they do in-process.
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anthropicMessagesApi } from '../providers/support/anthropic-messages-api.js';
import { mistralChatApi } from '../providers/support/mistral-chat-api.js';
import { type ServedHandlers, serveHandlers } from '../support/serve-handlers.js';

const running: ServedHandlers[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((served) => served.stop()));
});

async function serve(...handlers: Parameters<typeof serveHandlers>[0]): Promise<string> {
  const served = await serveHandlers(handlers);
  running.push(served);
  return served.origin;
}

describe('serveHandlers', () => {
  it('streams a body, answers 404 to what no handler takes, and drops the connection on HttpResponse.error()', async () => {
    const origin = await serve(
      http.get('*/stream', () => {
        const parts = ['one ', 'two ', 'three'].map((text) => new TextEncoder().encode(text));
        const body = new ReadableStream({
          pull: (controller) => {
            const next = parts.shift();
            if (next) controller.enqueue(next);
            else controller.close();
          },
        });
        return new HttpResponse(body, { headers: { 'x-kind': 'stream' } });
      }),
      http.get('*/drop', () => HttpResponse.error()),
    );
    const streamed = await fetch(`${origin}/stream`);
    expect(streamed.headers.get('x-kind')).toBe('stream');
    expect(await streamed.text()).toBe('one two three');
    expect((await fetch(`${origin}/nothing`)).status).toBe(404);
    await expect(fetch(`${origin}/drop`)).rejects.toThrow();
  });

  it('ends a request its handler never answers when the server stops', async () => {
    let aborted = false;
    const served = await serveHandlers([
      http.get('*/never', ({ request }) => {
        return new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => {
            aborted = true;
            resolve(HttpResponse.error());
          });
        });
      }),
    ]);
    const hanging = fetch(`${served.origin}/never`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await served.stop();
    await expect(hanging).rejects.toThrow();
    // The socket's close reaches the handler's signal a moment after the server reports it closed.
    await vi.waitFor(() => expect(aborted).toBe(true));
  });

  it('serves the Anthropic and Mistral stand-ins unchanged', async () => {
    const anthropic = anthropicMessagesApi('*', () => ({ content: '{"ok":true}' }));
    const mistral = mistralChatApi('*', () => ({ content: '{"ok":true}' }));
    const origin = await serve(anthropic.handler, mistral.handler);
    const messages = await fetch(`${origin}/v1/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': 'sk-ant-x',
        'anthropic-version': '2023-06-01',
      },
      body: JSON.stringify({
        model: 'claude',
        max_tokens: 100,
        messages: [{ role: 'user', content: 'hi' }],
        tools: [{ name: 'swot', input_schema: { type: 'object' } }],
        tool_choice: { type: 'tool', name: 'swot' },
      }),
    });
    expect(messages.status).toBe(200);
    expect(await messages.json()).toMatchObject({ content: [{ type: 'tool_use', input: { ok: true } }] });
    expect(anthropic.calls[0]).toMatchObject({ agent: 'swot', apiKey: 'sk-ant-x', problems: [] });
    const chat = await fetch(`${origin}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer mistral-x' },
      body: JSON.stringify({ model: 'mistral-small', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(chat.status).toBe(200);
    expect(mistral.calls[0]?.problems).toEqual([]);
  });
});
