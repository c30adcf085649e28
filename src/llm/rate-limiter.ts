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
  /** Gap kept between two starts by `--rpm` or by x-ratelimit headers, in ms; 0 while neither limits. */
  spacingMs: number;
  /** No call starts before this time (a Retry-After, or an exhausted x-ratelimit budget). */
  pausedUntil: number;
  /** The limit learnt from the first refusal: requests per window. null until then. */
  learned: { limit: number; windowMs: number } | null;
  /** The budget in force: the learnt one, lowered after refusals and raised back while none comes. */
  budget: { limit: number; windowMs: number } | null;
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

/**
 * A learnt window is stretched by this much: a call released at its slot reaches the server a little later than
 * the one it replaces in the window, and not by the same amount each time.
 */
const WINDOW_MARGIN = 1.04;
/** When a 429 says nothing about when to come back. */
const DEFAULT_PAUSE_MS = 2000;
/** Starts remembered; far more than any per-minute limit a learnt budget counts. */
const MAX_TRACKED = 5000;
/** Providers count requests per minute; a longer window is announced by x-ratelimit headers, not learnt. */
const LONGEST_WINDOW_MS = 60_000;
/** Clean windows before the budget is probed above what was learnt (below it, one is enough). */
const PROBE_AFTER_WINDOWS = 3;

export const RATE_GUARD_MS = 1000;

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const guardMs = options.guardMs ?? RATE_GUARD_MS;
  const floorMs = options.ceilingRpm ? (60_000 + guardMs) / options.ceilingRpm : 0;
  // One at a time through the gate, in arrival order; each waits for its slot inside its turn.
  const gate = new PQueue({ concurrency: 1 });
  /** Released calls in release order; refused ones do not count against the server's window. */
  const starts: { at: number; seq: number; refused: boolean }[] = [];
  let released = 0;
  let nextSlot = Number.NEGATIVE_INFINITY;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let learned: RateLimiterState['learned'] = null;
  let budget: RateLimiterState['budget'] = null;
  let refusals = 0;
  let cleanSuccesses = 0;
  let cleanWindows = 0;
  /** Set from x-ratelimit headers: the remaining budget spread over the time until it resets. */
  let headerGapMs = 0;

  /** With a budget of L per W, the server's own rule: a call may start once the L-th latest start is W old. */
  const windowSlot = (): number => {
    if (!budget) return Number.NEGATIVE_INFINITY;
    const counted = starts.filter((start) => !start.refused);
    const pivot = counted[counted.length - budget.limit];
    return pivot ? pivot.at + budget.windowMs * WINDOW_MARGIN : Number.NEGATIVE_INFINITY;
  };

  const slotWait = (): number => Math.max(nextSlot, pausedUntil, windowSlot()) - now();

  const learnFrom = ({ sentAt: refusedAt, seq }: RateTicket, retryAfterMs: number) => {
    // Every call sent before the refused one and inside the longest window providers count over (a minute) was
    // admitted, and the server's window was full: that many calls per (refusal + wait - first of them).
    const admitted = starts.filter(
      (start) =>
        !start.refused && start.seq < seq && start.at >= refusedAt + retryAfterMs - LONGEST_WINDOW_MS,
    );
    const first = admitted[0];
    if (!first) return;
    const windowMs = refusedAt + retryAfterMs - first.at;
    if (windowMs <= 0) return;
    learned = { limit: admitted.length, windowMs };
    budget = { ...learned };
  };

  return {
    async acquire(signal) {
      return gate.add(
        async () => {
          for (let wait = slotWait(); wait > 0; wait = slotWait()) await options.sleep(wait, signal);
          const at = now();
          nextSlot = at + Math.max(floorMs, headerGapMs);
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
        if (status >= 200 && status < 300 && budget && learned) {
          cleanSuccesses += 1;
          // A whole window's worth of calls without a refusal: allow one more per window (above what was
          // learnt only after a few clean windows, so a stable limit is rarely probed).
          if (cleanSuccesses >= budget.limit) {
            cleanSuccesses = 0;
            cleanWindows += 1;
            if (budget.limit < learned.limit || cleanWindows >= PROBE_AFTER_WINDOWS) {
              budget = { ...budget, limit: budget.limit + 1 };
              cleanWindows = 0;
            }
          }
        }
        return;
      }
      refusals += 1;
      cleanSuccesses = 0;
      cleanWindows = 0;
      const start = starts.find((item) => item.seq === ticket.seq);
      if (start) start.refused = true;
      const retryAfterMs = rate.retryAfterMs ?? DEFAULT_PAUSE_MS;
      pausedUntil = Math.max(pausedUntil, now() + retryAfterMs);
      if (learned === null) learnFrom(ticket, retryAfterMs);
      else if (budget)
        budget = { ...budget, limit: Math.max(1, budget.limit - Math.max(1, Math.round(budget.limit / 10))) };
    },
    state: () => ({
      spacingMs: Math.max(floorMs, headerGapMs),
      pausedUntil,
      learned,
      budget,
      refusals,
    }),
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
