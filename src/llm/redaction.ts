// The one redaction step: every text that leaves the process or reaches a file (errors, logs, run.json, last
// answers, cassettes, reports) passes through a Redactor built from the secrets the configuration lists.

/** What replaces a secret, in every form it was found. */
export const REDACTED = '[redacted]';

/** Shorter values ("ollama", "no-key") are placeholders local servers accept; redacting them would eat plain words. */
export const MIN_SECRET_LENGTH = 8;

export interface Redactor {
  /** The text with every configured secret, in every form it can take, and every URL's user info replaced. */
  redact(text: string): string;
  /** A JSON-like value with every string redacted (keys too), for structures written as JSON. */
  redactValue<T>(value: T): T;
  /** Whether `text` holds one of the secrets in any of its forms. */
  contains(text: string): boolean;
  /** The secrets themselves, for scanners that must refuse rather than rewrite (the cassette store). */
  readonly secrets: readonly string[];
}

/** `scheme://user:password@` (or `scheme://token@`): what sits before the `@` is credentials, whoever's they are. */
const USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"<>]+@/gi;
/** A bearer token, whoever's it is: gateways echo the Authorization header as received. A digit is required so
 * that prose ("Bearer bonds") is left alone. */
const BEARER = /\b(Bearer)\s+(?=[A-Za-z._~+/=-]*[0-9])[A-Za-z0-9._~+/=-]{12,}/g;

/**
 * A redactor for `secrets` (API keys of every configured provider, passwords found in base URLs). Each one is
 * matched raw (which covers `Bearer <key>` and a key pasted in a URL's user info), URL-encoded (`%2B` or `%2b`,
 * `+` for spaces), JSON-escaped and base64-encoded (HTTP Basic credentials, some gateways' logs).
 */
export function createRedactor(secrets: readonly (string | null | undefined)[]): Redactor {
  const kept = [
    ...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)),
  ];
  const patterns = kept.map((secret) => new RegExp(formsOf(secret).join('|'), 'g'));
  const redact = (text: string): string => {
    let out = text;
    for (const pattern of patterns) out = out.replace(pattern, REDACTED);
    return out.replace(USER_INFO, `$1${REDACTED}@`).replace(BEARER, `$1 ${REDACTED}`);
  };
  const redactValue = <T>(value: T): T => deepMap(value, redact) as T;
  return {
    redact,
    redactValue,
    contains: (text) => patterns.some((pattern) => new RegExp(pattern.source).test(text)),
    secrets: kept,
  };
}

/** A redactor that changes nothing but URL credentials and Authorization values: for code given no secrets. */
export const baseRedactor: Redactor = createRedactor([]);

/** Every form of `secret` as a regular-expression alternative, longest first so no form is cut in half. */
function formsOf(secret: string): string[] {
  const forms = new Set<string>([
    escapeRegExp(secret),
    encodedPattern(secret),
    escapeRegExp(JSON.stringify(secret).slice(1, -1)),
    escapeRegExp(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, '')),
    escapeRegExp(Buffer.from(secret, 'utf8').toString('base64url').replace(/=+$/, '')),
  ]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The percent-encoded form, with either case of hex digits and `+` or `%20` for a space. */
function encodedPattern(secret: string): string {
  return [...secret]
    .map((char) => {
      if (/[A-Za-z0-9_.~-]/.test(char)) return escapeRegExp(char);
      if (char === ' ') return '(?:\\+|%20| )';
      const bytes = [...Buffer.from(char, 'utf8')].map(
        (byte) =>
          `%${byte
            .toString(16)
            .padStart(2, '0')
            .replace(/[a-f]/g, (h) => `[${h}${h.toUpperCase()}]`)}`,
      );
      return `(?:${escapeRegExp(char)}|${bytes.join('')})`;
    })
    .join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function deepMap(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => deepMap(item, map));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[map(key)] = deepMap(item, map);
    return out;
  }
  return value;
}
