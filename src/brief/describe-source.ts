// How messages name where a brief came from, and how they print numbers, so every refusal reads the same.
const numberFormat = new Intl.NumberFormat('en-US');

/** "file briefs/acme.md" or "on stdin", to follow "The brief ...". */
export function describeSource(path: string): string {
  return path === '-' ? 'on stdin' : `file ${path}`;
}

export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** The advice every size refusal ends with. */
export function raiseLimitHint(maxChars: number): string {
  return `shorten it, or raise the limit with --max-brief-chars (e.g. --max-brief-chars ${maxChars * 2})`;
}
