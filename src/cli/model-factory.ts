// The CLI's side of model construction: which provider the flags and the environment choose. The model itself is
// built by src/providers' createModel.
import { parseModelSpec } from '../providers/index.js';
import type { EnvConfig } from './config.js';

export type Provider = 'openai' | 'offline' | 'replay';
export const PROVIDERS = ['openai', 'offline', 'replay'] as const;

/**
 * An LLM when a model names a provider (`anthropic:…`, `mistralai:…`: its key is then required, never a silent
 * offline draft) or an OpenAI key or server address is configured; else the offline drafter.
 */
export function defaultProvider(env: EnvConfig, models: readonly string[] = []): Provider {
  if (models.some((model) => parseModelSpec(model).kind === 'langchain')) return 'openai';
  return env.apiKey || env.baseURL ? 'openai' : 'offline';
}
