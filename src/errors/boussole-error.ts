// Base class for every error Boussole raises on purpose: a stable code, a retryable flag, an exit code.
const MARKER = Symbol.for('boussole.error');

export type ErrorCode =
  | 'usage'
  | 'brief_missing'
  | 'brief_unreadable'
  | 'brief_empty'
  | 'brief_binary'
  | 'brief_too_large'
  | 'brief_invalid'
  | 'run_dir'
  | 'template'
  | 'knowledge_invalid'
  | 'llm_transport'
  | 'llm_deadline'
  | 'llm_rate_limited'
  | 'llm_auth'
  | 'llm_bad_request'
  | 'llm_not_found'
  | 'llm_output'
  | 'llm_refusal'
  | 'cassette_missing'
  | 'cassette_stale'
  | 'cassette_secret'
  | 'cassette_invalid'
  | 'interrupted'
  | 'eval'
  | 'actuals_invalid'
  | 'decision_invalid'
  | 'scenario_invalid'
  | 'export_failed';

export interface BoussoleErrorOptions {
  code: ErrorCode;
  message: string;
  /** 2 for bad input or usage, 1 for a run-time failure. */
  exitCode?: 1 | 2;
  retryable?: boolean;
  cause?: unknown;
}

export class BoussoleError extends Error {
  readonly [MARKER] = true;
  readonly code: ErrorCode;
  readonly exitCode: 1 | 2;
  readonly retryable: boolean;

  constructor({ code, message, exitCode = 1, retryable = false, cause }: BoussoleErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BoussoleError';
    this.code = code;
    this.exitCode = exitCode;
    this.retryable = retryable;
  }

  static isInstance(error: unknown): error is BoussoleError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}

/** Bad usage or bad input: the user must change something. Exit code 2. */
export class InputError extends BoussoleError {
  constructor(code: ErrorCode, message: string, cause?: unknown) {
    super({ code, message, exitCode: 2, cause });
    this.name = 'InputError';
  }
}
