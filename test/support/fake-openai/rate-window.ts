// A sliding-window request limiter, as an OpenAI-compatible gateway enforces requests per minute.

export interface RateWindow {
  /** Admits a request arriving at `now` (ms), or says how long until one would be admitted. */
  admit(now: number): { admitted: true } | { admitted: false; retryAfterMs: number };
}

/** At most `limit` admitted requests in any `windowMs`; refused requests do not count against the limit. */
export function createRateWindow(limit: number, windowMs = 60_000): RateWindow {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`Expected \`rpmLimit\` to be a whole number from 1, got \`${limit}\``);
  const admitted: number[] = [];
  return {
    admit(now) {
      while (admitted.length > 0 && (admitted[0] as number) <= now - windowMs) admitted.shift();
      if (admitted.length < limit) {
        admitted.push(now);
        return { admitted: true };
      }
      return { admitted: false, retryAfterMs: Math.max(1, (admitted[0] as number) + windowMs - now) };
    },
  };
}
