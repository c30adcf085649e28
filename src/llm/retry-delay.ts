// How long to wait before a transport retry: what the server asked for, else exponential backoff with a cap.

export interface BackoffPolicy {
  /** Wait before the first retry; doubles with each retry. */
  baseMs: number;
  /** No backoff wait is longer than this. */
  maxMs: number;
}

/** Backoff before retry number `retry` (1 for the first retry). */
export function backoffMs(retry: number, { baseMs, maxMs }: BackoffPolicy): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
}

/**
 * The wait a 429 or 503 asks for, in milliseconds, or null when it does not say: `retry-after-ms` (OpenAI's
 * own header) first, then `Retry-After` as seconds or as an HTTP date, measured from `nowMs`.
 */
export function retryAfterMs(
  headers: { retryAfterMs: string | null; retryAfter: string | null },
  nowMs: number,
) {
  const ms = parseNumber(headers.retryAfterMs);
  if (ms !== null) return ms;
  const value = headers.retryAfter?.trim();
  if (!value) return null;
  const seconds = parseNumber(value);
  if (seconds !== null) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

function parseNumber(text: string | null | undefined): number | null {
  if (!text || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return null;
  return Number(text);
}
