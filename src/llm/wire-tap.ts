// A fetch for the OpenAI client that keeps a copy of the last successful response body. The client throws
// away the answer when it cannot parse it; Boussole needs that text for the repair turn and the error report.

export interface WireTap {
  readonly fetch: typeof fetch;
  /** The body of the last 2xx response since the previous `take`, then forgets it. */
  take(): string | null;
}

/** One tap per conversation: its calls are sequential, so one slot is enough. */
export function createWireTap(): WireTap {
  let lastBody: string | null = null;
  return {
    fetch: async (input, init) => {
      // Looked up at call time, so a fetch patched later (msw in tests) is the one used.
      const response = await globalThis.fetch(input, init);
      if (response.ok) lastBody = await response.clone().text();
      return response;
    },
    take: () => {
      const body = lastBody;
      lastBody = null;
      return body;
    },
  };
}
