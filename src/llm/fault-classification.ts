// Sorts whatever the OpenAI client threw into a fault Boussole knows how to handle, by a table of rules.
//
// How each fault surfaced with @langchain/openai 1.5.8 / openai 6.49 (withStructuredOutput, jsonSchema,
// includeRaw, maxRetries 0), observed against msw:
//   429 → RateLimitError (status 429, headers)     500 / 503 → InternalServerError (status)
//   400 → BadRequestError   401 → AuthenticationError   403 → PermissionDeniedError   404 → NotFoundError
//   timeout → plain Error named `TimeoutError`      connection reset → APIConnectionError (cause: TypeError)
//   cancelled → Error named `AbortError`, or the signal's own reason
//   not JSON → SyntaxError   schema mismatch → $ZodError   finish_reason length → LengthFinishReasonError
//   content_filter → ContentFilterFinishReasonError   empty choices → TypeError (reading 'message')
//   refusal → resolves, with `parsed: null` and the refusal text dropped from the message
// Content faults are normally judged from the response body itself (see answer-check.ts); the content rules
// below only matter when no body was captured.
import type { ContentReason } from './answer-check.js';

export type TransportReason = 'rate_limited' | 'server_error' | 'timeout' | 'connection' | 'bad_response';
export type RequestReason = 'auth' | 'bad_request' | 'not_found';

export type ErrorFault =
  | { kind: 'transport'; reason: TransportReason; status: number | null; detail: string }
  | { kind: 'request'; reason: RequestReason; status: number; detail: string }
  | { kind: 'content'; reason: ContentReason; detail: string }
  | { kind: 'aborted' }
  | { kind: 'unknown'; detail: string };

/** What the rules look at, read defensively: the client's errors are not all of one class. */
interface ErrorFacts {
  /** `name` and constructor name: the SDK keeps its class names, LangChain renames some errors. */
  names: string[];
  status: number | null;
  message: string;
  /** `code` of the error and of its causes, e.g. ECONNRESET. */
  codes: string[];
}

interface Rule {
  readonly when: (facts: ErrorFacts) => boolean;
  readonly fault: (facts: ErrorFacts) => ErrorFault;
}

const CONNECTION_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
];

const named =
  (...names: string[]) =>
  (facts: ErrorFacts) =>
    facts.names.some((name) => names.includes(name));
const status = (test: (status: number) => boolean) => (facts: ErrorFacts) =>
  facts.status !== null && test(facts.status);
const transport = (reason: TransportReason) => (facts: ErrorFacts) =>
  ({ kind: 'transport', reason, status: facts.status, detail: facts.message }) as const;
const request = (reason: RequestReason) => (facts: ErrorFacts) =>
  ({ kind: 'request', reason, status: facts.status ?? 0, detail: facts.message }) as const;
const content = (reason: ContentReason) => (facts: ErrorFacts) =>
  ({ kind: 'content', reason, detail: facts.message }) as const;

/** First matching rule wins: cancellation before status, status before class names. */
const RULES: readonly Rule[] = [
  { when: named('AbortError', 'APIUserAbortError'), fault: () => ({ kind: 'aborted' }) },
  { when: status((s) => s === 401 || s === 403), fault: request('auth') },
  { when: status((s) => s === 404), fault: request('not_found') },
  { when: status((s) => s === 429), fault: transport('rate_limited') },
  // 408 and 409 are what the OpenAI SDK itself would retry: the server may answer the same request later.
  { when: status((s) => s === 408 || s === 409 || s >= 500), fault: transport('server_error') },
  { when: status((s) => s >= 400 && s < 500), fault: request('bad_request') },
  { when: named('TimeoutError', 'APIConnectionTimeoutError'), fault: transport('timeout') },
  {
    when: (facts) =>
      named('APIConnectionError')(facts) || facts.codes.some((c) => CONNECTION_CODES.includes(c)),
    fault: transport('connection'),
  },
  { when: named('LengthFinishReasonError'), fault: content('length') },
  { when: named('ContentFilterFinishReasonError'), fault: content('content_filter') },
  { when: named('SyntaxError'), fault: content('not_json') },
  { when: named('$ZodError', 'ZodError', 'OutputParserException'), fault: content('schema_mismatch') },
];

export function classifyError(error: unknown): ErrorFault {
  const facts = factsOf(error);
  const rule = RULES.find((candidate) => candidate.when(facts));
  return rule ? rule.fault(facts) : { kind: 'unknown', detail: facts.message };
}

/** A response header carried by the error (the SDK's APIError keeps a `Headers`), or null. */
export function errorHeader(error: unknown, name: string): string | null {
  const headers = isObject(error) ? error.headers : undefined;
  if (headers instanceof Headers) return headers.get(name);
  if (isObject(headers)) {
    const value = headers[name] ?? headers[name.toLowerCase()];
    return typeof value === 'string' ? value : null;
  }
  return null;
}

function factsOf(error: unknown): ErrorFacts {
  if (!isObject(error)) return { names: [], status: null, message: String(error), codes: [] };
  const names = [error.name, error.constructor?.name].filter((n): n is string => typeof n === 'string');
  const status = typeof error.status === 'number' ? error.status : null;
  const message = typeof error.message === 'string' ? error.message : String(error);
  return { names, status, message, codes: codesOf(error) };
}

/** Error codes along the cause chain (bounded: causes can be cyclic). */
function codesOf(error: Record<string, unknown>): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isObject(current); depth += 1) {
    if (typeof current.code === 'string') codes.push(current.code);
    current = current.cause;
  }
  return codes;
}

function isObject(value: unknown): value is Record<string, unknown> & { constructor?: { name?: unknown } } {
  return typeof value === 'object' && value !== null;
}
