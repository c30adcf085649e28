// Checks one reference against the ids that exist: kept, repaired when only the case or spacing differs, or dropped.
import { idKey } from './text.js';

export interface ReferenceIndex {
  exact: ReadonlySet<string>;
  /** Upper-cased, trimmed id → the existing ids it could mean. */
  folded: ReadonlyMap<string, readonly string[]>;
}

export type Resolution =
  | { status: 'exact'; id: string }
  | { status: 'repaired'; id: string }
  | { status: 'dropped'; id: null };

export function buildIndex(ids: Iterable<string>): ReferenceIndex {
  const exact = new Set<string>();
  const folded = new Map<string, string[]>();
  for (const id of ids) {
    if (exact.has(id)) continue;
    exact.add(id);
    const key = idKey(id);
    const bucket = folded.get(key);
    if (bucket) bucket.push(id);
    else folded.set(key, [id]);
  }
  return { exact, folded };
}

/** A repair is made only when exactly one existing id matches; two candidates make it ambiguous. */
export function resolveReference(ref: unknown, index: ReferenceIndex): Resolution {
  if (typeof ref !== 'string') return { status: 'dropped', id: null };
  if (index.exact.has(ref)) return { status: 'exact', id: ref };
  const matches = index.folded.get(idKey(ref));
  if (matches?.length === 1 && matches[0] !== undefined) return { status: 'repaired', id: matches[0] };
  return { status: 'dropped', id: null };
}
