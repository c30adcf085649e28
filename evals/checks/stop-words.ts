// Stop-word counts per language: which of French or English a text is written in, by its commonest little words.
import { stopWordsByLanguage } from '../../src/language/stop-words.js';

// Words frequent in one language and rare in the other: the data file's `outputLanguage` list.
const WORDS = stopWordsByLanguage('outputLanguage');

export interface LanguageCounts {
  fr: number;
  en: number;
}

export function countStopWords(text: string): LanguageCounts {
  const counts: LanguageCounts = { fr: 0, en: 0 };
  // Splitting on anything but letters also splits elisions: "l'offre" counts "l".
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (WORDS.fr.has(word)) counts.fr += 1;
    if (WORDS.en.has(word)) counts.en += 1;
  }
  return counts;
}

/** Every string value inside a JSON value, in document order (keys are not text the model wrote). */
export function textValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textValues);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(textValues);
  return [];
}
