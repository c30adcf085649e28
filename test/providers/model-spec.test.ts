// Model names: which provider a name selects, and the provider table kept equal to what initChatModel resolves.
import { MODEL_PROVIDER_CONFIG } from 'langchain/chat_models/universal';
import { describe, expect, it } from 'vitest';
import { LANGCHAIN_PROVIDERS, parseModelSpec } from '../../src/providers/index.js';

describe('a model name', () => {
  it('with a LangChain provider prefix selects that provider', () => {
    expect(parseModelSpec('anthropic:claude-sonnet-4-5')).toMatchObject({
      kind: 'langchain',
      model: 'claude-sonnet-4-5',
      provider: {
        name: 'anthropic',
        keyVariable: 'ANTHROPIC_API_KEY',
        baseUrlVariable: 'ANTHROPIC_BASE_URL',
      },
    });
    expect(parseModelSpec('mistral:mistral-small-latest')).toMatchObject({
      kind: 'langchain',
      provider: { name: 'mistralai', keyVariable: 'MISTRAL_API_KEY' },
    });
  });

  it('without one, or with openai:, or with an Ollama tag, is a model of the OpenAI-compatible endpoint', () => {
    expect(parseModelSpec('gpt-4.1-mini')).toEqual({ kind: 'openai', model: 'gpt-4.1-mini' });
    expect(parseModelSpec('openai:gpt-4.1')).toEqual({ kind: 'openai', model: 'gpt-4.1' });
    expect(parseModelSpec('qwen2.5:7b')).toEqual({ kind: 'openai', model: 'qwen2.5:7b' });
    expect(parseModelSpec('anthropic:')).toEqual({ kind: 'openai', model: 'anthropic:' });
  });

  it('knows every provider initChatModel resolves, with the package it imports', () => {
    const theirs = Object.entries(MODEL_PROVIDER_CONFIG)
      .filter(([id]) => id !== 'openai')
      .map(([id, config]) => [id, config.package])
      .sort();
    const ours = Object.values(LANGCHAIN_PROVIDERS)
      .map((provider) => [provider.id, provider.package])
      .sort();
    expect(ours).toEqual(theirs);
  });
});
