// The OpenAI-backed AgentModel: ChatOpenAI (any OpenAI-compatible base URL) with structured output, driven by
// Boussole's own retry and repair loop. @langchain/openai is loaded here only, when this provider is used.
import type { AIMessage } from '@langchain/core/messages';
import type { AgentOutputs } from '../../agents/outputs.js';
import { OPENAI_BASE_URL } from './endpoint.js';
import type { AgentModel, AgentRequest, TokenUsage } from './model.js';
import type { RateLimiter } from './rate-limiter.js';
import { createRedactor } from './redaction.js';
import type { ChatMessage } from './repair-message.js';
import { realSleep, type Sleep } from './sleep.js';
import { type LlmEvent, type LoopOptions, type Send, structuredCall } from './structured-call.js';
import { createWireTap } from './wire-tap.js';

/** The most one agent's answer may take over all its attempts, waits included, unless the user says otherwise. */
export const DEFAULT_AGENT_DEADLINE_MS = 180_000;

export interface OpenAIModelConfig {
  apiKey: string;
  /** An OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp, a gateway); null for OpenAI itself. */
  baseURL: string | null;
  /** Per HTTP call. @default 120000 */
  timeoutMs?: number;
  /** One agent's answer, every attempt and wait included; past it the agent fails. @default 180000 */
  deadlineMs?: number;
  /**
   * Other values no answer, error or file may show besides `apiKey` (every configured provider's key, the real
   * upstream key behind a recording session): the redaction step is built from these.
   */
  secrets?: readonly string[];
  /** Retries after 429, 5xx, timeouts and dropped connections. @default 4 */
  maxTransportRetries?: number;
  /** Repair turns after an answer that is not valid output. @default 2 */
  maxRepairTurns?: number;
  /** A Retry-After longer than this fails at once rather than stalling the run. @default 60000 */
  maxRetryAfterMs?: number;
  /** Backoff before the first transport retry, doubled for each next one. @default 1000 */
  backoffBaseMs?: number;
  /** Longest backoff between two transport retries. @default 30000 */
  maxBackoffMs?: number;
  /** How to wait between retries; tests inject one that does not wait. @default a real, abortable timer */
  sleep?: Sleep;
  /** Clock for Retry-After given as an HTTP date. @default Date.now */
  now?: () => number;
  /** The endpoint's shared rate limiter: waited on before each HTTP call, told of every answer. */
  limiter?: RateLimiter;
  /** Calls started, retries scheduled, repair turns: the pipeline turns these into progress lines. */
  onEvent?: (event: LlmEvent) => void;
}

export async function createOpenAIModel(config: OpenAIModelConfig): Promise<AgentModel> {
  const { ChatOpenAI } = await import('@langchain/openai');
  const redactor = createRedactor([config.apiKey, ...(config.secrets ?? [])]);
  const limiter = config.limiter ?? null;
  const options: LoopOptions = {
    maxTransportRetries: config.maxTransportRetries ?? 4,
    maxRepairTurns: config.maxRepairTurns ?? 2,
    maxRetryAfterMs: config.maxRetryAfterMs ?? 60_000,
    backoff: { baseMs: config.backoffBaseMs ?? 1000, maxMs: config.maxBackoffMs ?? 30_000 },
    sleep: config.sleep ?? realSleep,
    now: config.now ?? Date.now,
    onEvent: config.onEvent ?? (() => {}),
    redactor,
    deadlineMs: config.deadlineMs ?? DEFAULT_AGENT_DEADLINE_MS,
  };

  /** One client per answer: its calls are sequential, so the wire tap's single slot is this answer's own. */
  function sender<Id extends keyof AgentOutputs>(request: AgentRequest<Id>): Send {
    const tap = createWireTap({ redactor, limiter });
    const chat = new ChatOpenAI({
      apiKey: config.apiKey,
      model: request.model,
      temperature: request.temperature,
      // LangChain's own retries would resend a malformed answer's request as is; Boussole's loop decides.
      maxRetries: 0,
      timeout: config.timeoutMs ?? 120_000,
      configuration: { baseURL: config.baseURL ?? OPENAI_BASE_URL, fetch: tap.fetch },
    });
    const structured = chat.withStructuredOutput(request.schema, {
      name: request.agentId,
      method: 'jsonSchema',
      includeRaw: true,
    });
    return async (messages: ChatMessage[], signal) => {
      tap.take();
      try {
        tap.released(limiter ? await limiter.acquire(signal) : null);
        // Plain `{ role, content }` objects: LangChain maps the roles, and no message class is imported here.
        const { raw } = await structured.invoke(
          messages.map(({ role, content }) => ({ role, content })),
          { signal },
        );
        return { bodyText: tap.take(), error: null, usage: usageOf(raw as AIMessage) };
      } catch (error) {
        return { bodyText: tap.take(), error, usage: null };
      }
    };
  }

  return {
    provider: 'openai',
    generate: (request) => structuredCall(request, sender(request), options),
  };
}

function usageOf(raw: AIMessage): TokenUsage | null {
  const metadata = raw.usage_metadata;
  if (!metadata) return null;
  return { promptTokens: metadata.input_tokens, completionTokens: metadata.output_tokens };
}
