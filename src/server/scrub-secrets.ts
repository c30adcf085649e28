// Last line of defence: no configured secret (API key) leaves the process in an answer, an event or a log line.
const REDACTED = '[redacted]';

/** Secrets shorter than this are not scrubbed: replacing "a" everywhere would garble every page. */
const MIN_SECRET_LENGTH = 8;

export type Scrub = (text: string) => string;

export function secretScrubber(secrets: readonly string[]): Scrub {
  const values = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
  if (values.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const value of values) if (out.includes(value)) out = out.split(value).join(REDACTED);
    return out;
  };
}
