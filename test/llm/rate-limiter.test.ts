// The shared adaptive rate limiter, on an injected clock: `--rpm` stays a ceiling a sliding-minute server never sees
// exceeded; with no ceiling it learns a server's limit from its first 429, honours Retry-After and x-ratelimit
// headers, keeps refusals rare, and speeds back up when they stop.
import { describe, expect, it } from 'vitest';
import { createRateLimiter, createRateLimiters, type RateLimiter } from '../../src/llm/rate-limiter.js';
import type { Sleep } from '../../src/llm/sleep.js';
import { createRateWindow } from '../support/fake-openai/rate-window.js';

/** A clock that only moves when someone sleeps: every wait is exact and the test takes no time. */
function fakeTime() {
  const clock = { now: 0 };
  const sleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) throw signal.reason;
    clock.now += ms;
  };
  return { clock, sleep, now: () => clock.now };
}

/** Most arrivals in any window (t - windowMs, t]. */
function mostInWindow(arrivals: number[], windowMs: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[first]! <= sorted[last]! - windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * Sends `count` successful calls through the limiter against a server limited to `limit` per `windowMs`, each
 * refused call retried (as the structured call does) until it is admitted. Returns admissions and refusals.
 */
async function drive(limiter: RateLimiter, count: number, limit: number, windowMs: number) {
  // The fake OpenAI server's own window: one model of a gateway's limit for this test and the end-to-end ones.
  const server = createRateWindow(limit, windowMs);
  const admitted: number[] = [];
  let refusals = 0;
  while (admitted.length < count) {
    const ticket = await limiter.acquire();
    const verdict = server.admit(ticket.sentAt);
    if (verdict.admitted) {
      admitted.push(ticket.sentAt);
      limiter.observe({ ticket, status: 200, headers: new Headers() });
    } else {
      refusals += 1;
      limiter.observe({
        ticket,
        status: 429,
        headers: new Headers({ 'retry-after-ms': String(verdict.retryAfterMs) }),
      });
    }
  }
  return { admitted, refusals };
}

describe('the --rpm ceiling', () => {
  it.each([10, 60, 500])(
    'never lets a server counting a sliding minute see more than %i rpm',
    async (rpm) => {
      const time = fakeTime();
      const limiter = createRateLimiter({ ceilingRpm: rpm, sleep: time.sleep, now: time.now });
      const starts: number[] = [];
      for (let i = 0; i < rpm * 3; i += 1) starts.push((await limiter.acquire()).sentAt);
      // Calls reach the server late by different amounts: here 0 to 400 ms, spread without a pattern.
      const arrivals = starts.map((start, i) => start + ((i * 7919) % 401));
      expect(mostInWindow(arrivals, 60_000)).toBeLessThanOrEqual(rpm);
      expect(limiter.state().refusals).toBe(0);
    },
  );

  it('keeps the pace within the guard of the ceiling', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: 60, sleep: time.sleep, now: time.now });
    const starts: number[] = [];
    for (let i = 0; i < 181; i += 1) starts.push((await limiter.acquire()).sentAt);
    const achieved = (180 / (starts.at(-1)! - starts[0]!)) * 60_000;
    expect(achieved / 60).toBeGreaterThan(0.98);
    expect(achieved).toBeLessThanOrEqual(60);
  });

  it('holds even when the server would allow more', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: 10, sleep: time.sleep, now: time.now });
    const { admitted, refusals } = await drive(limiter, 40, 100, 60_000);
    expect(refusals).toBe(0);
    expect(mostInWindow(admitted, 60_000)).toBeLessThanOrEqual(10);
  });

  it('lets a call through at once after an idle spell', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: 60, sleep: time.sleep, now: time.now });
    await limiter.acquire();
    time.clock.now += 120_000;
    expect((await limiter.acquire()).sentAt).toBe(120_000);
  });
});

