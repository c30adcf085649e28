// Boussole's own loop around one structured answer: transport faults back off and retry, content faults get a
// bounded repair turn, everything else fails at once with a typed error. It knows nothing about any agent.
import type { z } from 'zod';
import { type AnswerCheck, type ContentFault, type ContentReason, checkAnswer } from './answer-check.js';
import type { Attempts } from './errors.js';
import { classifyError, type ErrorFault, errorHeader, type TransportReason } from './fault-classification.js';
import {
  deadlinePassed,
  type FailureContext,
  interrupted,
  outputFailure,
  requestFailure,
  retryAfterTooLong,
  transportFailure,
  unexpectedFailure,
} from './llm-failure.js';
import type { AgentAnswer, TokenUsage } from './model.js';
import type { Redactor } from './redaction.js';
import { type ChatMessage, repairTurn } from './repair-message.js';
import { type BackoffPolicy, backoffMs, retryAfterMs } from './retry-delay.js';
import type { Sleep } from './sleep.js';

/** Progress the pipeline can turn into lines on stderr. */
export type LlmEvent =
  | { type: 'call'; agentId: string; model: string; call: number }
  | {
      type: 'retry';
      agentId: string;
      model: string;
      reason: TransportReason;
      status: number | null;
      delayMs: number;
      retry: number;
      maxRetries: number;
    }
  | {
      type: 'repair';
      agentId: string;
      model: string;
      reason: ContentReason;
      detail: string;
      turn: number;
      maxTurns: number;
    };

export interface StructuredCallRequest<T> {
  agentId: string;
  model: string;
  schema: z.ZodType<T>;
  system: string;
  user: string;
  signal?: AbortSignal;
}

/** What one HTTP round gave: the 2xx body if one arrived, what the client threw if it threw. */
export interface Exchange {
  bodyText: string | null;
  error: unknown;
  /** Usage as the client reported it; when null, the body's own figures are used. */
  usage: TokenUsage | null;
}

export type Send = (messages: ChatMessage[], signal: AbortSignal | undefined) => Promise<Exchange>;

export interface LoopOptions {
  maxTransportRetries: number;
  maxRepairTurns: number;
  maxRetryAfterMs: number;
  backoff: BackoffPolicy;
  sleep: Sleep;
  /** Clock for Retry-After given as an HTTP date. */
  now: () => number;
  onEvent: (event: LlmEvent) => void;
  /** The redaction step every error message and quoted server text passes through. */
  redactor: Redactor;
  /** The most this answer may take, every call, retry wait and repair turn included, in ms. */
  deadlineMs: number;
  /** Reads a 2xx body in the provider's own wire format. @default checkAnswer (an OpenAI chat completion) */
  checkBody?: <T>(bodyText: string, schema: z.ZodType<T>) => AnswerCheck<T>;
}

type Outcome<T> = AnswerCheck<T> | ErrorFault | ContentFault;

