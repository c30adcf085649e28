// The New draft page names the model choice by its real provider (Anthropic, Mistral AI, OpenAI-compatible), never
// "OpenAI" for all of them; keys stay out of the page.
import { afterEach, expect, it } from 'vitest';
import { type RunningServe, rawRequest, startServe } from './serve-helper.js';

/** Each test starts a server (it bundles the pages' script): room for a loaded 2-core machine. */
const STARTS = { timeout: 60_000 };

let serve: RunningServe | undefined;
afterEach(async () => {
  await serve?.stop();
  serve = undefined;
});

/** The provider select's options as a browser shows them: value → label. */
async function providerOptions(env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  serve = await startServe({ env });
  const page = (await rawRequest(`${serve.url}/?lang=en`)).body;
  const select = /<select name="provider">([\s\S]*?)<\/select>/.exec(page)?.[1] ?? '';
  return Object.fromEntries(
    [...select.matchAll(/<option value="([^"]+)">([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]),
  );
}

it('names Anthropic and its model when BOUSSOLE_MODEL is an anthropic: model', STARTS, async () => {
  const options = await providerOptions({
    BOUSSOLE_MODEL: 'anthropic:claude-sonnet-4-5',
    ANTHROPIC_API_KEY: 'sk-ant-test-never-shown-5b1e',
  });
  expect(options.openai).toBe('Configured model: Anthropic claude-sonnet-4-5');
  expect(options.offline).toMatch(/^Offline drafter/);
  expect(JSON.stringify(options)).not.toContain('sk-ant-test');
});

it('names Mistral AI, and every provider when agents use several', STARTS, async () => {
  const options = await providerOptions({
    BOUSSOLE_MODEL: 'mistralai:mistral-large-latest',
    BOUSSOLE_MODEL_SWOT: 'anthropic:claude-haiku-4-5',
    MISTRAL_API_KEY: 'test-mistral-key',
    ANTHROPIC_API_KEY: 'test-anthropic-key',
  });
  expect(options.openai).toBe(
    'Configured models: Mistral AI mistral-large-latest, Anthropic claude-haiku-4-5',
  );
});

it(
  'says OpenAI-compatible and the default model for a plain key, and offers only offline without one',
  STARTS,
  async () => {
    expect((await providerOptions({ OPENAI_API_KEY: 'sk-test-plain-key-1f0c' })).openai).toBe(
      'Configured model: OpenAI-compatible gpt-4.1-mini',
    );
    await serve?.stop();
    expect(Object.keys(await providerOptions({}))).toEqual(['offline']);
  },
);
