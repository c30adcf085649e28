// A requests-per-minute limiter: spaces the starts of HTTP calls evenly, shared by every agent of every brief in a run.
import type { Sleep } from './sleep.js';

export type Throttle = (signal?: AbortSignal) => Promise<void>;

/**
 * Even spacing (one call every 60 000 / rpm ms) rather than bursts of `rpm` per window: a server that counts
 * over a sliding minute never sees more than `rpm`, and retries pass through the same gate as first calls.
 */
export function createThrottle(rpm: number, sleep: Sleep, now: () => number = () => performance.now()): Throttle {
  const spacingMs = 60_000 / rpm;
  let nextSlot = Number.NEGATIVE_INFINITY;
  return async (signal) => {
    const at = now();
    const slot = Math.max(at, nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > at) await sleep(slot - at, signal);
  };
}
