// Builds the model behind a run: the OpenAI-compatible client, the offline drafter or the cassette replayer.
import type { AgentModel } from '../llm/model.js';
import type { LlmEvent } from '../llm/structured-call.js';
import { InputError } from '../errors/index.js';
import type { EnvConfig } from './config.js';

export type Provider = 'openai' | 'offline' | 'replay';
export const PROVIDERS = ['openai', 'offline', 'replay'] as const;

export interface ModelOptions {
  provider: Provider;
  env: EnvConfig;
  timeoutMs: number;
  /** Requests-per-minute cap shared by every call of this command, or null for none. */
  rpm: number | null;
  onEvent?: (event: LlmEvent) => void;
}

/** openai when a key or a server address is configured, else the offline drafter. */
export function defaultProvider(env: EnvConfig): Provider {
  return env.apiKey || env.baseURL ? 'openai' : 'offline';
}

export async function createModel(options: ModelOptions): Promise<AgentModel> {
  switch (options.provider) {
    case 'offline': {
      // Imported here so the LLM paths never load the drafters, and the offline path never loads LangChain.
      const [{ createOfflineModel }, { readBrief }] = await Promise.all([
        import('../offline/offline-model.js'),
        import('../offline/reader/read-brief.js'),
      ]);
      return createOfflineModel({ readBrief });
    }
    case 'openai': {
      const { apiKey, baseURL } = options.env;
      if (!apiKey && !baseURL) {
        throw new InputError('usage', 'No OPENAI_API_KEY is set: set it (environment or .env), or OPENAI_BASE_URL for a local server, or use --provider offline.');
      }
      const [{ createOpenAIModel }, { createThrottle }, { realSleep }] = await Promise.all([
        import('../llm/openai-model.js'),
        import('../llm/throttle.js'),
        import('../llm/sleep.js'),
      ]);
      return createOpenAIModel({
        // Local servers (Ollama, llama.cpp...) accept any key; the SDK insists on one.
        apiKey: apiKey ?? 'no-key',
        baseURL,
        timeoutMs: options.timeoutMs,
        throttle: options.rpm ? createThrottle(options.rpm, realSleep) : undefined,
        onEvent: options.onEvent,
      });
    }
    case 'replay':
      throw new InputError('usage', 'Replay is not available yet.');
  }
}