export async function structuredCall<T>(
  request: StructuredCallRequest<T>,
  send: Send,
  options: LoopOptions,
): Promise<AgentAnswer<T>> {
  const { agentId, model } = request;
  const userSignal = request.signal;
  // One deadline over every attempt: a server that never answers holds an agent minutes, not 5 × the timeout.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort('deadline'), options.deadlineMs);
  timer.unref?.();
  const deadlineAt = options.now() + options.deadlineMs;
  // A signal of this answer's own: the client and its libraries hang their listeners here, not on the shared one.
  const signal = userSignal ? AbortSignal.any([userSignal, deadline.signal]) : deadline.signal;
  try {
    return await loop();
  } finally {
    clearTimeout(timer);
  }

  async function loop(): Promise<AgentAnswer<T>> {
    const messages: ChatMessage[] = [
      { role: 'system', content: request.system },
      { role: 'user', content: request.user },
    ];
    const attempts: Attempts = { calls: 0, transportRetries: 0, repairTurns: 0 };
    const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
    const last = {
      status: null as number | null,
      finishReason: null as string | null,
      lastRawText: null as string | null,
    };
    const context = (): FailureContext => ({
      agentId,
      model,
      attempts: { ...attempts },
      usage: { ...usage },
      ...last,
      redactor: options.redactor,
    });
    /** The signal fired: the user's Ctrl-C, or this answer's deadline. */
    const stopped = (cause: unknown) =>
      userSignal?.aborted
        ? interrupted(context(), cause)
        : deadlinePassed(context(), options.deadlineMs, cause);

    for (;;) {
      if (signal.aborted) throw stopped(signal.reason);
      attempts.calls += 1;
      options.onEvent({ type: 'call', agentId, model, call: attempts.calls });
      const exchange = await send([...messages], signal);
      const outcome = judge(exchange, request.schema, options.checkBody ?? checkAnswer);
      addUsage(usage, exchange.usage ?? ('usage' in outcome ? outcome.usage : null));
      last.status = exchange.bodyText === null ? numberOrNull(statusOf(exchange.error)) : 200;
      if ('rawText' in outcome) {
        last.finishReason = outcome.finishReason;
        last.lastRawText = outcome.rawText;
      }
      if (signal.aborted) throw stopped(signal.reason);

      switch (outcome.kind) {
        case 'ok':
          return { output: outcome.output, usage, attempts, finishReason: outcome.finishReason, model };
        case 'aborted':
          throw stopped(exchange.error);
        case 'request':
          throw requestFailure(outcome, context(), exchange.error);
        case 'unknown':
          throw unexpectedFailure(outcome.detail, context(), exchange.error);
        case 'bad_response':
        case 'transport': {
          const fault = outcome.kind === 'transport' ? outcome : asTransport(outcome.detail);
          if (attempts.transportRetries >= options.maxTransportRetries) {
            throw transportFailure(fault, context(), exchange.error);
          }
          const asked = retryAfterMs(
            {
              retryAfterMs: errorHeader(exchange.error, 'retry-after-ms'),
              retryAfter: errorHeader(exchange.error, 'retry-after'),
            },
            options.now(),
          );
          if (asked !== null && asked > options.maxRetryAfterMs) {
            throw retryAfterTooLong(context(), asked, options.maxRetryAfterMs, exchange.error);
          }
          const delayMs = asked ?? backoffMs(attempts.transportRetries + 1, options.backoff);
          // Waiting past the deadline would only end in the same failure, later.
          if (options.now() + delayMs >= deadlineAt) {
            throw deadlinePassed(context(), options.deadlineMs, exchange.error, fault);
          }
          attempts.transportRetries += 1;
          options.onEvent({
            type: 'retry',
            agentId,
            model,
            reason: fault.reason,
            status: fault.status,
            delayMs,
            retry: attempts.transportRetries,
            maxRetries: options.maxTransportRetries,
          });
          await pause(options.sleep, delayMs, signal, stopped);
          break;
        }
        case 'content': {
          const fault = withDefaults(outcome);
          if (attempts.repairTurns >= options.maxRepairTurns)
            throw outputFailure(fault, context(), exchange.error);
          attempts.repairTurns += 1;
          messages.push(...repairTurn(fault));
          options.onEvent({
            type: 'repair',
            agentId,
            model,
            reason: fault.reason,
            detail: fault.detail,
            turn: attempts.repairTurns,
            maxTurns: options.maxRepairTurns,
          });
          break;
        }
      }
    }
  }
}

/** The body, when one arrived, is the evidence; otherwise what the client threw. */
function judge<T>(
  exchange: Exchange,
  schema: z.ZodType<T>,
  check: (bodyText: string, schema: z.ZodType<T>) => AnswerCheck<T>,
): Outcome<T> {
  if (exchange.bodyText !== null) return check(exchange.bodyText, schema);
  return classifyError(exchange.error);
}

function asTransport(detail: string): Extract<ErrorFault, { kind: 'transport' }> {
  return { kind: 'transport', reason: 'bad_response', status: 200, detail };
}

/** A content fault known only from the client's exception has no raw text or issues. */
function withDefaults(fault: ContentFault | Extract<ErrorFault, { kind: 'content' }>): ContentFault {
  return { issues: [], rawText: null, finishReason: null, ...fault };
}

async function pause(sleep: Sleep, ms: number, signal: AbortSignal, stopped: (cause: unknown) => Error) {
  try {
    await sleep(ms, signal);
  } catch (error) {
    if (signal.aborted) throw stopped(error);
    throw error;
  }
}

function addUsage(total: TokenUsage, call: TokenUsage | null): void {
  if (!call) return;
  total.promptTokens += call.promptTokens;
  total.completionTokens += call.completionTokens;
}

function statusOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'status' in error ? error.status : null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
