// Polls until a condition holds, with a generous deadline: tests wait on state, never on a fixed delay.

export interface WaitOptions {
  /** Give up (and fail the test) after this long. @default 60000 */
  timeoutMs?: number;
  /** @default 20 */
  intervalMs?: number;
  /** Said in the error when the deadline passes. */
  what: string;
}

/** Resolves with the first truthy value `probe` returns; a probe that throws fails at once. */
export async function waitFor<T>(
  probe: () => T | null | undefined | false,
  options: WaitOptions,
): Promise<T> {
  const { timeoutMs = 60_000, intervalMs = 20, what } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
