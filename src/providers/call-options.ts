// What every LLM provider shares: the loop's bounds, the redaction step, the endpoint's limiter, progress events.
import type { LoopOptions } from '../llm/structured-call.js';
import type { RateLimiter } from '../llm/rate-limiter.js';
import type { Redactor } from '../llm/redaction.js';
import { realSleep, type Sleep } from '../llm/sleep.js';
import type { LlmEvent } from '../llm/structured-call.js';

import { DEFAULT_AGENT_DEADLINE_MS } from '../llm/openai-model.js';

export { DEFAULT_AGENT_DEADLINE_MS };
/** Per HTTP call. */
export const DEFAULT_CALL_TIMEOUT_MS = 120_000;

export interface CallOptions {
  /** Per HTTP call. @default 120000 */
  timeoutMs?: number;
  /** One agent's answer, every attempt and wait included. @default 180000 */
  deadlineMs?: number;
  /** @default 4 */
  maxTransportRetries?: number;
  /** @default 2 */
  maxRepairTurns?: number;
  /** @default a real, abortable timer */
  sleep?: Sleep;
  /** @default Date.now */
  now?: () => number;
  onEvent?: (event: LlmEvent) => void;
}

/** The loop's options, with the same defaults as the OpenAI provider's. */
export function loopOptions(options: CallOptions, redactor: Redactor): LoopOptions {
  return {
    maxTransportRetries: options.maxTransportRetries ?? 4,
    maxRepairTurns: options.maxRepairTurns ?? 2,
    maxRetryAfterMs: 60_000,
    backoff: { baseMs: 1000, maxMs: 30_000 },
    sleep: options.sleep ?? realSleep,
    now: options.now ?? Date.now,
    onEvent: options.onEvent ?? (() => {}),
    redactor,
    deadlineMs: options.deadlineMs ?? DEFAULT_AGENT_DEADLINE_MS,
  };
}

export type { RateLimiter };
