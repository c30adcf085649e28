// Writes a structured brief's values as plain "label: value" lines, for the brief reader to read as text.
import { keyAsWords, normaliseKey } from './normalise-key.js';
import { fieldOfKey } from './synonyms.js';
import { isRecord } from './values.js';

/** "channels — instagram: 2300", "goals: Double revenue; Open a shop in Lyon"; nothing for null or empty values. */
export function proseLines(label: string, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value.trim() === '' ? [] : [`${label}: ${value.trim()}`];
  if (typeof value === 'number' || typeof value === 'boolean') return [`${label}: ${String(value)}`];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      const items = value.filter((item) => item !== null && String(item).trim() !== '').map(String);
      return items.length === 0 ? [] : [`${label}: ${items.join('; ')}`];
    }
    return value.flatMap((item) => proseLines(label, item));
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, item]) => proseLines(`${label} — ${keyAsWords(key)}`, item));
  }
  return [];
}

/** A whole document, one top-level key after another. */
export function documentProse(document: Record<string, unknown>): string {
  return Object.entries(document)
    .filter(([key]) => fieldOfKey(key, normaliseKey(key)) !== 'metadata')
    .flatMap(([key, value]) => proseLines(capitalise(keyAsWords(key)), value))
    .join('\n');
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
