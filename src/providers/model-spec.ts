// Reads a model name: `anthropic:claude-sonnet-4-5` names a LangChain provider (the prefixes initChatModel knows);
// any other name, `openai:gpt-4.1` and Ollama's `qwen2.5:7b` included, is a model of the OpenAI-compatible endpoint.

/** How a provider's requests and answers look on the wire: what the cassettes key and store. */
export type Wire = 'openai' | 'anthropic' | 'mistralai';

export interface LangChainProvider {
  /** The prefix as initChatModel reads it (`mistral` is an alias of `mistralai`). */
  readonly id: string;
  /** What run.json calls it: the alias resolved. */
  readonly name: string;
  /** The package initChatModel imports for it. */
  readonly package: string;
  /** Its conventional key variable; null when it authenticates otherwise (AWS, Google Cloud, a local Ollama). */
  readonly keyVariable: string | null;
  /** Its conventional base-URL variable, when Boussole points the client at it; null otherwise. */
  readonly baseUrlVariable: string | null;
  /** Its own endpoint when no base URL is set (the limiter's endpoint key). */
  readonly defaultBaseURL: string | null;
  /** Wire formats Boussole reads itself (answers, faults, cassettes); null: judged from LangChain's parsed message. */
  readonly wire: Exclude<Wire, 'openai'> | null;
}

const anthropic: LangChainProvider = {
  id: 'anthropic',
  name: 'anthropic',
  package: '@langchain/anthropic',
  keyVariable: 'ANTHROPIC_API_KEY',
  baseUrlVariable: 'ANTHROPIC_BASE_URL',
  defaultBaseURL: 'https://api.anthropic.com',
  wire: 'anthropic',
};
const mistralai: LangChainProvider = {
  id: 'mistralai',
  name: 'mistralai',
  package: '@langchain/mistralai',
  keyVariable: 'MISTRAL_API_KEY',
  baseUrlVariable: 'MISTRAL_BASE_URL',
  defaultBaseURL: 'https://api.mistral.ai',
  wire: 'mistralai',
};

/** Any other provider initChatModel resolves: it works once its package is installed, with its own defaults. */
function other(id: string, pkg: string, keyVariable: string | null): LangChainProvider {
  return {
    id,
    name: id,
    package: pkg,
    keyVariable,
    baseUrlVariable: null,
    defaultBaseURL: null,
    wire: null,
  };
}

/** initChatModel's providers (langchain 1.5, MODEL_PROVIDER_CONFIG), minus `openai`, which is Boussole's own path. */
export const LANGCHAIN_PROVIDERS: Readonly<Record<string, LangChainProvider>> = {
  anthropic,
  mistralai,
  mistral: { ...mistralai, id: 'mistral' },
  azure_openai: other('azure_openai', '@langchain/openai', 'AZURE_OPENAI_API_KEY'),
  langsmith: other('langsmith', '@langchain/openai', 'LANGSMITH_API_KEY'),
  cohere: other('cohere', '@langchain/cohere', 'COHERE_API_KEY'),
  google: other('google', '@langchain/google', 'GOOGLE_API_KEY'),
  'google-vertexai': other('google-vertexai', '@langchain/google-vertexai', null),
  'google-vertexai-web': other('google-vertexai-web', '@langchain/google-vertexai-web', null),
  'google-genai': other('google-genai', '@langchain/google-genai', 'GOOGLE_API_KEY'),
  ollama: other('ollama', '@langchain/ollama', null),
  groq: other('groq', '@langchain/groq', 'GROQ_API_KEY'),
  bedrock: other('bedrock', '@langchain/aws', null),
  aws: other('aws', '@langchain/aws', null),
  deepseek: other('deepseek', '@langchain/deepseek', 'DEEPSEEK_API_KEY'),
  xai: other('xai', '@langchain/xai', 'XAI_API_KEY'),
  cerebras: other('cerebras', '@langchain/cerebras', 'CEREBRAS_API_KEY'),
  fireworks: other('fireworks', '@langchain/fireworks', 'FIREWORKS_API_KEY'),
  together: other('together', '@langchain/together-ai', 'TOGETHER_AI_API_KEY'),
  perplexity: other('perplexity', '@langchain/perplexity', 'PERPLEXITY_API_KEY'),
};

export type ModelSpec =
  | { kind: 'openai'; model: string }
  | { kind: 'langchain'; provider: LangChainProvider; model: string };

export function parseModelSpec(name: string): ModelSpec {
  const colon = name.indexOf(':');
  if (colon > 0) {
    const prefix = name.slice(0, colon);
    const model = name.slice(colon + 1);
    if (prefix === 'openai' && model !== '') return { kind: 'openai', model };
    const provider = Object.hasOwn(LANGCHAIN_PROVIDERS, prefix) ? LANGCHAIN_PROVIDERS[prefix] : undefined;
    if (provider && model !== '') return { kind: 'langchain', provider, model };
  }
  return { kind: 'openai', model: name };
}

/** What run.json records as an answer's provider. */
export function providerNameOf(spec: ModelSpec): string {
  return spec.kind === 'openai' ? 'openai' : spec.provider.name;
}

/** The wire a model's calls travel in. */
export function wireOf(spec: ModelSpec): Wire {
  return spec.kind === 'openai' ? 'openai' : (spec.provider.wire ?? 'openai');
}
