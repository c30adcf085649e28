// A requests-per-minute limiter: spaces the starts of HTTP calls evenly, shared by every agent of every brief in a run.
import type { Sleep } from './sleep.js';

export type Throttle = (signal?: AbortSignal) => Promise<void>;

/**
 * Slack added to every minute, in ms. A call released at its slot reaches the server a little later (client
 * code, the socket, a busy event loop: 5 to 100 ms seen on a loaded 2-core machine), and not by the same amount
 * each time. With spacing of exactly 60 000 / rpm, a call delayed less than the one `rpm` calls before it lands
 * inside the same sliding minute as `rpm` others and draws a 429 (`npm run bench`, figure 2, saw one in 46
 * calls). Spreading 1 s over each minute absorbs that jitter for ~1.6 % less throughput at any rpm.
 */
export const THROTTLE_GUARD_MS = 1000;

/**
 * Even spacing (one call every (60 000 + guard) / rpm ms) rather than bursts of `rpm` per window: a server that
 * counts over a sliding minute never sees more than `rpm`, and retries pass through the same gate as first calls.
 */
export function createThrottle(
  rpm: number,
  sleep: Sleep,
  now: () => number = () => performance.now(),
  guardMs: number = THROTTLE_GUARD_MS,
): Throttle {
  const spacingMs = (60_000 + guardMs) / rpm;
  let nextSlot = Number.NEGATIVE_INFINITY;
  return async (signal) => {
    const at = now();
    const slot = Math.max(at, nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > at) await sleep(slot - at, signal);
  };
}
