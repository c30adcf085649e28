// The requests-per-minute throttle, on an injected clock: a server counting over a sliding minute never sees more
// than `rpm` calls even when calls reach it late by varying amounts, and the pace stays close to `rpm`.
import { describe, expect, it } from 'vitest';
import type { Sleep } from '../../src/llm/sleep.js';
import { createThrottle, THROTTLE_GUARD_MS } from '../../src/llm/throttle.js';

/** Calls `count` throttled requests at once at time 0; returns when each one was let through, in ms. */
async function startsOfBurst(rpm: number, count: number): Promise<number[]> {
  const clock = { now: 0 };
  const waits: number[] = [];
  // The wait is recorded, not slept: every call is issued at time 0, so its start is the wait it was given.
  const sleep: Sleep = async (ms) => {
    waits.push(ms);
  };
  const throttle = createThrottle(rpm, sleep, () => clock.now);
  const starts: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const before = waits.length;
    await throttle();
    starts.push(waits.length > before ? waits.at(-1)! : 0);
  }
  return starts;
}

/** Most arrivals in any window (t - 60 000, t], as a sliding-window rate limiter counts them. */
function mostInAMinute(arrivals: number[]): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[first]! <= sorted[last]! - 60_000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe('createThrottle', () => {
  it.each([10, 60, 500])(
    'never lets a server counting a sliding minute see more than %i rpm',
    async (rpm) => {
      const starts = await startsOfBurst(rpm, rpm * 3);
      // Calls reach the server late by different amounts: here 0 to 400 ms, spread without a pattern.
      const arrivals = starts.map((start, i) => start + ((i * 7919) % 401));
      expect(mostInAMinute(arrivals)).toBeLessThanOrEqual(rpm);
    },
  );

  it('keeps the pace within the guard of the limit', async () => {
    const rpm = 60;
    const starts = await startsOfBurst(rpm, 181);
    const achieved = (180 / (starts.at(-1)! - starts[0]!)) * 60_000;
    expect(achieved).toBeCloseTo((rpm * 60_000) / (60_000 + THROTTLE_GUARD_MS), 6);
    expect(achieved / rpm).toBeGreaterThan(0.98);
  });

  it('lets a call through at once after an idle spell', async () => {
    const clock = { now: 0 };
    const waits: number[] = [];
    const throttle = createThrottle(
      60,
      async (ms) => {
        waits.push(ms);
      },
      () => clock.now,
    );
    await throttle();
    clock.now = 10_000;
    await throttle();
    expect(waits).toEqual([]);
  });
});
