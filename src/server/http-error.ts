// An error with an HTTP status and a stable code, answered as `{ error: { code, message, field } }`.
const MARKER = Symbol.for('boussole.http-error');

export class HttpError extends Error {
  readonly [MARKER] = true;
  readonly status: number;
  readonly code: string;
  /** The form field the message belongs next to, when there is one. */
  readonly field: string | null;

  constructor(status: number, code: string, message: string, field: string | null = null) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.field = field;
  }

  static isInstance(error: unknown): error is HttpError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}
