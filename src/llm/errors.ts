// Typed errors of the LLM layer: each names the agent, the model and the attempts, and says what to do next.
import { BoussoleError, type ErrorCode } from '../errors/boussole-error.js';
import type { TokenUsage } from './model.js';

const LLM_MARKER = Symbol.for('boussole.llm-error');

export interface Attempts {
  /** HTTP calls made for this answer, first call included. */
  calls: number;
  transportRetries: number;
  repairTurns: number;
}

/** The evidence every LLM error carries, for the run directory and for a person debugging. */
export interface LlmErrorDetails {
  agentId: string;
  model: string;
  attempts: Attempts;
  /** HTTP status of the last failed call, when there was one. */
  status: number | null;
  finishReason: string | null;
  /** The model's last answer as text (or its refusal), when one arrived. */
  lastRawText: string | null;
  /** Tokens billed over every call of this answer, failed ones included. */
  usage: TokenUsage;
  cause?: unknown;
}

interface LlmErrorOptions extends LlmErrorDetails {
  code: ErrorCode;
  message: string;
  retryable?: boolean;
}

/** Base of every LLM-layer error; never thrown as such. */
export class LlmError extends BoussoleError {
  readonly [LLM_MARKER] = true;
  readonly agentId: string;
  readonly model: string;
  readonly attempts: Attempts;
  readonly status: number | null;
  readonly finishReason: string | null;
  readonly lastRawText: string | null;
  readonly usage: TokenUsage;

  protected constructor({ code, message, retryable = false, cause, ...details }: LlmErrorOptions) {
    super({ code, message, retryable, cause });
    this.name = 'LlmError';
    this.agentId = details.agentId;
    this.model = details.model;
    this.attempts = details.attempts;
    this.status = details.status;
    this.finishReason = details.finishReason;
    this.lastRawText = details.lastRawText;
    this.usage = details.usage;
  }

  static override isInstance(error: unknown): error is LlmError {
    return BoussoleError.isInstance(error) && LLM_MARKER in error;
  }
}

/** The server kept failing (5xx, timeout, connection reset) after every retry. */
export class LlmTransportError extends LlmError {
  constructor(details: LlmErrorDetails & { message: string }) {
    super({ ...details, code: 'llm_transport', retryable: true });
    this.name = 'LlmTransportError';
  }

  static override isInstance(error: unknown): error is LlmTransportError {
    return LlmError.isInstance(error) && error.code === 'llm_transport';
  }
}

/** 429 after every retry, or a Retry-After longer than Boussole is willing to wait. */
export class LlmRateLimitError extends LlmError {
  /** What the server asked for, when it said. */
  readonly retryAfterMs: number | null;

  constructor(details: LlmErrorDetails & { message: string; retryAfterMs: number | null }) {
    super({ ...details, code: 'llm_rate_limited', retryable: true });
    this.name = 'LlmRateLimitError';
    this.retryAfterMs = details.retryAfterMs;
  }

  static override isInstance(error: unknown): error is LlmRateLimitError {
    return LlmError.isInstance(error) && error.code === 'llm_rate_limited';
  }
}

/** One answer took longer than its deadline over all its attempts (a server that never answers, endless retries). */
export class LlmDeadlineError extends LlmError {
  readonly deadlineMs: number;

  constructor(details: LlmErrorDetails & { message: string; deadlineMs: number }) {
    super({ ...details, code: 'llm_deadline', retryable: true });
    this.name = 'LlmDeadlineError';
    this.deadlineMs = details.deadlineMs;
  }

  static override isInstance(error: unknown): error is LlmDeadlineError {
    return LlmError.isInstance(error) && error.code === 'llm_deadline';
  }
}

/** 401 or 403: the key was refused. The message never contains the key. */
export class LlmAuthError extends LlmError {
  constructor(details: LlmErrorDetails & { message: string }) {
    super({ ...details, code: 'llm_auth' });
    this.name = 'LlmAuthError';
  }

  static override isInstance(error: unknown): error is LlmAuthError {
    return LlmError.isInstance(error) && error.code === 'llm_auth';
  }
}

/** 400 (or another 4xx): the server will refuse the same request again, so it is not retried. */
export class LlmBadRequestError extends LlmError {
  constructor(details: LlmErrorDetails & { message: string }) {
    super({ ...details, code: 'llm_bad_request' });
    this.name = 'LlmBadRequestError';
  }

  static override isInstance(error: unknown): error is LlmBadRequestError {
    return LlmError.isInstance(error) && error.code === 'llm_bad_request';
  }
}

/** 404: the server does not know the model (or the base URL points at the wrong place). */
export class LlmNotFoundError extends LlmError {
  constructor(details: LlmErrorDetails & { message: string }) {
    super({ ...details, code: 'llm_not_found' });
    this.name = 'LlmNotFoundError';
  }

  static override isInstance(error: unknown): error is LlmNotFoundError {
    return LlmError.isInstance(error) && error.code === 'llm_not_found';
  }
}

/** The call was cancelled through its AbortSignal (Ctrl-C): not a fault, nothing to repair. */
export class LlmInterruptedError extends LlmError {
  constructor(details: LlmErrorDetails & { message: string }) {
    super({ ...details, code: 'interrupted' });
    this.name = 'LlmInterruptedError';
  }

  static override isInstance(error: unknown): error is LlmInterruptedError {
    return LlmError.isInstance(error) && error.code === 'interrupted';
  }
}

/** The model answered, but never with valid output, even after the repair turns. */
export class AgentOutputError extends LlmError {
  /** What was wrong with the last answer, e.g. `did not match the schema: personas[1].pains: ...`. */
  readonly problem: string;

  constructor(
    details: LlmErrorDetails & { message: string; problem: string; code?: 'llm_output' | 'llm_refusal' },
  ) {
    super({ ...details, code: details.code ?? 'llm_output' });
    this.name = 'AgentOutputError';
    this.problem = details.problem;
  }

  static override isInstance(error: unknown): error is AgentOutputError {
    return LlmError.isInstance(error) && (error.code === 'llm_output' || error.code === 'llm_refusal');
  }
}

/** The model (or its content filter) refused, even after the repair turns; `lastRawText` holds the refusal. */
export class AgentRefusalError extends AgentOutputError {
  constructor(details: LlmErrorDetails & { message: string; problem: string }) {
    super({ ...details, code: 'llm_refusal' });
    this.name = 'AgentRefusalError';
  }

  static override isInstance(error: unknown): error is AgentRefusalError {
    return LlmError.isInstance(error) && error.code === 'llm_refusal';
  }
}
