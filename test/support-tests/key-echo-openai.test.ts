// The key-echoing gateways are plain msw handler sets: answered in-process here through setupServer, the same
// handlers startKeyEchoOpenAI serves on a socket for a CLI process.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoForms, keyEchoOpenAIHandlers, keyRefusingOpenAIHandlers } from '../support/key-echo-openai.js';

const KEY = 'sk-gateway/canary+1=';
const echo = keyEchoOpenAIHandlers((_agent, nth) => (nth === 1 ? 'error-500' : 'answer-200'));
const refusing = keyRefusingOpenAIHandlers();
const msw = setupServer(...echo.handlers);
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const ask = () =>
  fetch('http://gateway.mock/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'swot', schema: { type: 'string' } } },
    }),
  });

describe('key-echoing gateways as msw handlers', () => {
  it('echo the key in a 500 body, then in a 200 answer and its headers', async () => {
    const failed = await ask();
    expect(failed.status).toBe(500);
    expect(await failed.text()).toContain(JSON.stringify(echoForms(KEY)).slice(1, -1));
    const answered = await ask();
    expect(answered.status).toBe(200);
    expect(answered.headers.get('x-echo-authorization')).toBe(`Bearer ${KEY}`);
    expect(echo.keysSeen).toEqual([KEY, KEY]);
    expect(echo.sent).toMatchObject({ 'error-500': 1, 'answer-200': 1 });
  });

  it('refuse every key with a 401 quoting it', async () => {
    msw.use(...refusing.handlers);
    const refused = await ask();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-echoed-key')).toBe(KEY);
    expect(refusing.keysSeen).toEqual([KEY]);
  });
});
