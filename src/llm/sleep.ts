// The real wait between retries; cancelled by the signal, so Ctrl-C does not sit out a backoff.
import { setTimeout as wait } from 'node:timers/promises';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = async (ms, signal) => {
  await wait(ms, undefined, { signal });
};
