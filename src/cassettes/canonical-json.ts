// Canonical JSON: object keys sorted at every depth, so the same value always gives the same text and hash.

/** The value with every object's keys in code-point order; arrays keep their order (it means something). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      // `undefined` is not JSON: dropping it here keeps `{a: undefined}` and `{}` the same key.
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
