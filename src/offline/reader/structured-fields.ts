// A brief written as JSON: its fields win over what its words suggest; the words fill only what it leaves out.
import { Brief, Company, type Language } from '../../../agents/brief.js';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON object the text is, or null when the text is prose (or JSON that is not an object). */
export function jsonFields(text: string): Fields | null {
  if (!text.trimStart().startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** Every string the JSON holds, one per line, in key order as written: the prose the reader falls back on. */
export function jsonProse(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value
      .map(jsonProse)
      .filter((s) => s !== '')
      .join('\n');
  if (isRecord(value))
    return Object.values(value)
      .map(jsonProse)
      .filter((s) => s !== '')
      .join('\n');
  return '';
}

/** The JSON's language field, when it is one the reader knows. */
export function jsonLanguage(fields: Fields): Language | undefined {
  return fields.language === 'fr' || fields.language === 'en' ? fields.language : undefined;
}

/**
 * Lays the JSON's fields over the reading, field by field: a field that matches the Brief's schema replaces
 * the reading's (its path is returned), one that does not is ignored. The language stays the reading's.
 */
export function overlayFields(reading: Brief, fields: Fields): { brief: Brief; replaced: string[] } {
  const merged: Fields = { ...reading };
  const company: Fields = { ...reading.company };
  const replaced: string[] = [];
  if (isRecord(fields.company)) {
    for (const [key, value] of Object.entries(fields.company)) {
      const field = Company.shape[key as keyof typeof Company.shape];
      if (field?.safeParse(value).success) {
        company[key] = value;
        replaced.push(`company.${key}`);
      }
    }
  }
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'company' || key === 'language') continue;
    const field = Brief.shape[key as keyof typeof Brief.shape];
    if (field?.safeParse(value).success) {
      merged[key] = value;
      replaced.push(key);
    }
  }
  return { brief: Brief.parse({ ...merged, company }), replaced };
}
