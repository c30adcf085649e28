// Sends one intercepted call on to the real upstream server, past msw, with the real key added only here.
import { bypass } from 'msw';
import type { Redactor } from '../llm/redaction.js';
import type { CassetteWire } from './cassette.js';

export interface Upstream {
  /** OpenAI-compatible: ends in /v1. Anthropic and Mistral: the host, as their SDKs take it (`/v1/…` is added). */
  baseURL: string;
  apiKey: string;
}

export interface UpstreamReply {
  status: number;
  bodyText: string;
  /** Only what the client's retry loop needs; nothing else is kept. */
  headers: Record<string, string>;
}

/** Only what the client's retry loop and the rate limiter need: nothing else is kept. */
const PASSED_BACK_HEADERS = [
  'content-type',
  'retry-after',
  'retry-after-ms',
  'x-ratelimit-limit-requests',
  'x-ratelimit-remaining-requests',
  'x-ratelimit-reset-requests',
  'x-ratelimit-limit-tokens',
  'x-ratelimit-remaining-tokens',
  'x-ratelimit-reset-tokens',
  'anthropic-ratelimit-requests-limit',
  'anthropic-ratelimit-requests-remaining',
  'anthropic-ratelimit-requests-reset',
];

/** The Messages API version Anthropic's SDK sends, used when the client's own header is missing. */
const ANTHROPIC_VERSION = '2023-06-01';

export async function forwardToUpstream(
  upstream: Upstream,
  path: string,
  bodyText: string,
  signal: AbortSignal,
  redactor: Redactor,
  wire: CassetteWire = 'openai',
  clientHeaders: Headers = new Headers(),
): Promise<UpstreamReply> {
  const base = upstream.baseURL.replace(/\/+$/, '');
  const url = wire === 'openai' ? `${base}${path}` : `${base}/v1${path}`;
  // Only the headers the server needs: the client's own (its dummy key included) stay behind.
  const auth: Record<string, string> =
    wire === 'anthropic'
      ? {
          'x-api-key': upstream.apiKey,
          'anthropic-version': clientHeaders.get('anthropic-version') ?? ANTHROPIC_VERSION,
        }
      : { authorization: `Bearer ${upstream.apiKey}` };
  const response = await fetch(
    bypass(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: bodyText,
      signal,
    }),
  );
  const headers: Record<string, string> = {};
  for (const name of PASSED_BACK_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = redactor.redact(value);
  }
  // A gateway that echoes the key (in an error, or even in an answer) has it redacted here, before the client,
  // the cassette or any message sees it.
  return { status: response.status, bodyText: redactor.redact(await response.text()), headers };
}
