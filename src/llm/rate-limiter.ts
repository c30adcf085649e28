// An adaptive rate limiter for one endpoint, shared by every agent and brief of the process: it spaces the starts
// of HTTP calls, pauses everyone when the server says so (429 Retry-After, x-ratelimit-* headers), learns the
// server's limit from its first refusal, and speeds back up while no refusal comes. `--rpm` is a ceiling on top.
import PQueue from 'p-queue';
import { readRateHeaders } from './rate-headers.js';
import type { Sleep } from './sleep.js';

export interface RateLimiterOptions {
  /** `--rpm`: never more starts than this in a minute, whatever the server allows. null for no ceiling. */
  ceilingRpm: number | null;
  sleep: Sleep;
  /** Monotonic clock in ms. @default performance.now */
  now?: () => number;
  /**
   * Slack added to every minute of the ceiling, in ms: a call released at its slot reaches the server a little
   * later, and not by the same amount each time (see BENCHMARKS.md figure 2). @default 1000
   */
  guardMs?: number;
}

/** One released call: when it was released (on the limiter's clock), and its place in the release order. */
export interface RateTicket {
  sentAt: number;
  seq: number;
}

/** What the limiter learns from one answer: the call's ticket, its status and the response headers. */
export interface RateObservation {
  ticket: RateTicket;
  status: number;
  headers: Headers;
}

export interface RateLimiterState {
  /** Gap kept between two starts, in ms; 0 while nothing limits. */
  spacingMs: number;
  /** No call starts before this time (a Retry-After, or an exhausted x-ratelimit budget). */
  pausedUntil: number;
  /** The limit learnt from the first refusal: requests per window. null until then. */
  learned: { limit: number; windowMs: number } | null;
  refusals: number;
}

export interface RateLimiter {
  /**
   * Waits for this call's slot; rejects with the signal's reason when it is aborted first. Resolves to the
   * call's ticket, to give back in `observe` with the answer.
   */
  acquire(signal?: AbortSignal): Promise<RateTicket>;
  /** Feeds back one response; every status counts (a 429 slows everyone, a success lets the pace rise). */
  observe(observation: RateObservation): void;
  state(): RateLimiterState;
}

/** How much a refusal after the limit was learnt widens the gap, and how much a window without one narrows it. */
const SLOW_DOWN = 1.3;
const SPEED_UP = 0.95;
/** A learnt window is stretched by this much: the server's clock and ours do not agree to the millisecond. */
const LEARN_MARGIN = 1.04;
/** When a 429 says nothing about when to come back. */
const DEFAULT_PAUSE_MS = 2000;
/** Starts remembered for learning the limit; far more than any provider's per-minute limit seen in one burst. */
const MAX_TRACKED = 2000;

/** Providers count requests per minute; a longer window is announced by x-ratelimit headers, not learnt. */
const LONGEST_WINDOW_MS = 60_000;

export const RATE_GUARD_MS = 1000;

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const guardMs = options.guardMs ?? RATE_GUARD_MS;
  const floorMs = options.ceilingRpm ? (60_000 + guardMs) / options.ceilingRpm : 0;
  // One at a time through the gate, in arrival order; each waits for its slot inside its turn.
  const gate = new PQueue({ concurrency: 1 });
  const starts: { at: number; seq: number; refused: boolean }[] = [];
  let released = 0;
  let spacingMs = floorMs;
  let nextSlot = Number.NEGATIVE_INFINITY;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let learned: RateLimiterState['learned'] = null;
  let refusals = 0;
  let successesSinceRefusal = 0;
  /** Set from x-ratelimit headers: the remaining budget spread over the time until it resets. */
  let headerGapMs = 0;

  const slotWait = (): number => {
    const at = now();
    return Math.max(nextSlot, pausedUntil) - at;
  };

  const learnFrom = ({ sentAt: refusedAt, seq }: RateTicket, retryAfterMs: number) => {
    // Every call sent before the refused one and inside the longest window providers count over (a minute) was
    // admitted, and the server's window was full: that many calls per (refusal + wait - first of them).
    const admitted = starts.filter(
      (start) => !start.refused && start.seq < seq && start.at >= refusedAt + retryAfterMs - LONGEST_WINDOW_MS,
    );
    const first = admitted[0];
    if (!first) return;
    const windowMs = refusedAt + retryAfterMs - first.at;
    if (windowMs <= 0) return;
    learned = { limit: admitted.length, windowMs };
    spacingMs = Math.max(floorMs, spacingMs, (windowMs * LEARN_MARGIN) / admitted.length);
  };

  return {
    async acquire(signal) {
      return gate.add(
        async () => {
          for (let wait = slotWait(); wait > 0; wait = slotWait()) await options.sleep(wait, signal);
          const at = now();
          nextSlot = at + Math.max(spacingMs, headerGapMs);
          released += 1;
          starts.push({ at, seq: released, refused: false });
          if (starts.length > MAX_TRACKED) starts.shift();
          return { sentAt: at, seq: released };
        },
        { signal },
      );
    },
    observe({ ticket, status, headers }) {
      const rate = readRateHeaders(headers);
      if (rate.remainingRequests !== null && rate.resetRequestsMs !== null) {
        headerGapMs = rate.remainingRequests > 0 ? rate.resetRequestsMs / rate.remainingRequests : 0;
        if (rate.remainingRequests === 0) pausedUntil = Math.max(pausedUntil, now() + rate.resetRequestsMs);
      }
      if (rate.remainingTokens === 0 && rate.resetTokensMs !== null) {
        pausedUntil = Math.max(pausedUntil, now() + rate.resetTokensMs);
      }
      if (status !== 429) {
        if (status >= 200 && status < 300 && learned) {
          successesSinceRefusal += 1;
          // A whole window's worth of calls without a refusal: try a little faster.
          if (successesSinceRefusal >= learned.limit) {
            successesSinceRefusal = 0;
            spacingMs = Math.max(floorMs, spacingMs * SPEED_UP);
          }
        }
        return;
      }
      refusals += 1;
      successesSinceRefusal = 0;
      const start = starts.find((item) => item.seq === ticket.seq);
      if (start) start.refused = true;
      const retryAfterMs = rate.retryAfterMs ?? Math.max(DEFAULT_PAUSE_MS, spacingMs * 2);
      pausedUntil = Math.max(pausedUntil, now() + retryAfterMs);
      if (learned === null) learnFrom(ticket, retryAfterMs);
      else spacingMs = Math.max(floorMs, spacingMs * SLOW_DOWN);
    },
    state: () => ({ spacingMs: Math.max(spacingMs, headerGapMs), pausedUntil, learned, refusals }),
  };
}

/** One limiter per endpoint, created on first use: every model of the command asks this for its own. */
export interface RateLimiters {
  for(endpoint: string): RateLimiter;
}

export function createRateLimiters(options: RateLimiterOptions): RateLimiters {
  const byEndpoint = new Map<string, RateLimiter>();
  return {
    for(endpoint) {
      const key = endpointKey(endpoint);
      let limiter = byEndpoint.get(key);
      if (!limiter) {
        limiter = createRateLimiter(options);
        byEndpoint.set(key, limiter);
      }
      return limiter;
    },
  };
}

/** Origin and path, without credentials or query, so two spellings of one server share a limiter. */
function endpointKey(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return endpoint;
  }
}
