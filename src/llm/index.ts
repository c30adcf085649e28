// The LLM layer's public surface: the OpenAI-backed model factory, its events, and its typed errors.

export type { ContentReason } from './answer-check.js';
export {
  AgentOutputError,
  AgentRefusalError,
  type Attempts,
  LlmAuthError,
  LlmBadRequestError,
  LlmDeadlineError,
  LlmError,
  type LlmErrorDetails,
  LlmInterruptedError,
  LlmNotFoundError,
  LlmRateLimitError,
  LlmTransportError,
} from './errors.js';
export type { RequestReason, TransportReason } from './fault-classification.js';
export type { AgentAnswer, AgentModel, AgentRequest, TokenUsage } from './model.js';
export { createOpenAIModel, DEFAULT_AGENT_DEADLINE_MS, type OpenAIModelConfig } from './openai-model.js';
export {
  createRateLimiter,
  createRateLimiters,
  type RateLimiter,
  type RateLimiterOptions,
  type RateLimiters,
} from './rate-limiter.js';
export { baseRedactor, createRedactor, REDACTED, type Redactor } from './redaction.js';
export type { Sleep } from './sleep.js';
export type { LlmEvent } from './structured-call.js';
