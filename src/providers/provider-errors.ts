// Puts what a LangChain provider's client threw into the shape the shared fault classification reads: an HTTP
// status and its headers (Retry-After), a timeout, a dropped connection. Each SDK names these its own way.

/** An HTTP error answer, whatever SDK saw it: `status` and `headers` as the OpenAI SDK's errors carry them. */
export class ProviderHttpError extends Error {
  readonly status: number;
  readonly headers: Headers | undefined;
  constructor(status: number, headers: Headers | undefined, message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ProviderHttpError';
    this.status = status;
    this.headers = headers;
  }
}

/** The SDKs' names for a connection that failed (Anthropic's are the OpenAI SDK's; Mistral's are its own). */
const CONNECTION_NAMES = ['APIConnectionError', 'ConnectionError', 'UnexpectedClientError'];

export function providerError(error: unknown, timedOut: boolean, timeoutMs: number): unknown {
  if (timedOut) {
    const timeout = new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`, { cause: error });
    timeout.name = 'TimeoutError';
    return timeout;
  }
  if (typeof error !== 'object' || error === null) return error;
  const record = error as Record<string, unknown>;
  const status = typeof record.status === 'number' ? record.status : record.statusCode;
  if (typeof status === 'number') {
    const headers = record.headers instanceof Headers ? record.headers : undefined;
    const message = typeof record.message === 'string' ? record.message : `HTTP ${status}`;
    return new ProviderHttpError(status, headers, message, error);
  }
  if (typeof record.name === 'string' && CONNECTION_NAMES.includes(record.name)) {
    const connection = new Error(String(record.message ?? 'connection failed'), { cause: error });
    connection.name = 'APIConnectionError';
    return connection;
  }
  return error;
}