describe('with no ceiling', () => {
  it('does not slow anything down while the server refuses nothing', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: null, sleep: time.sleep, now: time.now });
    for (let i = 0; i < 50; i += 1) {
      const ticket = await limiter.acquire();
      limiter.observe({ ticket, status: 200, headers: new Headers() });
    }
    expect(time.clock.now).toBe(0);
  });

  it.each([
    [20, 60_000],
    [20, 6_000],
    [3, 60_000],
    [500, 60_000],
  ])(
    'learns a limit of %i per %i ms from the first 429: at least 0.85 of it, and few refusals',
    async (limit, windowMs) => {
      const time = fakeTime();
      const limiter = createRateLimiter({ ceilingRpm: null, sleep: time.sleep, now: time.now });
      const windows = 10;
      const { admitted, refusals } = await drive(limiter, limit * windows, limit, windowMs);
      expect(limiter.state().learned).toEqual({ limit, windowMs });
      const span = admitted.at(-1)! - admitted[0]!;
      const rate = ((admitted.length - 1) / span) * windowMs;
      expect(rate / limit).toBeGreaterThanOrEqual(0.85);
      // The first refusal teaches the limit; probing faster afterwards costs at most about one per few windows.
      expect(refusals).toBeLessThanOrEqual(1 + Math.ceil(windows / 3));
    },
  );

  it('waits out a Retry-After for every caller, not only the one refused', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: null, sleep: time.sleep, now: time.now });
    const ticket = await limiter.acquire();
    limiter.observe({ ticket, status: 429, headers: new Headers({ 'retry-after': '7' }) });
    expect((await limiter.acquire()).sentAt).toBeGreaterThanOrEqual(7000);
  });

  it('pauses when x-ratelimit-remaining-requests reaches 0, until the reset it announces', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: null, sleep: time.sleep, now: time.now });
    const ticket = await limiter.acquire();
    limiter.observe({
      ticket,
      status: 200,
      headers: new Headers({ 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '1m2.5s' }),
    });
    expect((await limiter.acquire()).sentAt).toBe(62_500);
  });

  it('spreads a low remaining budget over the time until its reset', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: null, sleep: time.sleep, now: time.now });
    const first = await limiter.acquire();
    limiter.observe({
      ticket: first,
      status: 200,
      headers: new Headers({ 'x-ratelimit-remaining-requests': '4', 'x-ratelimit-reset-requests': '20s' }),
    });
    const second = await limiter.acquire();
    expect(second.sentAt).toBe(0);
    expect((await limiter.acquire()).sentAt).toBe(5000);
  });

  it('pauses when the token budget is spent', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: null, sleep: time.sleep, now: time.now });
    const ticket = await limiter.acquire();
    limiter.observe({
      ticket,
      status: 200,
      headers: new Headers({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '850ms' }),
    });
    expect((await limiter.acquire()).sentAt).toBe(850);
  });

  it('lowers its budget after refusals and raises it back while none comes', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: null, sleep: time.sleep, now: time.now });
    await drive(limiter, 25, 10, 60_000);
    expect(limiter.state().budget).toEqual({ limit: 10, windowMs: 60_000 });
    // The server tightens for a while (another client shares the key): two refusals lower the budget.
    for (let i = 0; i < 2; i += 1) {
      const ticket = await limiter.acquire();
      limiter.observe({ ticket, status: 429, headers: new Headers({ 'retry-after-ms': '1000' }) });
    }
    expect(limiter.state().budget?.limit).toBe(8);
    // Then it admits everything again: the budget climbs back, window after window.
    for (let i = 0; i < 60; i += 1) {
      const ticket = await limiter.acquire();
      limiter.observe({ ticket, status: 200, headers: new Headers() });
    }
    expect(limiter.state().budget?.limit).toBeGreaterThanOrEqual(10);
  });

  it('stops waiting at once when the caller is cancelled', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ ceilingRpm: 1, sleep: time.sleep, now: time.now });
    await limiter.acquire();
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(limiter.acquire(controller.signal)).rejects.toThrow('cancelled');
  });
});

describe('one limiter per endpoint', () => {
  it('is shared by every model of the command that calls the same server, and apart for another', () => {
    const time = fakeTime();
    const limiters = createRateLimiters({ ceilingRpm: null, sleep: time.sleep, now: time.now });
    const a = limiters.for('http://127.0.0.1:8080/v1');
    expect(limiters.for('http://127.0.0.1:8080/v1/')).toBe(a);
    expect(limiters.for('http://user:secret@127.0.0.1:8080/v1')).toBe(a);
    expect(limiters.for('http://127.0.0.1:9090/v1')).not.toBe(a);
  });
});
