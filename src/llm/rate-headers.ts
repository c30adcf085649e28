// Reads what a response says about the rate limit: Retry-After (429, 503), OpenAI-style x-ratelimit-* headers, and
// Anthropic's anthropic-ratelimit-* headers (their resets are RFC 3339 times, not durations).
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
    remainingRequests:
      count(headers.get('x-ratelimit-remaining-requests')) ??
      count(headers.get('anthropic-ratelimit-requests-remaining')),
    resetRequestsMs:
      parseResetDuration(headers.get('x-ratelimit-reset-requests')) ??
      untilTime(headers.get('anthropic-ratelimit-requests-reset'), nowMs),
    remainingTokens:
      count(headers.get('x-ratelimit-remaining-tokens')) ??
      count(headers.get('anthropic-ratelimit-tokens-remaining')),
    resetTokensMs:
      parseResetDuration(headers.get('x-ratelimit-reset-tokens')) ??
      untilTime(headers.get('anthropic-ratelimit-tokens-reset'), nowMs),
  };
}

/** Time until an RFC 3339 instant (`2026-12-06T19:50:30Z`), in ms, never negative; null when absent or unreadable. */
function untilTime(value: string | null, nowMs: number): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T/.test(value.trim())) return null;
  const at = Date.parse(value.trim());
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
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
