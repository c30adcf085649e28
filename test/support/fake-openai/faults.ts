// The faults the fake server can inject, how often (seeded, per server), and the reply each one produces.
import { createRng } from './prng.js';
import { type Completion, type ErrorBody, errorBody } from './wire.js';

export const FAULT_KINDS = [
  '429',
  '429-no-retry-after',
  '500',
  '503',
  'reset',
  'not-json',
  'truncated',
  'schema-break',
  'refusal',
  'empty-choices',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultOptions {
  /** Fraction of chat-completion requests (0 to 1) that get a fault. */
  rate: number;
  /** Kinds drawn from, evenly. @default every kind in FAULT_KINDS */
  kinds?: readonly FaultKind[];
  /** Same seed, same sequence of faults over the requests in arrival order. @default 1 */
  seed?: number;
}

/**
 * Draws, for each request in arrival order, a fault or null. The draw is per arrival, not per body: a retry
 * of a failed request gets a fresh draw, as it would from a flaky real endpoint.
 */
export function createFaultPicker({
  rate,
  kinds = FAULT_KINDS,
  seed = 1,
}: FaultOptions): () => FaultKind | null {
  if (!(rate >= 0 && rate <= 1))
    throw new Error(`Expected \`faults.rate\` to be from 0 to 1, got \`${rate}\``);
  if (kinds.length === 0) throw new Error('Expected `faults.kinds` to name at least one kind, got none');
  for (const kind of kinds)
    if (!FAULT_KINDS.includes(kind))
      throw new Error(`Expected \`faults.kinds\` to be among ${FAULT_KINDS.join(', ')}, got \`${kind}\``);
  const rng = createRng(seed);
  return () => {
    // Two draws every time, so the kind sequence does not shift with the rate.
    const hit = rng.next() < rate;
    const kind = rng.pick(kinds);
    return hit ? kind : null;
  };
}

/** A reply the server sends: a JSON body with a status, or a connection dropped without any answer. */
export type Reply =
  | { kind: 'error'; status: number; body: ErrorBody; headers: Record<string, string> }
  | { kind: 'completion'; completion: Completion }
  | { kind: 'reset' };

/** 429 faults are answered at once, as a gateway would, before any model latency. */
export function isImmediate(kind: FaultKind): boolean {
  return kind === '429' || kind === '429-no-retry-after';
}

export const REFUSAL_TEXT = "I'm sorry, but I can't help with that request.";
export const NOT_JSON_TEXT =
  'Sure! Here is the analysis you asked for:\n\n- Strengths: a loyal customer base\n- Next step: grow referrals';

/** Whether the fault distorts a valid answer, which must then be produced first. */
export function distortsAnswer(kind: FaultKind): boolean {
  return kind === 'truncated' || kind === 'schema-break';
}

/** The reply for `kind`; `answer` is the valid answer, used by the kinds that distort it. */
export function faultReply(kind: FaultKind, answer: unknown): Reply {
  switch (kind) {
    case '429':
      return rateLimited(1);
    case '429-no-retry-after':
      return rateLimited(null);
    case '500':
      return serverError(500, 'The server had an error while processing your request. Sorry about that!');
    case '503':
      return serverError(503, 'The engine is currently overloaded, please try again later.');
    case 'reset':
      return { kind: 'reset' };
    case 'not-json':
      return message(NOT_JSON_TEXT);
    case 'truncated':
      return message(truncate(JSON.stringify(answer) ?? 'null'), 'length');
    case 'schema-break':
      return message(JSON.stringify(breakSchema(answer)));
    case 'refusal':
      return {
        kind: 'completion',
        completion: { kind: 'message', content: null, refusal: REFUSAL_TEXT, finishReason: 'stop' },
      };
    case 'empty-choices':
      return { kind: 'completion', completion: { kind: 'no-choices' } };
  }
}

export type ErrorReply = Extract<Reply, { kind: 'error' }>;

/** A 429 as OpenAI sends it; `retryAfterSeconds` null leaves out both retry headers. */
export function rateLimited(retryAfterSeconds: number | null): ErrorReply {
  const headers: Record<string, string> =
    retryAfterSeconds === null
      ? {}
      : { 'retry-after': String(retryAfterSeconds), 'retry-after-ms': String(retryAfterSeconds * 1000) };
  const body = errorBody(
    'Rate limit reached for requests. Please try again later.',
    'requests',
    'rate_limit_exceeded',
  );
  return { kind: 'error', status: 429, body, headers };
}

function serverError(status: number, text: string): ErrorReply {
  return { kind: 'error', status, body: errorBody(text, 'server_error'), headers: {} };
}

function message(content: string, finishReason: 'stop' | 'length' = 'stop'): Reply {
  return { kind: 'completion', completion: { kind: 'message', content, refusal: null, finishReason } };
}

/** Cut mid-JSON, as a model stopped by max_tokens leaves it: never parseable. */
function truncate(json: string): string {
  const cut = json.slice(0, Math.max(1, Math.floor(json.length / 2)));
  try {
    JSON.parse(cut);
    return `${cut},"`;
  } catch {
    return cut;
  }
}

/** Valid JSON without the first half of the answer's fields, so required fields are missing. */
function breakSchema(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { unexpected: value };
  const entries = Object.entries(value);
  if (entries.length === 0) return { unexpected: true };
  return Object.fromEntries(entries.slice(Math.ceil(entries.length / 2)));
}
