// A fetch for the OpenAI client that (1) passes every response through the redaction step, body and headers, so a
// server echoing the key reaches no error, answer or file; (2) tells the rate limiter what the server said; and
// (3) keeps a copy of the last successful body, which the client throws away when it cannot parse it and Boussole
// needs for the repair turn and the error report.
import type { RateLimiter, RateTicket } from './rate-limiter.js';
import type { Redactor } from './redaction.js';

export interface WireTap {
  readonly fetch: typeof fetch;
  /** The body of the last 2xx response since the previous `take` (redacted), then forgets it. */
  take(): string | null;
  /** The limiter's ticket of the call about to be sent, given back to the limiter with its answer. */
  released(ticket: RateTicket | null): void;
}

export interface WireTapOptions {
  redactor: Redactor;
  limiter?: RateLimiter | null;
}

/** One tap per conversation: its calls are sequential, so one slot is enough. */
export function createWireTap({ redactor, limiter = null }: WireTapOptions): WireTap {
  let lastBody: string | null = null;
  let ticket: RateTicket | null = null;
  return {
    fetch: async (input, init) => {
      // Looked up at call time, so a fetch patched later (msw in tests) is the one used.
      const response = await globalThis.fetch(input, init);
      if (limiter && ticket !== null) {
        limiter.observe({ ticket, status: response.status, headers: response.headers });
      }
      const body = redactor.redact(await response.text());
      if (response.ok) lastBody = body;
      const headers = new Headers();
      response.headers.forEach((value, name) => {
        // The body was read whole: a length or encoding header would now lie about it.
        if (name !== 'content-length' && name !== 'content-encoding')
          headers.set(name, redactor.redact(value));
      });
      const nullBody = response.status === 204 || response.status === 304;
      return new Response(nullBody ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    },
    take: () => {
      const body = lastBody;
      lastBody = null;
      return body;
    },
    released: (given) => {
      ticket = given;
    },
  };
}
