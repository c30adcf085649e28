// Anthropic's rate-limit headers feed the shared limiter as OpenAI's do: remaining counts, and resets given as times.
import { describe, expect, it } from 'vitest';
import { readRateHeaders } from '../../src/llm/rate-headers.js';

describe("Anthropic's rate-limit headers", () => {
  it('give the remaining requests and tokens and the time until each resets', () => {
    const now = Date.parse('2026-12-06T19:50:00Z');
    const read = readRateHeaders(
      new Headers({
        'anthropic-ratelimit-requests-remaining': '3',
        'anthropic-ratelimit-requests-reset': '2026-12-06T19:50:20Z',
        'anthropic-ratelimit-tokens-remaining': '12000',
        'anthropic-ratelimit-tokens-reset': '2026-12-06T19:50:01.500Z',
        'retry-after': '7',
      }),
      now,
    );
    expect(read).toEqual({
      retryAfterMs: 7000,
      remainingRequests: 3,
      resetRequestsMs: 20_000,
      remainingTokens: 12_000,
      resetTokensMs: 1500,
    });
  });

  it("leave OpenAI's headers first, and ignore a reset that is not a time", () => {
    const read = readRateHeaders(
      new Headers({
        'x-ratelimit-remaining-requests': '9',
        'anthropic-ratelimit-requests-remaining': '3',
        'anthropic-ratelimit-requests-reset': 'soon',
      }),
      0,
    );
    expect(read.remainingRequests).toBe(9);
    expect(read.resetRequestsMs).toBeNull();
  });
});
