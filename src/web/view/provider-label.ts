// How the pages name a drafting choice: the offline drafter, or the configured models with their real provider.
import { parseModelSpec, providerNameOf } from '../../providers/model-spec.js';
import type { UiLabels } from '../labels/ui-labels.js';

/** Proper names of the providers a page may show; any other provider is shown by its own id. */
const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  mistralai: 'Mistral AI',
  azure_openai: 'Azure OpenAI',
  google: 'Google',
  'google-genai': 'Google Gemini',
  'google-vertexai': 'Google Vertex AI',
  ollama: 'Ollama',
  groq: 'Groq',
  bedrock: 'AWS Bedrock',
  aws: 'AWS Bedrock',
  deepseek: 'DeepSeek',
  xai: 'xAI',
  cohere: 'Cohere',
};

/** A run.json provider (`openai`, `anthropic`, `mixed`, `offline`…) as a person reads it. */
export function providerName(provider: string, t: UiLabels): string {
  if (provider === '') return '';
  if (provider === 'offline') return t.providerOfflineShort;
  if (provider === 'mixed') return t.providerMixed;
  if (provider === 'openai') return t.providerOpenaiShort;
  return PROVIDER_NAMES[provider] ?? provider;
}

/**
 * The label of one choice of the New draft page. `models` are the configured model names (`anthropic:claude-…`,
 * `gpt-4.1-mini`): the LLM choice names each provider and model it will call, not "OpenAI" for all of them.
 */
export function providerChoiceLabel(id: string, models: readonly string[], t: UiLabels): string {
  if (id === 'offline') return t.providerOffline;
  if (id !== 'openai') return `${t.providerOther} (${id})`;
  if (models.length === 0) return t.providerOpenai;
  const named = [
    ...new Set(
      models.map((name) => {
        const spec = parseModelSpec(name);
        return `${providerName(providerNameOf(spec), t)} ${spec.model}`;
      }),
    ),
  ];
  return `${named.length > 1 ? t.providerModels : t.providerModel} ${named.join(', ')}`;
}
