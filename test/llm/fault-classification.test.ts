// The classification table, fed the error shapes the OpenAI client was observed to throw (see the module header).
import { describe, expect, it } from 'vitest';
import { classifyError, errorHeader } from '../../src/llm/fault-classification.js';

class RateLimitError extends Error {
  readonly status = 429;
  readonly headers = new Headers({ 'retry-after': '3' });
}
class InternalServerError extends Error {
  constructor(readonly status: number) {
    super(`${status} boom`);
  }
}
class APIConnectionError extends Error {}
class LengthFinishReasonError extends Error {}

const named = (name: string, message = name) => Object.assign(new Error(message), { name });
const withStatus = (status: number) => Object.assign(new Error(`${status} status code`), { status });

describe('classifyError', () => {
  it.each([
    ['RateLimitError', new RateLimitError('429 Rate limit'), { kind: 'transport', reason: 'rate_limited' }],
    ['InternalServerError 500', new InternalServerError(500), { kind: 'transport', reason: 'server_error' }],
    ['InternalServerError 503', new InternalServerError(503), { kind: 'transport', reason: 'server_error' }],
    ['408', withStatus(408), { kind: 'transport', reason: 'server_error' }],
    ['TimeoutError', named('TimeoutError', 'Request timed out.'), { kind: 'transport', reason: 'timeout' }],
    [
      'APIConnectionError',
      new APIConnectionError('Connection error.'),
      { kind: 'transport', reason: 'connection' },
    ],
    [
      'ECONNREFUSED in the cause',
      new Error('fetch failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }),
      { kind: 'transport', reason: 'connection' },
    ],
    ['401', withStatus(401), { kind: 'request', reason: 'auth', status: 401 }],
    ['403', withStatus(403), { kind: 'request', reason: 'auth', status: 403 }],
    ['404', withStatus(404), { kind: 'request', reason: 'not_found', status: 404 }],
    ['400', withStatus(400), { kind: 'request', reason: 'bad_request', status: 400 }],
    ['422', withStatus(422), { kind: 'request', reason: 'bad_request', status: 422 }],
    ['AbortError', named('AbortError'), { kind: 'aborted' }],
    ['SyntaxError', new SyntaxError('Unexpected token'), { kind: 'content', reason: 'not_json' }],
    ['$ZodError', named('$ZodError'), { kind: 'content', reason: 'schema_mismatch' }],
    ['OutputParserException', named('OutputParserException'), { kind: 'content', reason: 'schema_mismatch' }],
    ['LengthFinishReasonError', new LengthFinishReasonError('cut'), { kind: 'content', reason: 'length' }],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'x')"), { kind: 'unknown' }],
    ['a string', 'weird', { kind: 'unknown', detail: 'weird' }],
  ])('%s', (_label, error, expected) => {
    expect(classifyError(error)).toMatchObject(expected);
  });
});

describe('errorHeader', () => {
  it('reads a header from a Headers object or a plain record', () => {
    expect(errorHeader(new RateLimitError('x'), 'retry-after')).toBe('3');
    expect(errorHeader({ headers: { 'retry-after-ms': '250' } }, 'retry-after-ms')).toBe('250');
    expect(errorHeader(new Error('no headers'), 'retry-after')).toBeNull();
  });
});
