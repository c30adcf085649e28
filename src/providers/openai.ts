// The OpenAI provider: any OpenAI-compatible base URL (OpenAI, Ollama, vLLM, LM Studio, llama.cpp, a gateway),
// ChatOpenAI with strict JSON-schema output. The client and its loop live in src/llm; this is its seat in the seam.
import type { AgentModel } from '../llm/model.js';
import type { RateLimiter } from '../llm/rate-limiter.js';
import type { CallOptions } from './call-options.js';

export interface OpenAIProviderConfig extends CallOptions {
  apiKey: string;
  /** null for OpenAI itself. */
  baseURL: string | null;
  secrets?: readonly string[];
  limiter?: RateLimiter;
}

export async function createOpenAIProvider(config: OpenAIProviderConfig): Promise<AgentModel> {
  const { createOpenAIModel } = await import('../llm/openai-model.js');
  return createOpenAIModel(config);
}
