// The LangChain provider: any `provider:model` initChatModel resolves (anthropic:, mistralai:, and others once their
// package is installed), each with its own structured-output method, driven by Boussole's own retry and repair loop.
// Anthropic and Mistral are read on the wire (answers, faults, rate headers, the redaction step); others are judged
// from LangChain's parsed message.
import type { AIMessage } from '@langchain/core/messages';
import type { AgentOutputs } from '../../agents/outputs.js';
import { InputError } from '../errors/index.js';
import type { AgentModel, AgentRequest, TokenUsage } from '../llm/model.js';
import type { RateLimiter } from '../llm/rate-limiter.js';
import { createRedactor } from '../llm/redaction.js';
import type { ChatMessage } from '../llm/repair-message.js';
import { type Send, structuredCall } from '../llm/structured-call.js';
import { createWireTap } from '../llm/wire-tap.js';
import { checkAnthropicAnswer } from './anthropic-answer.js';
import { type CallOptions, DEFAULT_CALL_TIMEOUT_MS, loopOptions } from './call-options.js';
import type { LangChainProvider } from './model-spec.js';
import { checkMistralAnswer } from './mistral-answer.js';
import { providerError } from './provider-errors.js';

export interface LangChainModelConfig extends CallOptions {
  provider: LangChainProvider;
  /** The provider's key; null for providers that authenticate otherwise. */
  apiKey: string | null;
  /** The provider's endpoint (its `*_BASE_URL`, a cassette session); null for its own default. */
  baseURL: string | null;
  /** Every configured key: the redaction step is built from these and `apiKey`. */
  secrets?: readonly string[];
  limiter?: RateLimiter;
  /** What run.json records; the provider's name unless the calls are replayed. @default provider.name */
  label?: string;
}

/** Anthropic answers up to this many tokens: enough for the longest agent (the prioritizer), a bound on cost. */
const ANTHROPIC_MAX_TOKENS = 8192;

/** Refuses at once, before any run folder exists, a provider whose package is not installed. */
export async function ensureInstalled(provider: LangChainProvider, french = false): Promise<void> {
  try {
    await import(provider.package);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
    if (code === 'ERR_MODULE_NOT_FOUND') {
      throw new InputError(
        'usage',
        french
          ? `Le fournisseur \`${provider.id}:\` a besoin du paquet ${provider.package}, qui n'est pas installé : lancez \`npm install ${provider.package}\`, ou choisissez un autre modèle.`
          : `The model provider \`${provider.id}:\` needs the package ${provider.package}, which is not installed: run \`npm install ${provider.package}\`, or choose another model.`,
        error,
      );
    }
    throw error;
  }
}

export async function createLangChainModel(config: LangChainModelConfig): Promise<AgentModel> {
  const { initChatModel } = await import('langchain/chat_models/universal');
  const redactor = createRedactor([config.apiKey, ...(config.secrets ?? [])]);
  const limiter = config.limiter ?? null;
  const timeoutMs = config.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const { provider } = config;
  const options = {
    ...loopOptions(config, redactor),
    ...(provider.wire === 'anthropic' ? { checkBody: checkAnthropicAnswer } : {}),
    ...(provider.wire === 'mistralai' ? { checkBody: checkMistralAnswer } : {}),
  };

  /** One client per answer: its calls are sequential, so the wire tap's single slot is this answer's own. */
  function sender<Id extends keyof AgentOutputs>(request: AgentRequest<Id>): Send {
    const tap = createWireTap({ redactor, limiter });
    let callSignal: AbortSignal | undefined;
    let timedOut = false;
    // The per-call timeout and the answer's signal are applied here, on the wire: every SDK honours a fetch that
    // aborts, and Mistral's client streams whenever it is handed a signal itself.
    const wiredFetch: typeof fetch = (input, init) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      timeout.addEventListener('abort', () => {
        timedOut = true;
      });
      const signals = [timeout, ...(callSignal ? [callSignal] : []), ...(init?.signal ? [init.signal] : [])];
      return tap.fetch(input, { ...init, signal: AbortSignal.any(signals) });
    };
    const structured = (async () => {
      const chat = await initChatModel(`${provider.id}:${request.model}`, {
        ...(await clientFields(provider, config, wiredFetch)),
        temperature: request.temperature,
        // LangChain's own retries would resend a malformed answer's request as is; Boussole's loop decides.
        maxRetries: 0,
      });
      return chat.withStructuredOutput(request.schema, { name: request.agentId, includeRaw: true });
    })();
    return async (messages: ChatMessage[], signal) => {
      tap.take();
      callSignal = signal;
      timedOut = false;
      try {
        const model = await structured;
        tap.released(limiter ? await limiter.acquire(signal) : null);
        const { raw } = await model.invoke(messages.map(({ role, content }) => ({ role, content })));
        const message = raw as AIMessage;
        const bodyText = provider.wire ? tap.take() : parsedMessageBody(message);
        return { bodyText, error: null, usage: usageOf(message) };
      } catch (error) {
        const bodyText = provider.wire ? tap.take() : null;
        return { bodyText, error: providerError(error, timedOut, timeoutMs), usage: null };
      }
    };
  }

  return {
    provider: config.label ?? provider.name,
    generate: (request) => structuredCall(request, sender(request), options),
  };
}

/** The constructor fields each wire's LangChain class takes for its key, endpoint and fetch. */
async function clientFields(
  provider: LangChainProvider,
  config: LangChainModelConfig,
  wiredFetch: typeof fetch,
): Promise<Record<string, unknown>> {
  const apiKey = config.apiKey ?? undefined;
  switch (provider.wire) {
    case 'anthropic':
      return {
        apiKey,
        // Passed explicitly so the client never reads ANTHROPIC_BASE_URL from the environment itself.
        anthropicApiUrl: config.baseURL ?? provider.defaultBaseURL,
        maxTokens: ANTHROPIC_MAX_TOKENS,
        clientOptions: { fetch: wiredFetch },
      };
    case 'mistralai': {
      const { HTTPClient } = await import('@mistralai/mistralai/lib/http.js');
      return {
        apiKey,
        serverURL: config.baseURL ?? provider.defaultBaseURL,
        httpClient: new HTTPClient({ fetcher: (input, init) => wiredFetch(input, init) }),
      };
    }
    default:
      return { apiKey, ...(config.baseURL ? { baseUrl: config.baseURL, baseURL: config.baseURL } : {}) };
  }
}

/**
 * For providers Boussole does not read on the wire: the parsed message (the forced tool call's arguments, or the
 * text) as the chat-completion body the shared check reads.
 */
function parsedMessageBody(message: AIMessage): string {
  const args = message.tool_calls?.[0]?.args;
  const content =
    args !== undefined ? JSON.stringify(args) : typeof message.content === 'string' ? message.content : '';
  const finish = message.response_metadata?.finish_reason ?? message.response_metadata?.stop_reason ?? null;
  return JSON.stringify({
    choices: [{ finish_reason: finish === 'max_tokens' ? 'length' : finish, message: { content } }],
  });
}

function usageOf(raw: AIMessage | undefined): TokenUsage | null {
  const metadata = raw?.usage_metadata;
  if (!metadata) return null;
  return { promptTokens: metadata.input_tokens, completionTokens: metadata.output_tokens };
}
