// The digest of a cassette's answer: a hand edit of the response is seen, as a request edit is seen through the key.
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { Cassette } from './cassette.js';

/** `sha256:<hex>` of the response (status and body) as canonical JSON: key order and indentation do not count. */
export function answerDigest(response: Cassette['response']): string {
  const hex = createHash('sha256')
    .update(canonicalJson({ status: response.status, body: response.body }))
    .digest('hex');
  return `sha256:${hex}`;
}

/** Why a cassette's answer cannot be trusted as recorded, or null when its digest matches. */
export function answerProblem(cassette: Cassette): 'edited' | 'undigested' | null {
  if (cassette.answerDigest === undefined) return 'undigested';
  return cassette.answerDigest === answerDigest(cassette.response) ? null : 'edited';
}
