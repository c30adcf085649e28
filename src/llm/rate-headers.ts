// Reads what a response says about the rate limit: Retry-After (429, 503) and OpenAI-style x-ratelimit-* headers.
import { retryAfterMs } from './retry-delay.js';

export interface RateHeaders {
  /** `retry-after-ms`, else `Retry-After` (seconds or an HTTP date), in ms; null when absent. */
  retryAfterMs: number | null;
  remainingRequests: number | null;
  /** Time until the request budget is whole again, in ms. */
  resetRequestsMs: number | null;
  remainingTokens: number | null;
  resetTokensMs: number | null;
}

export function readRateHeaders(headers: Headers, nowMs: number = Date.now()): RateHeaders {
  return {
    retryAfterMs: retryAfterMs(
      { retryAfterMs: headers.get('retry-after-ms'), retryAfter: headers.get('retry-after') },
      nowMs,
    ),
    remainingRequests: count(headers.get('x-ratelimit-remaining-requests')),
    resetRequestsMs: parseResetDuration(headers.get('x-ratelimit-reset-requests')),
    remainingTokens: count(headers.get('x-ratelimit-remaining-tokens')),
    resetTokensMs: parseResetDuration(headers.get('x-ratelimit-reset-tokens')),
  };
}

/**
 * A reset time as providers write it, in ms: OpenAI's durations (`1s`, `6m0s`, `59.5s`, `20ms`, `1h2m3s`) or a
 * bare number of seconds; null when absent or unreadable.
 */
export function parseResetDuration(value: string | null): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  let total = 0;
  let rest = text;
  while (rest.length > 0) {
    const match = /^(\d+(?:\.\d+)?)(ms|h|m|s)/.exec(rest);
    if (!match) return null;
    total += Number(match[1]) * (units[match[2] as string] as number);
    rest = rest.slice(match[0].length);
  }
  return total;
}

function count(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}
