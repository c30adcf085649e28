// Small readers shared by the field mappers: records, lists, trimmed text.

export type Fields = Record<string, unknown>;

export const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty trimmed string, or null. */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A value written once or as a list, as a list; null and undefined as an empty list. */
export function listOf(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** "Acme, Globex; Initech" or a list of them → ["Acme", "Globex", "Initech"]. */
export function splitList(value: unknown): string[] {
  return listOf(value).flatMap((item) => {
    const line = text(item);
    if (line === null) return [];
    return line
      .split(/\s*(?:[;\n]|,(?!\d))\s*/)
      .map((part) => part.replace(/^[-*•]\s*/, '').trim())
      .filter((part) => part !== '');
  });
}

/** The first of `keys` (already normalised) present in `record` under any spelling of its key. */
export function pick(record: Fields, keys: readonly string[], normalise: (key: string) => string): unknown {
  for (const wanted of keys) {
    for (const [key, value] of Object.entries(record)) if (normalise(key) === wanted) return value;
  }
  return undefined;
}
